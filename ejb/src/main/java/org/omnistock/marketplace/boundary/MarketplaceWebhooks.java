package org.omnistock.marketplace.boundary;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import org.omnistock.marketplace.control.MarketplaceOrders;
import org.omnistock.marketplace.control.MarketplaceState;
import org.omnistock.marketplace.control.ShopifyOrders;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.SecretBox;

/**
 * A marketplace's webhooks, taken without a token: each must carry the HMAC-SHA256 of its raw body under the
 * account's webhook secret (Shopify: base64 in {@code X-Shopify-Hmac-Sha256}). An order webhook imports the order
 * at once, the same way a poll does, so the same order by webhook and by poll, or a webhook sent twice, is one
 * order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the order intake runs its own transactions
public class MarketplaceWebhooks {

    /** The order topics that import; others are acknowledged and left. */
    public static final Set<String> ORDER_TOPICS = Set.of("orders/create", "orders/updated", "orders/paid",
            "orders/cancelled");
    private static final Logger LOG = Logger.getLogger(MarketplaceWebhooks.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    MarketplaceState state;

    @Inject
    MarketplaceOrders orders;

    @Inject
    SecretBox secrets;

    /**
     * @return what became of the order, or null for a topic that is not about orders
     * @throws Refusal FORBIDDEN {@code invalid-signature} (nothing is read of a body not signed by the account's
     *                 secret); NOT_FOUND {@code unknown-marketplace-account}; INVALID {@code invalid-order}
     */
    public MarketplaceOrders.Outcome receive(String accountCode, String topic, String signature, byte[] body) {
        MarketplaceAccount account = state.account(accountCode).filter(MarketplaceAccount::isEnabled)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-marketplace-account",
                        "there is no enabled marketplace account " + accountCode));
        if (account.getWebhookSecret() == null || signature == null
                || !genuine(secrets.open(account.getWebhookSecret()), signature, body)) {
            LOG.warning(() -> "A webhook for marketplace account " + accountCode + " was refused: its signature "
                    + "is missing or wrong");
            throw new Refusal(Refusal.Kind.FORBIDDEN, "invalid-signature", "the webhook is not signed with the "
                    + "account's webhook secret");
        }
        if (topic == null || !ORDER_TOPICS.contains(topic)) {
            return null;
        }
        JsonObject order;
        try {
            order = JSON.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        } catch (JsonException e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-order", "the webhook's body is not an order: "
                    + e.getMessage());
        }
        return orders.importOrder(account, ShopifyOrders.read(order));
    }

    private static boolean genuine(String secret, String signature, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
            return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
