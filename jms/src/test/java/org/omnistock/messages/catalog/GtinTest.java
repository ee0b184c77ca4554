package org.omnistock.messages.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void realCodesKeepTheirDigits() {
        assertEquals("4006381333931", Gtin.normalise("4006381333931"), "an EAN-13 (a Stabilo pen)");
        assertEquals("96385074", Gtin.normalise("96385074"), "an EAN-8");
        assertEquals("10012345678902", Gtin.normalise("10012345678902"), "a GTIN-14 of a case");
        assertEquals("4006381333931", Gtin.normalise(" 4006381333931\n"), "a scanner's line ending");
    }

    @Test
    void aUpcAIsTheEan13ItIsPartOfSoEitherFindsTheSameSku() {
        assertEquals("0036000291452", Gtin.normalise("036000291452"), "UPC-A as 12 digits");
        assertEquals("0036000291452", Gtin.normalise("0036000291452"), "the same as EAN-13");
        assertEquals("0036000291452", Gtin.normalise("00036000291452"), "and as GTIN-14 with indicator 0");
    }

    @Test
    void aWrongCheckDigitIsAMisreadAndRefused() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> Gtin.normalise("4006381333932"));
        assertTrue(wrong.getMessage().contains("(1 expected)"), wrong.getMessage());
        assertFalse(Gtin.isValid("036000291453"));
    }

    @Test
    void whatIsNoGtinSaysWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Gtin.normalise("ABC123"))
                .getMessage().contains("digits only"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Gtin.normalise("1234567"))
                .getMessage().contains("not 7"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Gtin.normalise("  "))
                .getMessage().contains("needed"));
        assertFalse(Gtin.isValid(null));
    }

    @Test
    void everyBodyHasExactlyOneCheckDigitAndOneWrongDigitIsAlwaysCaught() {
        Random random = new Random(23);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                body.append(random.nextInt(10));
            }
            String code = body.toString() + Gtin.checkDigit(body.toString());
            assertTrue(Gtin.isValid(code), code);
            int position = random.nextInt(13);
            char other = (char) ('0' + (code.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
            String misread = code.substring(0, position) + other + code.substring(position + 1);
            assertFalse(Gtin.isValid(misread), "one digit misread: " + code + " read as " + misread);
        }
    }
}
