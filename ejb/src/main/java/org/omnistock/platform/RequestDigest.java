package org.omnistock.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a request by what it asks, so that a repeat under the same idempotency key or reference can be told from
 * a different request that reuses it.
 */
public final class RequestDigest {

    private RequestDigest() {
    }

    /** SHA-256 of the text, in hex (64 characters). */
    public static String of(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
