package org.omnistock.marketplace.control;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * Calls to an Amazon-SP-API-shaped marketplace, each with MicroProfile Fault Tolerance as {@link ShopifyCalls}'
 * are: a timeout, two quick retries of what may be retried, a circuit breaker, a bulkhead. A 429 is
 * {@link MarketplaceFault.Throttled}; what is created (a feed) is not retried. The access token comes with the
 * target ({@link AmazonLogin}); one Amazon refuses is forgotten, so the next call has a new one.
 */
@ApplicationScoped
public class AmazonCalls {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, AmazonSpApi> clients = new ConcurrentHashMap<>();

    @Inject
    AmazonLogin login;

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public OrderPolls.Page orders(ApiTarget target, String marketplaceId, Instant updatedAfter,
                             String nextToken) {
        JsonObject payload = call(target, api -> api.orders(target.token(), marketplaceId,
                nextToken == null ? updatedAfter.toString() : null, 100, nextToken)).getJsonObject("payload");
        return new OrderPolls.Page(payload.getJsonArray("Orders").getValuesAs(JsonObject.class),
                payload.containsKey("NextToken") && !payload.isNull("NextToken") ? payload.getString("NextToken")
                        : null);
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public List<JsonObject> orderItems(ApiTarget target, String orderId) {
        return call(target, api -> api.orderItems(target.token(), orderId)).getJsonObject("payload")
                .getJsonArray("OrderItems").getValuesAs(JsonObject.class);
    }

    /**
     * Confirms the order's items shipped in one package, with the carrier and tracking number; not retried (Amazon
     * refuses a confirmation it has, and the next round asks again only what is still pending).
     */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public void confirmShipment(ApiTarget target, String marketplaceId, String orderId, String packageId,
                                String carrier, String trackingNumber, Instant shippedAt, List<JsonObject> items) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        items.forEach(item -> lines.add(JSON.createObjectBuilder().add("orderItemId", item.getString("OrderItemId"))
                .add("quantity", item.getInt("QuantityOrdered"))));
        JsonObjectBuilder detail = JSON.createObjectBuilder().add("packageReferenceId", packageId)
                .add("carrierCode", carrier == null ? "Other" : carrier).add("shipDate", shippedAt.toString())
                .add("orderItems", lines);
        if (trackingNumber != null) {
            detail.add("trackingNumber", trackingNumber);
        }
        String body = JSON.createObjectBuilder().add("marketplaceId", marketplaceId).add("packageDetail", detail)
                .build().toString();
        try (Response response = client(target.baseUrl()).confirmShipment(target.token(), orderId, body)) {
            response.getStatus();
        } catch (WebApplicationException e) {
            throw fault(target, e);
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from " + target.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A feed: a feed document made for its content type, the content put at its address, the feed created.
     *
     * @param contentType {@code application/json; charset=UTF-8} (listings) or {@code text/xml; charset=UTF-8}
     *                    (order feeds)
     * @return the feed's id
     */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public String submitFeed(ApiTarget target, String marketplaceId, String feedType, String contentType,
                             String content) {
        boolean xml = contentType.startsWith("text/xml");
        JsonObject document = call(target, api -> api.createFeedDocument(target.token(), JSON.createObjectBuilder()
                .add("contentType", contentType).build().toString()));
        try (AmazonSpApi.Document upload = document(document.getString("url"));
             Response uploaded = xml ? upload.uploadXml(content) : upload.uploadJson(content)) {
            uploaded.getStatus();
        } catch (WebApplicationException e) {
            throw MarketplaceFault.of(e.getResponse());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("the feed document could not be uploaded: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new MarketplaceFault.Unavailable("the feed document's client could not be closed", e);
        }
        return call(target, api -> api.createFeed(target.token(), JSON.createObjectBuilder()
                .add("feedType", feedType)
                .add("marketplaceIds", JSON.createArrayBuilder().add(marketplaceId))
                .add("inputFeedDocumentId", document.getString("feedDocumentId")).build().toString()))
                .getString("feedId");
    }

    /** The feed's state: its {@code processingStatus} and, once DONE, its {@code resultFeedDocumentId}. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public JsonObject feed(ApiTarget target, String feedId) {
        return call(target, api -> api.feed(target.token(), feedId));
    }

    /** A feed's processing report as Amazon wrote it (JSON for a listings feed, XML for an order feed). */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public String report(ApiTarget target, String documentId) {
        String url = call(target, api -> api.feedDocument(target.token(), documentId)).getString("url");
        try (AmazonSpApi.Document document = document(url); Response report = document.download()) {
            return report.readEntity(String.class);
        } catch (WebApplicationException e) {
            throw MarketplaceFault.of(e.getResponse());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("the feed's report could not be read: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new MarketplaceFault.Unavailable("the report's client could not be closed", e);
        }
    }

    /** The listing's fulfillment availability; null when the marketplace has no such listing. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    @Bulkhead(4)
    public Long availability(ApiTarget target, String sellerId, String marketplaceId, String sku) {
        try {
            JsonObject listing = call(target, api -> api.listing(target.token(), sellerId, sku, marketplaceId,
                    "fulfillmentAvailability"));
            return listing.getJsonArray("fulfillmentAvailability").getValuesAs(JsonObject.class).stream()
                    .filter(a -> "DEFAULT".equals(a.getString("fulfillmentChannelCode", "")))
                    .map(a -> a.getJsonNumber("quantity").longValue()).findFirst().orElse(null);
        } catch (MarketplaceFault.Refused notThere) {
            return null;
        }
    }

    private JsonObject call(ApiTarget target, Function<AmazonSpApi, Response> request) {
        try (Response response = request.apply(client(target.baseUrl()))) {
            return ShopifyCalls.read(response.readEntity(String.class));
        } catch (WebApplicationException e) {
            throw fault(target, e);
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from " + target.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    /** What the answer means; an access token Amazon refused is not used again. */
    private MarketplaceFault fault(ApiTarget target, WebApplicationException e) {
        MarketplaceFault fault = MarketplaceFault.of(e.getResponse());
        if (fault instanceof MarketplaceFault.Unauthorized) {
            login.forget(target.code());
        }
        return fault;
    }

    private AmazonSpApi client(String baseUrl) {
        return clients.computeIfAbsent(baseUrl, url -> RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(AmazonSpApi.class));
    }

    private static AmazonSpApi.Document document(String url) {
        return RestClientBuilder.newBuilder().baseUri(URI.create(url)).connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS).build(AmazonSpApi.Document.class);
    }
}
