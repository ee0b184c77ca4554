package org.omnistock.marketplace.control;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

    /** One client per API address: it holds the connections to that marketplace. */
    private final Map<String, ShopifyAdminApi> clients = new ConcurrentHashMap<>();

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public OrderPolls.Page orders(ApiTarget target, Instant updatedSince, String pageInfo) {
        ShopifyAdminApi api = client(target.baseUrl());
        try (Response response = pageInfo == null
                ? api.orders(target.token(), "any", ShopifyOrders.timestamp(updatedSince), "updated_at asc", 250, null)
                : api.orders(target.token(), null, null, null, 250, pageInfo)) {
            JsonObject body = read(response.readEntity(String.class));
            List<JsonObject> orders = body.getJsonArray("orders").getValuesAs(JsonObject.class);
            String link = response.getHeaderString("Link");
            Matcher next = link == null ? null : NEXT_PAGE.matcher(link);
            return new OrderPolls.Page(orders, next != null && next.find() ? next.group(1) : null);
        } catch (WebApplicationException e) {
            throw MarketplaceFault.of(e.getResponse());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from " + target.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    /** The order's fulfillment orders that are still open (nothing fulfilled of them yet on the marketplace). */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public List<Long> openFulfillmentOrders(ApiTarget target, String orderId) {
        try (Response response = client(target.baseUrl()).fulfillmentOrders(target.token(), orderId)) {
            return read(response.readEntity(String.class)).getJsonArray("fulfillment_orders")
                    .getValuesAs(JsonObject.class).stream().filter(f -> "open".equals(f.getString("status", "")))
                    .map(f -> f.getJsonNumber("id").longValue()).toList();
        } catch (WebApplicationException e) {
            throw MarketplaceFault.of(e.getResponse());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from " + target.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Fulfills these fulfillment orders in full, with the tracking numbers and carrier; not retried (it creates). */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public void fulfil(ApiTarget target, List<Long> fulfillmentOrders, List<String> trackingNumbers, String carrier) {
        JsonArrayBuilder orders = JSON.createArrayBuilder();
        fulfillmentOrders.forEach(id -> orders.add(JSON.createObjectBuilder().add("fulfillment_order_id", id)));
        JsonArrayBuilder numbers = JSON.createArrayBuilder();
        trackingNumbers.forEach(numbers::add);
        JsonObjectBuilder tracking = JSON.createObjectBuilder().add("numbers", numbers);
        if (!trackingNumbers.isEmpty()) {
            tracking.add("number", trackingNumbers.get(0));
        }
        if (carrier != null) {
            tracking.add("company", carrier);
        }
        String body = JSON.createObjectBuilder().add("fulfillment", JSON.createObjectBuilder()
                .add("line_items_by_fulfillment_order", orders).add("tracking_info", tracking)
                .add("notify_customer", true)).build().toString();
        try (Response response = client(target.baseUrl()).createFulfillment(target.token(), body)) {
            response.getStatus();
        } catch (WebApplicationException e) {
            throw MarketplaceFault.of(e.getResponse());
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
    public JsonObject graphql(ApiTarget target, String query, JsonObject variables) {
        String request = JSON.createObjectBuilder().add("query", query).add("variables", variables).build()
                .toString();
        try (Response response = client(target.baseUrl()).graphql(target.token(), request)) {
            JsonObject body = read(response.readEntity(String.class));
            if (body.containsKey("errors") && !body.isNull("errors")) {
                for (JsonValue error : body.getJsonArray("errors")) {
                    JsonObject extensions = error.asJsonObject().getJsonObject("extensions");
                    if (extensions != null && "THROTTLED".equals(extensions.getString("code", ""))) {
                        throw new MarketplaceFault.Throttled(MarketplaceFault.THROTTLED_DEFAULT);
                    }
                }
                throw new MarketplaceFault.Refused("GraphQL errors: " + body.getJsonArray("errors"));
            }
            return body.getJsonObject("data");
        } catch (WebApplicationException e) {
            throw MarketplaceFault.of(e.getResponse());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from " + target.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    static JsonObject read(String body) {
        return JSON.createReader(new StringReader(body)).readObject();
    }

    private ShopifyAdminApi client(String baseUrl) {
        return clients.computeIfAbsent(baseUrl, url -> RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .build(ShopifyAdminApi.class));
    }
}
