package org.omnistock.messages.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CardCodesTest {

    @Test
    void aNewCodeIsSixteenCharactersInFourGroupsAndNeverTheSame() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CardCodes.newCode();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
            codes.add(code);
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    void aCodeIsReadForgivinglyAndHashedAsNormalized() {
        assertEquals(Optional.of("0123456789ABCDEF"), CardCodes.normalized("0123-4567-89ab-cdef"));
        assertEquals(Optional.of("0123456789ABCDEF"), CardCodes.normalized(" o123 4567 89AB CDEF"),
                "O reads as 0, spaces do not count");
        assertEquals(Optional.of("1123456789ABCDEF"), CardCodes.normalized("Il23456789ABCDEF"));
        assertEquals(Optional.empty(), CardCodes.normalized("0123-4567-89AB-CDE"), "too short");
        assertEquals(Optional.empty(), CardCodes.normalized("0123-4567-89AB-CDEU"), "U is not in the alphabet");
        assertEquals(CardCodes.hash("0123456789ABCDEF"), CardCodes.hash(CardCodes.normalized("0123-4567-89ab-cdef")
                .orElseThrow()));
        assertNotEquals(CardCodes.hash("0123456789ABCDEF"), CardCodes.hash("0123456789ABCDEG"));
        assertEquals(64, CardCodes.hash("0123456789ABCDEF").length());
    }

    @Test
    void onlyTheLastFourAreShown() {
        assertEquals("CDEF", CardCodes.lastFour("0123456789ABCDEF"));
        assertEquals("****CDEF", CardCodes.shown("0123-4567-89ab-cdef"));
        assertEquals("****-xyz", CardCodes.shown("no-xyz"), "what was typed, when it is not a code");
    }
}
