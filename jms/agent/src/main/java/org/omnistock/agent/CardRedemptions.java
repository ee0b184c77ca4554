package org.omnistock.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A till's gift card or store credit redeemed through the agent (docs/sale-to-cash.md, "stored value"): online it is
 * the server's redemption (under the card's lock, so two tills on the last of a card cannot both have it); when the
 * server cannot be reached, the retailer's policy for this agent says whether the till may take the card at the
 * store's risk (the sale redeems it when it arrives, past the balance if it must) or must refuse it.
 */
final class CardRedemptions {

    /** What a till may do with a card the server cannot check. */
    enum OfflinePolicy {
        /** Refuse the card: no redemption the server did not grant. */
        REFUSE,
        /** Take it at the store's risk: the sale redeems it when it arrives. */
        OWN_RISK;

        static OfflinePolicy of(String option) {
            return option == null || option.isBlank() ? REFUSE
                    : valueOf(option.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** The server's answer, as it gave it. */
    record Answer(int status, String body) {
    }

    /** How long a till waits for the server's answer before the offline policy decides. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private final URI api;
    private final String client;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    CardRedemptions(URI api, String client, String secret) {
        this.api = api;
        this.client = client;
        this.secret = secret;
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
}
