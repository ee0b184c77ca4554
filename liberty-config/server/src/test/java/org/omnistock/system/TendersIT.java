package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;

/**
 * How a till's receipt was paid (docs/sale-to-cash.md, "tenders"), through JMS as a till sends it: split between
 * cash (with change) and card, each to its own account; tenders that do not add up to the receipt, or a card without
 * its reference, dead-lettered with the reason and nothing recorded; money paid back for goods brought back held to
 * the tenders of the receipt they were bought on.
 */
class TendersIT {

    private final String store = uniqueCode("TN");
    private final String sku = OrderDesk.pricedSku("TN", "23.00");

    TendersIT() {
        Api.createLocation(store, "STORE");
        Api.receive(sku, store, 10);
    }

    @Test
    void aSplitPaymentPostsTheCashAndTheCardApart() throws Exception {
        String receipt = uniqueCode("R");

        sell(receipt, "[{\"type\":\"CASH\",\"amount\":\"20.00\",\"given\":\"50.00\"},{\"type\":\"CARD\","
                + "\"amount\":\"3.00\",\"reference\":\"TERM-0042\"}]");

        Map<String, BigDecimal> lines = Api.netLines(TaxIT.awaitSaleEntry(store, receipt));
        assertEquals(new BigDecimal("20.00"), lines.get("1010@" + store), "cash in the till, not the 50 handed over: "
                + lines);
        assertEquals(new BigDecimal("3.00"), lines.get("1020@" + store), "the card's part");
        assertEquals(new BigDecimal("-23.00"), lines.get("4000@" + store));
        assertEquals(null, lines.get("1000@" + store), "nothing left in clearing: the till said how it was paid");
    }

    @Test
    void tendersThatDoNotAddUpOrACardWithoutItsReferenceAreDeadLetteredAndChangeNothing() throws JMSException {
        String short1 = uniqueCode("R");
        sell(short1, "[{\"type\":\"CASH\",\"amount\":\"20.00\"}]");
        assertTrue(deadLetterOf(short1).contains("the tenders come to 20.00, the receipt to 23.00"));

        String noReference = uniqueCode("R");
        sell(noReference, "[{\"type\":\"CARD\",\"amount\":\"23.00\"}]");
        assertTrue(deadLetterOf(noReference).contains("tenders[0]: a card payment needs the terminal's reference"));

        assertEquals(10L, Api.onHand(sku, store), "neither sale was recorded");
        assertTrue(Api.journalEntries("till-receipt", "POS " + store + "/" + short1).isEmpty());
    }

    @Test
    void moneyPaidBackGoesToTheTendersTheReceiptWasPaidWithAndNoMoreThanEachPaid() throws Exception {
        String bought = uniqueCode("R");
        send(bought, 2, null, null, "[{\"type\":\"CASH\",\"amount\":\"16.00\"},{\"type\":\"CARD\",\"amount\":"
                + "\"30.00\",\"reference\":\"TERM-1\"}]");
        TaxIT.awaitSaleEntry(store, bought);
        String of = store + "/" + bought;

        String allInCash = uniqueCode("R");
        send(allInCash, 1, "AVAILABLE", of, "[{\"type\":\"CASH\",\"amount\":\"-23.00\"}]");
        assertTrue(deadLetterOf(allInCash).contains("pays back 23.00 in cash; " + of + " took 16.00 in cash"));

        String split = uniqueCode("R");
        send(split, 1, "AVAILABLE", of, "[{\"type\":\"CASH\",\"amount\":\"-16.00\"},{\"type\":\"CARD\","
                + "\"amount\":\"-7.00\",\"reference\":\"TERM-2\"}]");
        Map<String, BigDecimal> back = Api.netLines(TaxIT.awaitSaleEntry(store, split));
        assertEquals(new BigDecimal("-16.00"), back.get("1010@" + store), "cash back: " + back);
        assertEquals(new BigDecimal("-7.00"), back.get("1020@" + store), "the rest to the card");

        String cashAgain = uniqueCode("R");
        send(cashAgain, 1, "AVAILABLE", of, "[{\"type\":\"CASH\",\"amount\":\"-23.00\"}]");
        assertTrue(deadLetterOf(cashAgain).contains("0.00 of it not paid back yet"), "the cash went back before");
        String cardRest = uniqueCode("R");
        send(cardRest, 1, "AVAILABLE", of, "[{\"type\":\"CARD\",\"amount\":\"-23.00\",\"reference\":\"TERM-3\"}]");
        TaxIT.awaitSaleEntry(store, cardRest);

        String unknown = uniqueCode("R");
        send(unknown, 1, "AVAILABLE", store + "/NO-SUCH", "[{\"type\":\"CASH\",\"amount\":\"-23.00\"}]");
        assertTrue(deadLetterOf(unknown).contains("the receipt " + store + "/NO-SUCH it names is not recorded"));
        assertEquals(10L, Api.onHand(sku, store), "10, 2 sold, 1 and 1 brought back with their money back");
    }

    private void sell(String receipt, String tenders) throws JMSException {
        send(receipt, 1, null, null, tenders);
    }

    private void send(String receipt, int quantity, String returnCondition, String refundOf, String tenders)
            throws JMSException {
        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message message = session.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + store
                    + "\",\"receiptId\":\"" + receipt + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{\"sku\":\""
                    + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":\"23.00\""
                    + (returnCondition == null ? "" : ",\"returnCondition\":\"" + returnCondition + "\"") + "}]"
                    + (refundOf == null ? "" : ",\"refundOf\":\"" + refundOf + "\"") + ",\"tenders\":" + tenders + "}");
            message.setStringProperty("testMarker", receipt);
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(message);
        }
    }

    static String deadLetterOf(String marker) throws JMSException {
        try (Connection admin = Broker.asAdmin()) {
            admin.start();
            Session session = admin.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = session.createConsumer(session.createQueue(Destinations.DEAD_LETTER),
                    "testMarker = '" + marker + "'");
            Message rejected = deadLetters.receive(15_000);
            assertNotNull(rejected, "the sale is dead-lettered");
            return rejected.getStringProperty(Headers.REJECT_REASON);
        }
    }
}
