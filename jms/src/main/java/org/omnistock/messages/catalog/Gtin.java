package org.omnistock.messages.catalog;

/**
 * The barcodes on goods (GS1 GTINs: EAN-13, EAN-8, UPC-A, GTIN-14), in the one form they are stored and looked up
 * in, so that a till scanning a UPC-A as 12 digits and a file listing it as the EAN-13 {@code 0...} find the same SKU.
 *
 * <p>The form: EAN-8 as its 8 digits; UPC-A (12 digits), EAN-13, and a GTIN-14 whose indicator digit is 0 as 13
 * digits (the leading zeros a GTIN-14 or an EAN-13 of a UPC-A carries, dropped down to 13); other GTIN-14s (cases
 * of an item) as their 14. The last digit is the GS1 check digit (weights 3 and 1 from the right, the sum made up to a
 * multiple of 10) and must be right: a misread scan or a mistyped code is refused, not stored. UPC-E (the 8-digit
 * zero-suppressed UPC) is not told apart from EAN-8 and is read as one; catalog files give the UPC-A instead.
 */
public final class Gtin {

    private Gtin() {
    }

    /** The code in its stored form; an {@link IllegalArgumentException} saying what is wrong if it is no GTIN. */
    public static String normalise(String code) {
        String digits = code == null ? "" : code.strip();
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("a barcode is needed");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a barcode (EAN/UPC) has digits only, not " + shown(digits));
        }
        if (digits.length() != 8 && digits.length() != 12 && digits.length() != 13 && digits.length() != 14) {
            throw new IllegalArgumentException("a barcode has 8 (EAN-8), 12 (UPC-A), 13 (EAN-13) or 14 (GTIN-14)"
                    + " digits, not " + digits.length());
        }
        int expected = checkDigit(digits.substring(0, digits.length() - 1));
        int given = digits.charAt(digits.length() - 1) - '0';
        if (given != expected) {
            throw new IllegalArgumentException("the check digit of " + digits + " is wrong (" + expected
                    + " expected): a misread or mistyped code");
        }
        if (digits.length() == 12) {
            return "0" + digits;
        }
        if (digits.length() == 14 && digits.charAt(0) == '0') {
            return digits.substring(1);
        }
        return digits;
    }

    /** Whether the code is a GTIN (see {@link #normalise}). */
    public static boolean isValid(String code) {
        try {
            normalise(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The digits with their GS1 check digit after them: a code to print on a label or a shelf. */
    public static String withCheckDigit(String body) {
        return body + checkDigit(body);
    }

    /** The GS1 check digit of the digits before it. */
    static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static String shown(String text) {
        return text.length() <= 20 ? "'" + text + "'" : "'" + text.substring(0, 20) + "...'";
    }
}
