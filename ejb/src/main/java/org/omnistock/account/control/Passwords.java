package org.omnistock.account.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Passwords of staff users and secrets of API clients, kept only as hashes.
 *
 * <ul>
 *   <li>A password a person chose may be guessed: Jakarta Security's PBKDF2 with HMAC-SHA512 and 210,000 iterations
 *       (OWASP's figure for it), a 32-byte salt per hash. A stored hash names its own algorithm and iterations, so
 *       raising them later leaves older hashes readable. Checking one costs the server tens of milliseconds of a
 *       core, so at most one check per core runs at once ({@link #matches}); a check that cannot start within a
 *       second is refused as busy ({@link Busy}), so that guessing costs the guesser, not the server's threads.</li>
 *   <li>A client secret is 256 random bits the server made ({@link #newSecret}): nobody guesses it, so it needs no
 *       slow hash. It is kept as HMAC-SHA256 under a random 32-byte key of its own ({@code hmac-sha256:<key>:<mac>}),
 *       which costs microseconds to check. A secret configured for a client (the bootstrap client's, the demo's)
 *       is kept the same way: whoever configures it chooses one as long as a generated one. A secret kept the slow
 *       way before is checked the slow way once more, and then kept the fast way.</li>
 * </ul>
 */
@ApplicationScoped
public class Passwords {

    /** Long enough to resist guessing, short enough to type; checked for every password a person chooses. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FAST = "hmac-sha256:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** How long a slow check waits for its turn before it is refused as busy. */
    private static final long WAIT_MILLIS = 1_000;

    /** Slow checks run at once: one per core, the most the server spends on them. */
    private final Semaphore slowChecks = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a password nobody has, to spend as long on an unknown name as on a wrong password. */
    private String decoy;

    /** Every slow check is taken: the caller is asked to come back ({@code Retry-After}). Changes nothing. */
    @ApplicationException(rollback = true)
    public static class Busy extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Busy() {
            super("password checks are all taken; try again in a moment");
        }
    }

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash(newSecret());
    }

    /** A password a person chose, the slow way. */
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * Whether the password is the one hashed, the slow way, in turn with the other slow checks.
     *
     * @throws Busy if no check could start within a second
     */
    public boolean matches(String password, String storedHash) {
        return inTurn(() -> hash.verify(password.toCharArray(), storedHash));
    }

    /** Takes as long as {@link #matches} and always fails: for a name that does not exist. */
    public boolean matchesNothing(String password) {
        inTurn(() -> hash.verify(password.toCharArray(), decoy));
        return false;
    }

    /** A secret the server made, the fast way. */
    public String hashSecret(String secret) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return FAST + ENCODER.encodeToString(key) + ":" + ENCODER.encodeToString(mac(key, secret));
    }

    /** Whether the secret is the one kept; a secret kept the slow way is checked so. */
    public boolean secretMatches(String secret, String storedHash) {
        if (!isFast(storedHash)) {
            return matches(secret, storedHash);
        }
        String[] parts = storedHash.substring(FAST.length()).split(":", 2);
        return parts.length == 2 && MessageDigest.isEqual(mac(DECODER.decode(parts[0]), secret),
                DECODER.decode(parts[1]));
    }

    /** Takes as long as {@link #secretMatches} of a secret kept the fast way, and always fails. */
    public boolean secretMatchesNothing(String secret) {
        mac(new byte[32], secret);
        return false;
    }

    /** Whether a secret is kept the fast way; one that is not is kept so once it is next checked right. */
    public boolean isFast(String storedHash) {
        return storedHash.startsWith(FAST);
    }

    /** A new random secret for an API client or a store's broker user: 256 bits, URL-safe. */
    public String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return ENCODER.encodeToString(secret);
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

    private boolean inTurn(BooleanSupplier check) {
        try {
            if (!slowChecks.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return check.getAsBoolean();
        } finally {
            slowChecks.release();
        }
    }

    private static byte[] mac(byte[] key, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
