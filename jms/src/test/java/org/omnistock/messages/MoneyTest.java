package org.omnistock.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MoneyTest {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void digitsAreTheCurrencys() {
        assertEquals(2, Money.digits("EUR"));
        assertEquals(0, Money.digits("JPY"));
        assertEquals(3, Money.digits("KWD"));
    }

    @Test
    void unitsOfALineComeToTheLineWhicheverWayTheyAreCut() {
        assertEquals(money("3.33"), Money.unitsOfLine(money("10.00"), 3, 0, 1, 2));
        assertEquals(money("3.34"), Money.unitsOfLine(money("10.00"), 3, 1, 1, 2));
        assertEquals(money("3.33"), Money.unitsOfLine(money("10.00"), 3, 2, 1, 2));
        assertEquals(money("10.00"), Money.unitsOfLine(money("10.0000"), 3, 0, 3, 2));
        assertEquals(money("333"), Money.unitsOfLine(money("1000"), 3, 0, 1, 0));
        Random random = new Random(7);
        for (int run = 0; run < 10_000; run++) {
            int quantity = 1 + random.nextInt(20);
            BigDecimal total = BigDecimal.valueOf(random.nextInt(100_000), 2);
            BigDecimal sum = BigDecimal.ZERO;
            for (int from = 0; from < quantity; ) {
                int units = 1 + random.nextInt(quantity - from);
                BigDecimal part = Money.unitsOfLine(total, quantity, from, units, 2);
                assertTrue(part.signum() >= 0);
                sum = sum.add(part);
                from += units;
            }
            assertEquals(total, sum);
        }
        assertThrows(IllegalArgumentException.class, () -> Money.unitsOfLine(money("1"), 2, 1, 2, 2));
    }

    @Test
    void pointsAreWorthNoMoreThanTheySay() {
        assertEquals(money("1.23"), Money.pointsWorth(123, money("0.01"), 2));
        assertEquals(money("0.04"), Money.pointsWorth(3, money("0.015"), 2));
        assertEquals(money("4"), Money.pointsWorth(3, money("1.5"), 0));
        assertEquals(money("0.02"), Money.pointsWorth(2, Money.pointValue(money("0.04"), 3, 2), 2));
    }

    @Test
    void aShareGivesTheLeftoverUnitsToTheLargestRemainders() {
        assertEquals(List.of(money("3.34"), money("3.33"), money("3.33")),
                Money.share(money("10.00"), List.of(money("1"), money("1"), money("1")), 2));
        assertEquals(List.of(money("0.00"), money("0.01")),
                Money.share(money("0.01"), List.of(money("1"), money("3")), 2));
        assertEquals(List.of(money("0"), money("7")), Money.share(money("7"), List.of(money("0"), money("5")), 0));
        Random random = new Random(11);
        for (int run = 0; run < 10_000; run++) {
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                weights.add(BigDecimal.valueOf(1 + random.nextInt(100_000), 4));
            }
            int digits = random.nextInt(3);
            BigDecimal total = BigDecimal.valueOf(random.nextInt(1_000_000), digits);
            List<BigDecimal> shares = Money.share(total, weights, digits);
            assertEquals(total, shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(digits));
            BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < weights.size(); i++) {
                BigDecimal exact = total.multiply(weights.get(i)).divide(weightSum, 20, RoundingMode.HALF_EVEN);
                assertTrue(shares.get(i).subtract(exact).abs().compareTo(BigDecimal.ONE.movePointLeft(digits)) < 0,
                        "a share is within one minor unit of its exact part");
            }
        }
    }
}
