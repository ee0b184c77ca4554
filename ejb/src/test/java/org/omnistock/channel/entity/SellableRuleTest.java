package org.omnistock.channel.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.omnistock.channel.entity.SellableRule.Rule;

class SellableRuleTest {

    private static Rule rule(RuleScope scope, String value, RuleKind kind, String amount) {
        return new Rule(scope, value, kind, new BigDecimal(amount));
    }

    @Test
    void withoutRulesAChannelSellsWhatItsLocationsHaveAvailable() {
        assertEquals(40, SellableRule.sellable(40, List.of(), "TSHIRT-RED-M", "T-shirts").sellable());
    }

    @Test
    void aBufferInUnitsIsHeldBackButSellableNeverGoesBelowZero() {
        List<Rule> rules = List.of(rule(RuleScope.ALL, "", RuleKind.BUFFER_UNITS, "5"));

        assertEquals(35, SellableRule.sellable(40, rules, "A", "T-shirts").sellable());
        assertEquals(0, SellableRule.sellable(3, rules, "A", "T-shirts").sellable());
    }

    @Test
    void aPercentageBufferRoundsUpSoNoFractionOfAUnitIsPromised() {
        List<Rule> rules = List.of(rule(RuleScope.ALL, "", RuleKind.BUFFER_PERCENT, "10"));

        SellableRule.Sellable sellable = SellableRule.sellable(41, rules, "A", null);

        assertEquals(5, sellable.buffer());
        assertEquals(36, sellable.sellable());
    }

    @Test
    void theMostSpecificScopeWins() {
        List<Rule> rules = List.of(
                rule(RuleScope.ALL, "", RuleKind.BUFFER_UNITS, "10"),
                rule(RuleScope.CATEGORY, "jeans", RuleKind.BUFFER_UNITS, "4"),
                rule(RuleScope.SKU, "JEANS-SLIM-BLACK-M", RuleKind.BUFFER_UNITS, "1"));

        assertEquals(49, SellableRule.sellable(50, rules, "JEANS-SLIM-BLACK-M", "Jeans").sellable());
        assertEquals(46, SellableRule.sellable(50, rules, "JEANS-SLIM-BLACK-L", "Jeans").sellable());
        assertEquals(40, SellableRule.sellable(50, rules, "TSHIRT-RED-M", "T-shirts").sellable());
    }

    @Test
    void withBothKindsInOneScopeTheLargerBufferHolds() {
        List<Rule> rules = List.of(
                rule(RuleScope.ALL, "", RuleKind.BUFFER_UNITS, "2"),
                rule(RuleScope.ALL, "", RuleKind.BUFFER_PERCENT, "20"));

        assertEquals(2, SellableRule.sellable(5, rules, "A", null).buffer());
        assertEquals(20, SellableRule.sellable(100, rules, "A", null).buffer());
    }

    @Test
    void anExclusionAtAnyScopeMeansNothingIsSellable() {
        List<Rule> rules = List.of(
                rule(RuleScope.SKU, "SCARF-RED", RuleKind.BUFFER_UNITS, "1"),
                rule(RuleScope.CATEGORY, "Accessories", RuleKind.EXCLUDE, "0"));

        SellableRule.Sellable sellable = SellableRule.sellable(30, rules, "SCARF-RED", "Accessories");

        assertTrue(sellable.excluded());
        assertEquals(0, sellable.sellable());
    }
}
