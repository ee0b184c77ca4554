package org.omnistock.agent;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.sale.CardCodes;

/**
 * A till's gift card or store credit redeemed through the agent (docs/sale-to-cash.md, "stored value"): online it is
 * the server's redemption (under the card's lock, so two tills on the last of a card cannot both have it); when the
 * server cannot be reached, the retailer's policy for this agent says whether the till must refuse the card, may take
 * it at the store's risk (the sale redeems it when it arrives, past the balance if it must), or may take up to the
 * balance the server last gave for it here, less what was taken offline since.
 *
 * <p>For the last policy the agent keeps, on disk, each card's balance after its last redemption here, keyed by a
 * hash of its code (or the customer's number for store credit): never the code itself. A card the agent has not
 * seen online, or an amount over what is held, is refused offline; a sale's reference taken before is answered
 * again without taking twice. The server's answer replaces what was held: it knows what other stores took.</p>
 */
final class CardRedemptions {

    /** What a till may do with a card the server cannot check. */
    enum OfflinePolicy {
        /** Refuse the card: no redemption the server did not grant. */
        REFUSE,
        /** Take it at the store's risk: the sale redeems it when it arrives. */
        OWN_RISK,
        /** Take up to the balance the server last gave here for the card, less what was taken offline since. */
        LAST_BALANCE;

        static OfflinePolicy of(String option) {
            return option == null || option.isBlank() ? REFUSE
                    : valueOf(option.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** The server's answer, as it gave it. */
    record Answer(int status, String body) {
    }

    /** What was held offline for a redemption: taken, and the balance left to take, or refused with why. */
    record Held(boolean taken, BigDecimal left, String why) {
    }

    /** What is written to disk: per card key, the balance left to take offline, and the references taken. */
    public record Balances(Map<String, BigDecimal> left, Map<String, BigDecimal> taken) {
    }

    /** How a customer's store credit is named where a card's code would be. */
    static final String CUSTOMER = "customer ";

    /** How long a till waits for the server's answer before the offline policy decides. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private final URI api;
    private final String client;
    private final String secret;
    private final Path file;
    private final Map<String, BigDecimal> left = new HashMap<>();
    private final Map<String, BigDecimal> taken = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    CardRedemptions(URI api, String client, String secret, Path directory) throws IOException {
        this.api = api;
        this.client = client;
        this.secret = secret;
        Files.createDirectories(directory);
        file = directory.resolve("card-balances.json");
        if (Files.exists(file)) {
            Balances kept = JsonCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), Balances.class);
            left.putAll(kept.left());
            taken.putAll(kept.taken());
        }
    }

    /**
     * Asks the server to redeem; empty when it cannot be reached (no API configured, or no answer within seconds).
     */
    Optional<Answer> redeem(String json) throws InterruptedException {
        if (api == null) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> token = ApiToken.request(http, api, client, secret, null, ANSWER_WITHIN);
            if (token.statusCode() != 200) {
                return Optional.of(new Answer(token.statusCode(), token.body()));
            }
            String bearer = ApiToken.of(token);
            HttpResponse<String> redeemed = http.send(HttpRequest.newBuilder(api.resolve(
                    "/api/v1/stored-value/redemptions")).timeout(ANSWER_WITHIN)
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(redeemed.statusCode(), redeemed.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The server redeemed: the balance it gave after is what this store may take offline next, and what was taken
     * offline before is the server's to know (a repeat goes to it).
     */
    synchronized void granted(String card, BigDecimal balanceAfter) {
        String key = key(card);
        if (key == null) {
            return;
        }
        left.put(key, balanceAfter);
        taken.keySet().removeIf(sale -> sale.startsWith(key + " "));
        save();
    }

    /** Offline, under {@link OfflinePolicy#LAST_BALANCE}: takes the amount from what is held for the card, or not. */
    synchronized Held holdOffline(String card, BigDecimal amount, String reference) {
        String key = key(card);
        if (key == null) {
            return new Held(false, null, "that is no gift card's code");
        }
        String sale = key + " " + reference;
        BigDecimal held = left.get(key);
        if (taken.containsKey(sale)) {
            return new Held(true, held, null);
        }
        if (held == null) {
            return new Held(false, null, "this store has no balance of the card from when it was last online");
        }
        if (held.compareTo(amount) < 0) {
            return new Held(false, held, "the card had " + held.toPlainString() + " left when this store last "
                    + "checked it");
        }
        BigDecimal after = held.subtract(amount);
        left.put(key, after);
        taken.put(sale, amount);
        save();
        return new Held(true, after, null);
    }

    private void save() {
        DurableFile.replace(file, JsonCodec.toJson(new Balances(Map.copyOf(left), Map.copyOf(taken))),
                "the cards' balances");
    }

    /**
     * A card's code read as the server reads it ({@link CardCodes#normalized}: case, spaces and dashes aside), and
     * hashed as the server keeps it, or a customer's store credit ({@code customer <number>}): the agent's disk never
     * holds a card's code, and one card typed two ways is one card. Null for what cannot be a code.
     */
    private static String key(String card) {
        if (card.startsWith(CUSTOMER)) {
            return CardCodes.hash(CUSTOMER + card.substring(CUSTOMER.length()).strip());
        }
        return CardCodes.normalized(card).map(CardCodes::hash).orElse(null);
    }
}
