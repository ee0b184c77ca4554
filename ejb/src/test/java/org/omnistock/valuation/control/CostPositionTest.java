package org.omnistock.valuation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CostPositionTest {

    private static final int EUR = 2;

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void receiptsAtDifferentPricesAverageByValueAndTheLastUnitOutTakesWhatIsLeft() {
        CostPosition position = CostPosition.empty(eur("1.00"), EUR);
        position = position.receive(10, eur("2.00")).after();
        CostPosition.Change second = position.receive(10, eur("3.00"));
        assertEquals(eur("30.00"), second.stockValue());
        position = second.after();
        assertEquals(eur("50.00"), position.value());
        assertEquals(eur("2.5000"), position.average());

        CostPosition.Change sale = position.issue(3);
        assertEquals(eur("7.50"), sale.costOfGoods());
        assertEquals(eur("-7.50"), sale.stockValue());
        CostPosition.Change rest = sale.after().issue(17);
        assertEquals(eur("42.50"), rest.costOfGoods());
        assertEquals(0, rest.after().units());
        assertEquals(eur("0.00"), rest.after().value());
    }

    @Test
    void thirdsNeverLeaveACentBehind() {
        CostPosition position = CostPosition.empty(null, EUR).receive(3, eur("3.3333")).after();
        assertEquals(eur("10.00"), position.value());
        BigDecimal taken = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            CostPosition.Change one = position.issue(1);
            taken = taken.add(one.costOfGoods());
            position = one.after();
        }
        assertEquals(eur("10.00"), taken);
        assertEquals(eur("0.00"), position.value());
    }

    @Test
    void oversellingIsCostedAtTheLastAverageAndSettledWhenGoodsArrive() {
        CostPosition position = CostPosition.empty(null, EUR).receive(4, eur("2.50")).after().issue(2).after();
        CostPosition.Change oversold = position.issue(5);
        assertEquals(eur("12.50"), oversold.costOfGoods(), "2 held at 5.00, 3 beyond at the last 2.50");
        position = oversold.after();
        assertEquals(-3, position.units());
        assertEquals(eur("-7.50"), position.value());
        assertEquals(eur("2.5000"), position.average(), "never an average of a negative position");

        CostPosition.Change receipt = position.receive(10, eur("3.00"));
        assertEquals(eur("1.50"), receipt.costOfGoods(), "the 3 oversold cost 9.00, booked at 7.50");
        assertEquals(eur("28.50"), receipt.stockValue());
        assertEquals(eur("30.00"), receipt.stockValue().add(receipt.costOfGoods()), "what was received, in all");
        assertEquals(7, receipt.after().units());
        assertEquals(eur("21.00"), receipt.after().value());
        assertEquals(eur("3.0000"), receipt.after().average());
    }

    @Test
    void aReceiptThatCoversOnlyPartOfWhatWasOversoldLeavesTheRestAtItsBookedCost() {
        CostPosition position = CostPosition.empty(eur("1.20"), EUR).issue(5).after();
        assertEquals(eur("-6.00"), position.value(), "never received: the SKU's standard cost");
        CostPosition.Change receipt = position.receive(2, eur("1.50"));
        assertEquals(eur("0.60"), receipt.costOfGoods());
        assertEquals(-3, receipt.after().units());
        assertEquals(eur("-3.60"), receipt.after().value());
        CostPosition.Change rest = receipt.after().receive(3, eur("1.00"));
        assertEquals(eur("-0.60"), rest.costOfGoods(), "cheaper than booked: cost of goods comes down");
        assertEquals(0, rest.after().units());
        assertEquals(eur("0.00"), rest.after().value());
    }

    @Test
    void whateverTheMixTheBooksAddUpToWhatCameInAndWentOut() {
        Random random = new Random(25);
        CostPosition position = CostPosition.empty(eur("4.00"), EUR);
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal costOfGoods = BigDecimal.ZERO;
        for (int i = 0; i < 1_000; i++) {
            CostPosition.Change change;
            if (random.nextInt(3) == 0) {
                BigDecimal unitCost = BigDecimal.valueOf(100 + random.nextInt(900), 2);
                long quantity = 1 + random.nextInt(40);
                change = position.receive(quantity, unitCost);
                received = received.add(change.stockValue()).add(change.costOfGoods());
            } else {
                change = position.issue(1 + random.nextInt(15));
            }
            costOfGoods = costOfGoods.add(change.costOfGoods());
            position = change.after();
            assertEquals(received.subtract(costOfGoods), position.value(), "after movement " + i);
            if (position.units() == 0) {
                assertEquals(BigDecimal.ZERO.setScale(EUR), position.value(), "no units, no value");
            }
        }
    }

    @Test
    void aMovementOfNoUnitsOrAValueWithMoreDigitsThanTheCurrencyIsRefused() {
        CostPosition position = CostPosition.empty(null, EUR);
        assertThrows(IllegalArgumentException.class, () -> position.issue(0));
        assertThrows(IllegalArgumentException.class, () -> position.receive(-1, eur("1.00")));
        assertThrows(IllegalArgumentException.class, () -> new CostPosition(1, eur("1.001"), eur("1"), EUR));
    }

    @Test
    void aRevaluationChangesTheValueOfTheUnitsHeldAndMovesNone() {
        CostPosition position = CostPosition.empty(null, EUR).receive(24, eur("5.25")).after()
                .issue(6).after();
        assertEquals(eur("94.50"), position.value());
        CostPosition.Change change = position.revalue(eur("4.50"));
        assertEquals(18, change.after().units());
        assertEquals(eur("99.00"), change.after().value());
        assertEquals(new BigDecimal("5.5000"), change.after().average(), "the average follows the value");
        assertEquals(eur("4.50"), change.stockValue());
        assertEquals(eur("0.00"), change.costOfGoods());
        assertEquals(eur("93.00"), position.revalue(eur("-1.50")).after().value(), "a lower price lowers it");
        CostPosition empty = position.issue(18).after();
        assertThrows(IllegalArgumentException.class, () -> empty.revalue(eur("1.00")),
                "nothing held, nothing to revalue: the cost belongs to what was sold");
        assertEquals(empty, empty.revalue(eur("0.00")).after());
    }
}
