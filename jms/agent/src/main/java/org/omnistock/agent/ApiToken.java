package org.omnistock.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The store's API client asking the server for a token (client credentials, HTTP Basic): the agent's one way. */
final class ApiToken {

    private ApiToken() {
    }

    /**
     * The token endpoint's answer, as it is.
     *
     * @param scope   the scopes asked for; null for all the client holds
     * @param timeout how long to wait for the answer; null for as long as the connection lasts
     */
    static HttpResponse<String> request(HttpClient http, URI api, String client, String secret, String scope,
                                        Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve("/api/v1/tokens"));
        if (timeout != null) {
            request.timeout(timeout);
        }
        return http.send(request
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"
                        + (scope == null ? "" : "&scope=" + scope))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The access token of a successful answer. */
    static String of(HttpResponse<String> answer) {
        return jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject()
                .getString("access_token");
    }
}
