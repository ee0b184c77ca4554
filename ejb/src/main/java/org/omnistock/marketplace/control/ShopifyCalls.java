package org.omnistock.marketplace.control;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Calls to a Shopify-shaped Admin API, each with MicroProfile Fault Tolerance: a timeout, two quick retries of what
 * may be retried (no answer, a 5xx), a circuit breaker that stops calling a marketplace that keeps failing, and a
 * bulkhead so that it never holds more than four threads. A throttling answer is {@link MarketplaceFault.Throttled}
 * (the caller's token bucket waits), any other refusal {@link MarketplaceFault.Refused}.
 */
@ApplicationScoped
public class ShopifyCalls {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern NEXT_PAGE = Pattern.compile("<[^>]*[?&]page_info=([^&>]+)[^>]*>;\\s*rel=\"next\"");
    private static final Duration THROTTLED_DEFAULT = Duration.ofSeconds(1);

    /** One client per API address: it holds the connections to that marketplace. */
    private final Map<String, ShopifyAdminApi> clients = new ConcurrentHashMap<>();

    /** An account as its calls need it: where, and its opened access token. */
    public record Target(String code, String baseUrl, String token) {
    }

    /** One page of orders and the cursor of the next; null when it was the last. */
    public record OrdersPage(List<JsonObject> orders, String next) {
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public OrdersPage orders(Target target, Instant updatedSince, String pageInfo) {
        ShopifyAdminApi api = client(target.baseUrl());
        try (Response response = pageInfo == null
                ? api.orders(target.token(), "any", ShopifyOrders.timestamp(updatedSince), "updated_at asc", 250, null)
                : api.orders(target.token(), null, null, null, 250, pageInfo)) {
            JsonObject body = read(response.readEntity(String.class));
            List<JsonObject> orders = body.getJsonArray("orders").getValuesAs(JsonObject.class);
            String link = response.getHeaderString("Link");
            Matcher next = link == null ? null : NEXT_PAGE.matcher(link);
            return new OrdersPage(orders, next != null && next.find() ? next.group(1) : null);
        } catch (WebApplicationException e) {
            throw fault(e.getResponse());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from " + target.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    /** A GraphQL operation; its {@code data}, or the fault its errors say. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public JsonObject graphql(Target target, String query, JsonObject variables) {
        String request = JSON.createObjectBuilder().add("query", query).add("variables", variables).build()
                .toString();
        try (Response response = client(target.baseUrl()).graphql(target.token(), request)) {
            JsonObject body = read(response.readEntity(String.class));
            if (body.containsKey("errors") && !body.isNull("errors")) {
                for (JsonValue error : body.getJsonArray("errors")) {
                    JsonObject extensions = error.asJsonObject().getJsonObject("extensions");
                    if (extensions != null && "THROTTLED".equals(extensions.getString("code", ""))) {
                        throw new MarketplaceFault.Throttled(THROTTLED_DEFAULT);
                    }
                }
                throw new MarketplaceFault.Refused("GraphQL errors: " + body.getJsonArray("errors"));
            }
            return body.getJsonObject("data");
        } catch (WebApplicationException e) {
            throw fault(e.getResponse());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from " + target.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    private static MarketplaceFault fault(Response response) {
        int status = response.getStatus();
        if (status == 429) {
            String retryAfter = response.getHeaderString("Retry-After");
            Duration wait = THROTTLED_DEFAULT;
            try {
                wait = retryAfter == null ? wait : Duration.ofMillis((long) (Double.parseDouble(retryAfter) * 1000));
            } catch (NumberFormatException e) {
                // An HTTP date or nonsense: the default wait.
            }
            return new MarketplaceFault.Throttled(wait);
        }
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        String what = "HTTP " + status + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300)
                : body));
        return status >= 500 ? new MarketplaceFault.Unavailable(what, null) : new MarketplaceFault.Refused(what);
    }

    private static JsonObject read(String body) {
        return JSON.createReader(new StringReader(body)).readObject();
    }

    private ShopifyAdminApi client(String baseUrl) {
        return clients.computeIfAbsent(baseUrl, url -> RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .build(ShopifyAdminApi.class));
    }
}
