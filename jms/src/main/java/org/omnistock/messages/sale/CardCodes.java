package org.omnistock.messages.sale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Gift card codes: 16 characters of Crockford's base 32 (80 random bits), shown in groups of four. Only a code's
 * SHA-256 is kept: with 80 random bits no salt is needed (a salt protects secrets people choose), and an unsalted
 * hash lets a code find its card. Reading is forgiving as Crockford's alphabet means it to be: case, spaces and
 * dashes do not matter, I and L read as 1, O as 0.
 */
public final class CardCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardCodes() {
    }

    /** A new code, as printed: {@code XXXX-XXXX-XXXX-XXXX}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as kept and hashed: 16 characters of the alphabet; empty when what was typed cannot be a code. */
    public static Optional<String> normalized(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = c == 'I' || c == 'L' ? '1' : c == 'O' ? '0' : c;
            if (new String(ALPHABET).indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** The hex SHA-256 of a normalized code: what the card row keeps. */
    public static String hash(String normalizedCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalizedCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * What may be shown of a code someone typed: {@code ****} and its last four characters (of what was typed when
     * it cannot be a code).
     */
    public static String shown(String typed) {
        String code = normalized(typed).orElse(typed == null ? "" : typed.strip());
        return "****" + (code.length() <= 4 ? code : code.substring(code.length() - 4));
    }

    /** The last four characters, the only part of a code shown after it was issued. */
    public static String lastFour(String normalizedCode) {
        return normalizedCode.substring(LENGTH - 4);
    }
}
