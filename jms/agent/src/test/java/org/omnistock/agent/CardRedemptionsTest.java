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
        cards.granted("ABCD-EFGH-JKMN-PQ12", new BigDecimal("15.00"));

        CardRedemptions.Held first = cards.holdOffline(" abcd efgh jkmn pqI2", new BigDecimal("10.00"), "S1/R-1");

        assertTrue(first.taken());
        assertEquals(new BigDecimal("5.00"), first.left());
        CardRedemptions restarted = cards();
        assertEquals(new BigDecimal("5.00"), restarted.holdOffline("ABCDEFGHJKMNPQ12", new BigDecimal("10.00"),
                "S1/R-1").left(), "the same sale again, after a restart, the code typed another way: taken once");
        CardRedemptions.Held over = restarted.holdOffline("ABCD-EFGH-JKMN-PQ12", new BigDecimal("5.01"), "S1/R-2");
        assertFalse(over.taken());
        assertTrue(over.why().contains("5.00 left"), over.why());
        assertTrue(restarted.holdOffline("ABCD-EFGH-JKMN-PQ12", new BigDecimal("5.00"), "S1/R-2").taken());
        assertFalse(Files.readString(data.resolve("card-balances.json")).contains("ABCD"), "no code on disk");
        assertFalse(restarted.holdOffline("NOT-A-CODE", BigDecimal.ONE, "S1/R-3").taken(), "no card's code");
    }

    @Test
    void aCardNotSeenOnlineIsRefusedAndTheServersNextAnswerReplacesWhatWasHeld() throws Exception {
        CardRedemptions cards = cards();
        assertFalse(cards.holdOffline("WXYZ-WXYZ-WXYZ-WXYZ", BigDecimal.ONE, "S1/R-1").taken());

        cards.granted("WXYZ-WXYZ-WXYZ-WXYZ", new BigDecimal("3.00"));
        assertTrue(cards.holdOffline("WXYZ-WXYZ-WXYZ-WXYZ", new BigDecimal("3.00"), "S1/R-1").taken());
        cards.granted("WXYZ-WXYZ-WXYZ-WXYZ", new BigDecimal("1.00"));

        assertEquals(new BigDecimal("0.00"), cards.holdOffline("WXYZ-WXYZ-WXYZ-WXYZ", new BigDecimal("1.00"),
                "S1/R-1").left(),
                "once the server answered, a reference taken offline before is taken again from what it said");
    }
}
