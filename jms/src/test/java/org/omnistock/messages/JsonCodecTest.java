package org.omnistock.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.sale.PosSale;
import org.omnistock.messages.stock.StockChanged;

class JsonCodecTest {

    private static final String SALE = """
            {"schemaVersion":1,"storeId":"S001","receiptId":"R-000123","soldAt":"2026-11-26T10:15:00Z",
             "lines":[{"sku":"TSHIRT-RED-M","quantity":2,"unitPrice":"19.99"}]}""";

    @Test
    void readsThePosSaleAsAStoreSendsIt() {
        PosSale sale = JsonCodec.fromJson(SALE, PosSale.class);

        assertEquals("S001", sale.storeId());
        assertEquals("R-000123", sale.receiptId());
        assertEquals(Instant.parse("2026-11-26T10:15:00Z"), sale.soldAt());
        assertEquals(2, sale.lines().get(0).quantity());
        assertEquals(new BigDecimal("19.99"), sale.lines().get(0).unitPrice());
        assertTrue(sale.problems().isEmpty(), sale.problems().toString());
    }

    @Test
    void ignoresFieldsItDoesNotKnowSoContractsCanGrow() {
        PosSale sale = JsonCodec.fromJson(SALE.replace("\"storeId\"", "\"cashier\":\"Ann\",\"storeId\""), PosSale.class);

        assertEquals("S001", sale.storeId());
    }

    @Test
    void aSaleSpendingPointsNamesItsCustomerAndSpendsNoMoreThanTheGoodsCost() {
        PosSale paid = JsonCodec.fromJson(SALE.replace("\"lines\"", "\"loyaltyCard\":\"LC1\",\"pointsSpent\":500,"
                + "\"pointsDiscount\":5.00,\"lines\""), PosSale.class);
        assertTrue(paid.problems().isEmpty(), paid.problems().toString());
        assertEquals(new BigDecimal("34.98"), paid.total(), "39.98 of goods less 5.00 of points");

        PosSale nobody = JsonCodec.fromJson(SALE.replace("\"lines\"", "\"pointsSpent\":500,\"pointsDiscount\":5.00,"
                + "\"lines\""), PosSale.class);
        assertTrue(nobody.problems().toString().contains("needs loyaltyCard or customerNumber"), nobody.problems()
                .toString());
        PosSale tooMuch = JsonCodec.fromJson(SALE.replace("\"lines\"", "\"customerNumber\":\"C1\",\"pointsSpent\":"
                + "9000,\"pointsDiscount\":90.00,\"lines\""), PosSale.class);
        assertEquals(List.of("pointsDiscount is more than the goods sold cost"), tooMuch.problems());
        PosSale noPoints = JsonCodec.fromJson(SALE.replace("\"lines\"", "\"customerNumber\":\"C1\","
                + "\"pointsDiscount\":1.00,\"lines\""), PosSale.class);
        assertEquals(List.of("pointsSpent must be 1 to 1000000000"), noPoints.problems());
    }

    @Test
    void rejectsTextThatIsNotJson() {
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> JsonCodec.fromJson("sale of 2 shirts", PosSale.class));
        assertTrue(e.getMessage().contains("not a valid PosSale"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyBody() {
        assertThrows(MalformedMessageException.class, () -> JsonCodec.fromJson("  ", PosSale.class));
    }

    @Test
    void listsEveryProblemOfAnIncompleteSale() {
        PosSale sale = JsonCodec.fromJson("""
                {"schemaVersion":1,"storeId":" ","lines":[{"sku":"A","quantity":-1,"unitPrice":"1.00"},{"quantity":1}]}""",
                PosSale.class);

        List<String> problems = sale.problems();

        assertEquals(List.of("storeId is required", "receiptId is required", "soldAt is required",
                "lines[0 A]: quantity must be a positive whole number", "lines[1]: sku is required",
                "lines[1]: unitPrice must be zero or more"), problems);
    }

    @Test
    void aReturnedLineSaysWhichStateItsUnitsGoBackInto() {
        PosSale sale = JsonCodec.fromJson(SALE.replace("\"unitPrice\"", "\"returnCondition\":\"DAMAGED\",\"unitPrice\""),
                PosSale.class);
        assertTrue(sale.lines().get(0).isReturn());
        assertTrue(sale.problems().isEmpty(), sale.problems().toString());

        PosSale wrong = JsonCodec.fromJson(SALE.replace("\"unitPrice\"", "\"returnCondition\":\"BROKEN\",\"unitPrice\""),
                PosSale.class);
        assertEquals(List.of("lines[0 TSHIRT-RED-M]: returnCondition must be one of AVAILABLE, QUALITY_CONTROL, DAMAGED"),
                wrong.problems());
    }

    @Test
    void writesStockEventsWithTheirSequence() {
        String json = JsonCodec.toJson(new StockChanged(1, "e-1", "SKU-1", "S001", 5, 0, 5, 7, "SALE",
                Instant.parse("2026-11-26T10:15:00Z"), 0, 0, 0, null, 0));

        assertTrue(json.contains("\"sequence\":7"), json);
        assertTrue(json.contains("\"occurredAt\":\"2026-11-26T10:15:00Z\""), json);
        assertEquals(7, JsonCodec.fromJson(json, StockChanged.class).sequence());
    }

    @Test
    void readsWholeNumbersExactlyOrNotAtAll() {
        for (String quantity : List.of("1.5", "1E+999999999", "18446744073709551617", "\"2\"")) {
            String sale = SALE.replace("\"quantity\":2", "\"quantity\":" + quantity);
            long started = System.nanoTime();
            MalformedMessageException refused = assertThrows(MalformedMessageException.class,
                    () -> JsonCodec.fromJson(sale, PosSale.class), quantity);
            assertTrue(refused.getMessage().contains("whole number"), refused.getMessage());
            assertTrue(System.nanoTime() - started < 1_000_000_000L, "refused without expanding " + quantity);
        }
        assertEquals(null, JsonCodec.fromJson(SALE.replace("\"quantity\":2", "\"quantity\":null"), PosSale.class)
                .lines().get(0).quantity(), "a null stays null, for the rules to refuse");
    }

    @Test
    void boundsEveryPartOfASaleAsTheDatabaseKeepsIt() {
        String longReceipt = "R".repeat(Limits.MAX_RECEIPT_ID + 1);
        PosSale sale = JsonCodec.fromJson(SALE.replace("R-000123", longReceipt)
                .replace("\"quantity\":2", "\"quantity\":" + (Limits.MAX_QUANTITY + 1))
                .replace("\"19.99\"", "\"1E+999999999\""), PosSale.class);

        assertEquals(List.of("receiptId is longer than 64 characters",
                "lines[0 TSHIRT-RED-M]: quantity must be at most 10000000",
                "lines[0 TSHIRT-RED-M]: unitPrice must have at most 11 digits before and 4 after the decimal point"),
                sale.problems());
    }

    @Test
    void aReceiptMayNotComeToMoreThanTheDatabaseKeeps() {
        PosSale sale = JsonCodec.fromJson(SALE.replace("\"quantity\":2", "\"quantity\":10000")
                .replace("\"19.99\"", "\"99999999999\""), PosSale.class);

        assertEquals(List.of("the receipt comes to more than 99999999999.9999"), sale.problems());
    }
}
