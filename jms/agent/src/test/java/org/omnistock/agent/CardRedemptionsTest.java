package org.omnistock.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last-balance policy: what a store may take offline from a card it last saw online, kept across restarts. */
class CardRedemptionsTest {

    @TempDir
    Path data;

    private CardRedemptions cards() throws Exception {
        return new CardRedemptions(null, null, null, data);
    }

    @Test
    void offlineAStoreTakesUpToWhatTheServerLastGaveItLessWhatItTookSince() throws Exception {
        CardRedemptions cards = cards();
        cards.granted("GC-ABCD-1234", new BigDecimal("15.00"));

        CardRedemptions.Held first = cards.holdOffline("gc-abcd-1234 ", new BigDecimal("10.00"), "S1/R-1");

        assertTrue(first.taken());
        assertEquals(new BigDecimal("5.00"), first.left());
        CardRedemptions restarted = cards();
        assertEquals(new BigDecimal("5.00"), restarted.holdOffline("GC-ABCD-1234", new BigDecimal("10.00"),
                "S1/R-1").left(), "the same sale again, after a restart: taken once");
        CardRedemptions.Held over = restarted.holdOffline("GC-ABCD-1234", new BigDecimal("5.01"), "S1/R-2");
        assertFalse(over.taken());
        assertTrue(over.why().contains("5.00 left"), over.why());
        assertTrue(restarted.holdOffline("GC-ABCD-1234", new BigDecimal("5.00"), "S1/R-2").taken());
        assertFalse(Files.readString(data.resolve("card-balances.json")).contains("ABCD"), "no code on disk");
    }

    @Test
    void aCardNotSeenOnlineIsRefusedAndTheServersNextAnswerReplacesWhatWasHeld() throws Exception {
        CardRedemptions cards = cards();
        assertFalse(cards.holdOffline("GC-NEW", BigDecimal.ONE, "S1/R-1").taken());

        cards.granted("GC-NEW", new BigDecimal("3.00"));
        assertTrue(cards.holdOffline("GC-NEW", new BigDecimal("3.00"), "S1/R-1").taken());
        cards.granted("GC-NEW", new BigDecimal("1.00"));

        assertEquals(new BigDecimal("0.00"), cards.holdOffline("GC-NEW", new BigDecimal("1.00"), "S1/R-1").left(),
                "once the server answered, a reference taken offline before is taken again from what it said");
    }
}
