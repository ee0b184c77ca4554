package org.omnistock.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.omnistock.customer.entity.KeyKind;

class IdentityKeysTest {

    private static String stored(KeyKind kind, String text) {
        return IdentityKeys.normalise(kind, text, "31").orElseThrow().value();
    }

    private static boolean refused(KeyKind kind, String text) {
        return IdentityKeys.normalise(kind, text, "31").isEmpty() && IdentityKeys.problem(kind, text, "31").isPresent();
    }

    @Test
    void oneEmailAddressTypedTwoWaysIsOneKey() {
        assertEquals("anna@example.nl", stored(KeyKind.EMAIL, "  Anna@Example.NL "));
        assertTrue(refused(KeyKind.EMAIL, "anna.example.nl"));
        assertTrue(refused(KeyKind.EMAIL, "anna@localhost"));
    }

    @Test
    void phoneNumbersAreStoredInE164() {
        assertEquals("+31612345678", stored(KeyKind.PHONE, "06-12 34 56 78"));
        assertEquals("+31612345678", stored(KeyKind.PHONE, "+31 (0)6 1234 5678".replace("(0)", "")));
        assertEquals("+31612345678", stored(KeyKind.PHONE, "0031 6 12345678"));
        assertEquals("+4930123456", stored(KeyKind.PHONE, "+49 30 123456"));
        assertTrue(refused(KeyKind.PHONE, "12345"));
        assertTrue(refused(KeyKind.PHONE, "+0612345678"));
        assertTrue(refused(KeyKind.PHONE, "call me"));
    }

    @Test
    void cardNumbersIgnoreSpacesDashesAndCase() {
        assertEquals("LC00012345", stored(KeyKind.CARD, "lc-0001 2345"));
        assertTrue(refused(KeyKind.CARD, "12"));
        assertTrue(refused(KeyKind.CARD, "card#1234"));
    }

    @Test
    void externalIdsNameTheirChannel() {
        assertEquals("WEB:10045", stored(KeyKind.EXTERNAL, " WEB:10045 "));
        assertEquals("MARKETPLACE:buyer:77", stored(KeyKind.EXTERNAL, "MARKETPLACE:buyer:77"));
        assertTrue(refused(KeyKind.EXTERNAL, "10045"));
        assertTrue(refused(KeyKind.EXTERNAL, "web shop:1"));
        assertTrue(refused(KeyKind.EXTERNAL, "WEB:"));
    }

    @Test
    void everyKindNeedsAValueOfBoundedLength() {
        for (KeyKind kind : KeyKind.values()) {
            assertTrue(refused(kind, " "), kind.name());
            assertTrue(refused(kind, "x".repeat(IdentityKeys.MAX_LENGTH + 1)), kind.name());
        }
    }
}
