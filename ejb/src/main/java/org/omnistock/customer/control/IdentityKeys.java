package org.omnistock.customer.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.omnistock.customer.entity.KeyKind;

/**
 * Identity keys as they are stored and looked up: the same person typed in two ways is one key. Pure functions,
 * shared by every channel's way in.
 */
public final class IdentityKeys {

    public static final int MAX_LENGTH = 120;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s\\-().\\/]");
    private static final Pattern CARD = Pattern.compile("[A-Z0-9]{4,32}");
    private static final Pattern CHANNEL = Pattern.compile("[A-Z0-9_-]{1,32}");

    /** A key as stored. */
    public record Key(KeyKind kind, String value) {
    }

    private IdentityKeys() {
    }

    /**
     * The key in its one stored form.
     *
     * @param countryCode the calling code a national phone number (one leading 0) belongs to, e.g. "31"
     * @return the key, or empty with nothing to say if the text is not a key of that kind (see {@link #problem})
     */
    public static Optional<Key> normalise(KeyKind kind, String text, String countryCode) {
        return problem(kind, text, countryCode).isPresent() ? Optional.empty()
                : Optional.of(new Key(kind, form(kind, text, countryCode)));
    }

    /** What is wrong with the text as a key of this kind; empty if nothing. */
    public static Optional<String> problem(KeyKind kind, String text, String countryCode) {
        if (text == null || text.isBlank()) {
            return Optional.of("a " + kind.name().toLowerCase(Locale.ROOT) + " key needs a value");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("a key is at most " + MAX_LENGTH + " characters");
        }
        String form = form(kind, text, countryCode);
        return switch (kind) {
            case EMAIL -> EMAIL.matcher(form).matches() ? Optional.empty()
                    : Optional.of("'" + text + "' is not an email address");
            case PHONE -> E164.matcher(form).matches() ? Optional.empty()
                    : Optional.of("'" + text + "' is not a phone number: give it as +<country><number>, 8 to 15 "
                    + "digits, or as a national number starting with 0");
            case CARD -> CARD.matcher(form).matches() ? Optional.empty()
                    : Optional.of("a loyalty card number is 4 to 32 letters and digits");
            case EXTERNAL -> external(form);
        };
    }

    private static Optional<String> external(String form) {
        int colon = form.indexOf(':');
        if (colon < 1 || colon == form.length() - 1) {
            return Optional.of("an external id is <channel>:<id>, e.g. WEB:10045");
        }
        if (!CHANNEL.matcher(form.substring(0, colon)).matches()) {
            return Optional.of("an external id's channel is 1 to 32 capitals, digits, '-' or '_'");
        }
        return form.chars().anyMatch(Character::isISOControl) ? Optional.of("an external id has no control characters")
                : Optional.empty();
    }

    private static String form(KeyKind kind, String text, String countryCode) {
        String stripped = text.strip();
        return switch (kind) {
            case EMAIL -> stripped.toLowerCase(Locale.ROOT);
            case PHONE -> phone(stripped, countryCode);
            case CARD -> stripped.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
            case EXTERNAL -> stripped;
        };
    }

    private static String phone(String text, String countryCode) {
        String digits = PHONE_PUNCTUATION.matcher(text).replaceAll("");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.startsWith("0")) {
            return "+" + countryCode + digits.substring(1);
        }
        return digits;
    }
}
