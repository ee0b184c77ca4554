package org.omnistock.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String BODY = "{\"id\":\"e1\",\"type\":\"stock.changed\",\"data\":{\"onHand\":7}}";
    private static final long NOW = 1_796_000_000L;

    @Test
    void theSignatureIsTheHmacOfTimestampAndBodyUnderEachActiveSecret() {
        // Computed independently: printf '1796000000.%s' "$BODY" | openssl dgst -sha256 -hmac whsec_test
        String header = WebhookSignature.header(NOW, BODY, List.of("whsec_test"));
        assertEquals("t=1796000000,v1=971ce2916507a4cba10f0b1add79bc81674cb3fafd2842b612674fd0d228fd53", header);
        assertTrue(WebhookSignature.verify(header, BODY, "whsec_test", NOW + 299));
        String both = WebhookSignature.header(NOW, BODY, List.of("whsec_new", "whsec_old"));
        assertTrue(WebhookSignature.verify(both, BODY, "whsec_new", NOW));
        assertTrue(WebhookSignature.verify(both, BODY, "whsec_old", NOW));
    }

    @Test
    void aTamperedBodyAnotherSecretOrAnOldTimestampIsRefused() {
        String header = WebhookSignature.header(NOW, BODY, List.of("whsec_test"));
        assertFalse(WebhookSignature.verify(header, BODY.replace("7", "70"), "whsec_test", NOW));
        assertFalse(WebhookSignature.verify(header, BODY, "whsec_other", NOW));
        assertFalse(WebhookSignature.verify(header, BODY, "whsec_test", NOW + 301), "replayed six minutes later");
        assertFalse(WebhookSignature.verify(header.replace("t=" + NOW, "t=" + (NOW + 5)), BODY, "whsec_test",
                NOW + 5), "the timestamp is signed too");
        assertFalse(WebhookSignature.verify("v1=abc", BODY, "whsec_test", NOW));
    }
}
