package org.omnistock.account.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Passwords of staff users and secrets of API clients, kept only as hashes: Jakarta Security's PBKDF2 with
 * HMAC-SHA512 and 210,000 iterations (OWASP's figure for it), a 32-byte salt per hash. A stored hash names its own
 * algorithm and iterations, so raising them later leaves older hashes readable.
 */
@ApplicationScoped
public class Passwords {

    /** Long enough to resist guessing, short enough to type; checked for every password a person chooses. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a password nobody has, to spend as long on an unknown name as on a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash(newSecret());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Takes as long as {@link #matches} and always fails: for a name that does not exist. */
    public boolean matchesNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
        return false;
    }

    /** A new random secret for an API client or a store's broker user: 256 bits, URL-safe. */
    public String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Why a password a person chose is not good enough; empty if it is. */
    public static Optional<String> weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("a password has at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("a password has at most " + MAX_LENGTH + " characters");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("a password must not be the user name");
        }
        return Optional.empty();
    }
}
