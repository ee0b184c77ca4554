package org.omnistock.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.omnistock.books.entity.AccountMapping;

class MappingRulesTest {

    private static final Instant EPOCH = Instant.EPOCH;
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private static AccountMapping mapping(String event, String role, String location, String reason, String account,
                                          Instant from) {
        return new AccountMapping(event, role, null, location, null, reason, account, from, "test", EPOCH);
    }

    private static final List<AccountMapping> DEFAULTS = List.of(
            mapping("*", "stock", null, null, "1300", EPOCH),
            mapping("*", "shrinkage", null, null, "5200", EPOCH),
            mapping("*", "cogs", null, null, "5000", EPOCH));

    private static Posting adjustment(String reason) {
        return Posting.of("ADJUSTMENT", "stock-correction", "c-1", "W01", null, NOW).because(reason)
                .line("shrinkage", "Knitwear", new BigDecimal("4.00"))
                .line("stock", "Knitwear", new BigDecimal("-4.00"));
    }

    @Test
    void theMostSpecificMappingInEffectWins() {
        List<AccountMapping> mappings = new ArrayList<>(DEFAULTS);
        mappings.add(mapping("ADJUSTMENT", "shrinkage", null, null, "5210", EPOCH));
        mappings.add(mapping("*", "shrinkage", "W01", "DAMAGED", "5220", EPOCH));
        MappingRules rules = new MappingRules(mappings);
        Posting damaged = adjustment("DAMAGED");
        Posting theft = adjustment("THEFT");

        assertEquals("5220", rules.account(damaged, damaged.lines().get(0), NOW), "two narrowings beat an event");
        assertEquals("5210", rules.account(theft, theft.lines().get(0), NOW), "the event's own beats any event's");
        assertEquals("1300", rules.account(theft, theft.lines().get(1), NOW));
    }

    @Test
    void aNewerMappingAppliesFromItsInstantOnly() {
        List<AccountMapping> mappings = new ArrayList<>(DEFAULTS);
        mappings.add(mapping("*", "shrinkage", null, null, "5299", NOW.plusSeconds(60)));
        MappingRules rules = new MappingRules(mappings);
        Posting theft = adjustment("THEFT");

        assertEquals("5200", rules.account(theft, theft.lines().get(0), NOW));
        assertEquals("5299", rules.account(theft, theft.lines().get(0), NOW.plusSeconds(60)),
                "as specific, and in effect later");
    }

    @Test
    void linesOfOneAccountAndLocationAreNettedAndZeroPostsNothing() {
        MappingRules rules = new MappingRules(DEFAULTS);
        Posting sale = Posting.of("SALE_COST", "till-receipt", "POS S001/1", "S001", "STORE", NOW)
                .line("cogs", "A", new BigDecimal("3.00")).line("stock", "A", new BigDecimal("-3.00"))
                .line("cogs", "B", new BigDecimal("2.00")).line("stock", "B", new BigDecimal("-2.00"));

        List<MappingRules.EntryLine> lines = rules.lines(sale, NOW, 2);

        assertEquals(List.of(new MappingRules.EntryLine("5000", "S001", new BigDecimal("5.00"),
                new BigDecimal("0.00")), new MappingRules.EntryLine("1300", "S001", new BigDecimal("0.00"),
                new BigDecimal("5.00"))), lines);
        Posting nothing = Posting.of("SALE_COST", "till-receipt", "POS S001/2", "S001", "STORE", NOW)
                .line("cogs", "A", new BigDecimal("0.00")).line("stock", "A", new BigDecimal("0.00"));
        assertTrue(rules.lines(nothing, NOW, 2).isEmpty());
    }

    @Test
    void anEntryThatDoesNotBalanceOrHasNoAccountIsRefused() {
        MappingRules rules = new MappingRules(DEFAULTS);
        Posting lopsided = Posting.of("SALE_COST", "till-receipt", "POS S001/3", "S001", "STORE", NOW)
                .line("cogs", "A", new BigDecimal("3.00")).line("stock", "A", new BigDecimal("-2.99"));
        assertThrows(EntryLines.Unbalanced.class, () -> rules.lines(lopsided, NOW, 2));
        Posting unmapped = Posting.of("SALE", "till-receipt", "POS S001/4", "S001", "STORE", NOW)
                .line("tender", null, new BigDecimal("3.00")).line("revenue", null, new BigDecimal("-3.00"));
        assertThrows(MappingRules.Unmapped.class, () -> rules.lines(unmapped, NOW, 2));
    }
}
