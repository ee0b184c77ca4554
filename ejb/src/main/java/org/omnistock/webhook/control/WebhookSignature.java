package org.omnistock.webhook.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Omnistock-Signature} header: {@code t=<unix seconds>,v1=<hex>} with one v1 per active secret, each the
 * HMAC-SHA256 of {@code <t>.<body>}. Signing the timestamp with the body lets a receiver refuse an old request
 * replayed to it. docs/webhooks.md shows a receiver's side in Java and Python; {@link #verify} is the Java one.
 */
public final class WebhookSignature {

    public static final String HEADER = "Omnistock-Signature";
    public static final String DELIVERY_HEADER = "Omnistock-Webhook-Id";
    /** How far a receiver should let the timestamp be from its clock. */
    public static final long TOLERANCE_SECONDS = 300;

    private WebhookSignature() {
    }

    public static String header(long timestamp, String body, List<String> secrets) {
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            header.append(",v1=").append(hmac(secret, timestamp + "." + body));
        }
        return header.toString();
    }

    /** Whether the header signs this body with this secret, at most the tolerance away from {@code now}. */
    public static boolean verify(String header, String body, String secret, long now) {
        Long timestamp = null;
        String expected = null;
        boolean matched = false;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
                expected = hmac(secret, timestamp + "." + body);
            } else if (pair[0].equals("v1") && expected != null) {
                matched |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        pair[1].getBytes(StandardCharsets.US_ASCII));
            }
        }
        return matched && Math.abs(now - timestamp) <= TOLERANCE_SECONDS;
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
