package org.omnistock.marketplace.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import org.omnistock.access.boundary.Access;
import org.omnistock.fulfilment.boundary.FulfilmentView;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.marketplace.entity.MarketplaceListing;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.order.boundary.Orders;

/**
 * The Amazon-SP-API-shaped connector (marketplace package documentation): orders polled with {@code getOrders}
 * (within the account's quota for it: Amazon's 0.0167 calls per second, burst 20) and their items with
 * {@code getOrderItems} (0.5, 30), skipping those already here; figures and prices sent as JSON listings feeds,
 * as many listings as are due in one feed, within the listings feed quota (5 per 5 minutes) and {@code createFeed}'s
 * (0.0083 per second, burst 15, every feed type), the feed followed until Amazon has processed it and its report
 * read for the messages it refused. Amazon has no compare-and-set: a feed sets absolute figures, the newest the
 * platform has. Orders imported here are acknowledged in an XML order acknowledgement feed, within
 * {@code createFeed}'s quota; orders shipped here in full are confirmed with {@code confirmShipment}.
 */
@ApplicationScoped
public class AmazonConnector implements MarketplaceConnector {

    static final int FEED_BATCH = 1_000;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Duration FEED_PATIENCE = Duration.ofMinutes(2);

    @Inject
    AmazonCalls calls;

    @Inject
    MarketplaceState state;

    @Inject
    MarketplaceOrders importer;

    @Inject
    Orders orders;

    @Inject
    Quotas quotas;

    @Inject
    Confirmations confirmations;

    @Inject
    AmazonLogin login;

    @Override
    public MarketplaceAccount.Kind kind() {
        return MarketplaceAccount.Kind.AMAZON;
    }

    @Override
    public Polled poll(MarketplaceAccount account, Instant since, boolean moveCursor) {
        ApiTarget target = login.target(account);
        return OrderPolls.poll(state, account, moveCursor, token -> {
            quotas.take(account.getCode() + ":getOrders", account.getRequestsPerSecond().doubleValue(),
                    account.getBurst());
            return quotas.unlessThrottled(account, account.getCode() + ":getOrders",
                    () -> calls.orders(target, account.getRemoteLocationId(), since, token));
        }, order -> AmazonOrders.ready(order) && importOne(account, target, order), AmazonOrders::updatedAt);
    }

    /** Imports or cancels the order; its items are asked for only when it is new here. */
    private boolean importOne(MarketplaceAccount account, ApiTarget target, JsonObject order) {
        String id = order.getString("AmazonOrderId");
        Optional<OrderView> here = Access.asSystem(() -> orders.findByExternalId(account.getChannelCode(), id));
        boolean cancelled = "Canceled".equals(order.getString("OrderStatus", ""));
        if (here.isPresent() && !cancelled) {
            return false;
        }
        List<JsonObject> items = List.of();
        if (!cancelled) {
            quotas.take(account.getCode() + ":getOrderItems", 0.5, 30);
            items = calls.orderItems(target, id);
        }
        RemoteOrder remote = AmazonOrders.read(order, items, account.getDefaultLatitude(),
                account.getDefaultLongitude());
        return importer.importOrder(account, remote) == MarketplaceOrders.Outcome.PLACED;
    }

    @Override
    public int push(MarketplaceAccount account) {
        List<MarketplaceState.Due> due = state.due(account, FEED_BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        ApiTarget target = login.target(account);
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        for (int i = 0; i < due.size(); i++) {
            messages.add(message(account, i + 1, due.get(i)));
        }
        String content = JSON.createObjectBuilder().add("header", JSON.createObjectBuilder()
                        .add("sellerId", account.getRemoteSellerId()).add("version", "2.0").add("issueLocale", "en_US"))
                .add("messages", messages).build().toString();
        quotas.take(account.getCode() + ":listingsFeed", 5.0 / 300, 5);
        String report = submitAndFollow(account, target, "JSON_LISTINGS_FEED", "application/json; charset=UTF-8",
                content);
        if (report == null) {
            return 0;
        }
        Map<Integer, String> refused = new HashMap<>();
        for (JsonObject issue : ShopifyCalls.read(report).getJsonArray("issues").getValuesAs(JsonObject.class)) {
            if ("ERROR".equals(issue.getString("severity", ""))) {
                refused.merge(issue.getInt("messageId"), issue.getString("code", "") + ": "
                        + issue.getString("message", ""), (a, b) -> a + "; " + b);
            }
        }
        for (int i = 0; i < due.size(); i++) {
            MarketplaceState.Due listing = due.get(i);
            String error = refused.get(i + 1);
            if (error != null) {
                state.listingFailed(listing.id(), error);
                continue;
            }
            if (listing.stockDue()) {
                state.stockSet(listing.id(), Math.max(0, listing.wanted()));
            }
            if (listing.priceDue()) {
                state.priceSet(listing.id(), listing.price());
            }
        }
        state.pushed(account.getId());
        return due.size();
    }

    /** A PATCH of the listing: its figure where a stock push is due, its price where a price push is. */
    private static JsonObject message(MarketplaceAccount account, int id, MarketplaceState.Due listing) {
        JsonArrayBuilder patches = JSON.createArrayBuilder();
        if (listing.stockDue()) {
            patches.add(JSON.createObjectBuilder().add("op", "replace")
                    .add("path", "/attributes/fulfillment_availability")
                    .add("value", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                            .add("fulfillment_channel_code", "DEFAULT")
                            .add("quantity", Math.max(0, listing.wanted())))));
        }
        if (listing.priceDue() && listing.price() != null) {
            patches.add(JSON.createObjectBuilder().add("op", "replace").add("path", "/attributes/purchasable_offer")
                    .add("value", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                            .add("marketplace_id", account.getRemoteLocationId()).add("currency", "EUR")
                            .add("our_price", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                    .add("schedule", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                            .add("value_with_tax", listing.price()))))))));
        }
        return JSON.createObjectBuilder().add("messageId", id).add("sku", listing.variantId())
                .add("operationType", "PATCH").add("productType", "PRODUCT").add("patches", patches).build();
    }

    /**
     * Submits a feed within the quotas of {@code createFeedDocument} (0.5 per second, burst 15) and
     * {@code createFeed} (0.0083, burst 15, every feed type) and follows it until Amazon has processed it.
     *
     * @return its processing report, or null: throttled, or not processed (in time or at all); what it carried is
     *         sent again in a later round
     */
    private String submitAndFollow(MarketplaceAccount account, ApiTarget target, String feedType,
                                   String contentType, String content) {
        String bucket = account.getCode() + ":createFeed";
        quotas.take(account.getCode() + ":createFeedDocument", 0.5, 15);
        quotas.take(bucket, 0.0083, 15);
        String feedId = quotas.unlessThrottled(account, bucket, () -> calls.submitFeed(target,
                account.getRemoteLocationId(), feedType, contentType, content));
        if (feedId == null) {
            return null;
        }
        long deadline = System.nanoTime() + FEED_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            quotas.take(account.getCode() + ":getFeed", 2, 15);
            JsonObject feed = quotas.unlessThrottled(account, account.getCode() + ":getFeed",
                    () -> calls.feed(target, feedId));
            String status = feed == null ? "" : feed.getString("processingStatus", "");
            if ("DONE".equals(status)) {
                quotas.take(account.getCode() + ":getFeedDocument", 0.0222, 10);
                return calls.report(target, feed.getString("resultFeedDocumentId"));
            }
            if ("CANCELLED".equals(status) || "FATAL".equals(status)) {
                state.failed(account.getId(), feedType + " feed " + feedId + " " + status
                        + ": what it carried is sent again");
                return null;
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        state.failed(account.getId(), feedType + " feed " + feedId + " not processed within " + FEED_PATIENCE
                + ": what it carried is sent again");
        return null;
    }

    /**
     * Acknowledges the orders imported here (one feed for all that wait; Amazon takes a second acknowledgement of
     * an order as the first), then confirms those shipped here in full: one package with every item, the first
     * shipment's carrier and tracking number (Amazon takes one per package), the items read again for their ids.
     */
    @Override
    public int confirm(MarketplaceAccount account) {
        int acknowledged = acknowledge(account);
        return acknowledged + confirmations.confirmEach(account, MarketplaceState.Step.SHIP,
                account.getCode() + ":confirmShipment", (shipment, order) -> {
                    ApiTarget target = login.target(account);
                    FulfilmentView shipped = order.fulfilments().stream()
                            .filter(f -> f.status() == FulfilmentStatus.SHIPPED).findFirst().orElse(null);
                    quotas.take(account.getCode() + ":getOrderItems", 0.5, 30);
                    List<JsonObject> items = calls.orderItems(target, shipment.externalId());
                    quotas.take(account.getCode() + ":confirmShipment", 2, 10);
                    calls.confirmShipment(target, account.getRemoteLocationId(), shipment.externalId(),
                            order.number(), shipped == null ? null : shipped.carrier(),
                            shipped == null ? null : shipped.trackingNumber(),
                            shipped == null ? order.placedAt() : shipped.updatedAt(), items);
                });
    }

    private int acknowledge(MarketplaceAccount account) {
        List<MarketplaceState.Confirmation> due = state.confirmationsDue(account, MarketplaceState.Step.ACKNOWLEDGE,
                FEED_BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        ApiTarget target = login.target(account);
        String feed = AmazonAcknowledgements.feed(account.getRemoteSellerId(), due.stream()
                .map(c -> new AmazonAcknowledgements.Acknowledgement(c.externalId(), c.orderNumber())).toList());
        String report = submitAndFollow(account, target, AmazonAcknowledgements.FEED_TYPE,
                AmazonAcknowledgements.CONTENT_TYPE, feed);
        if (report == null) {
            return 0;
        }
        Map<Integer, String> refused = AmazonAcknowledgements.errors(report);
        for (int i = 0; i < due.size(); i++) {
            String error = refused.get(i + 1);
            if (error == null) {
                state.confirmed(due.get(i).id());
            } else {
                state.confirmationFailed(due.get(i), "acknowledgement refused: " + error, true);
            }
        }
        return due.size() - refused.size();
    }

    @Override
    public Map<String, Long> figures(MarketplaceAccount account, List<MarketplaceListing> listings) {
        ApiTarget target = login.target(account);
        Map<String, Long> figures = new HashMap<>();
        for (MarketplaceListing listing : listings) {
            quotas.take(account.getCode() + ":getListingsItem", 5, 10);
            Long figure = calls.availability(target, account.getRemoteSellerId(), account.getRemoteLocationId(),
                    listing.getVariantId());
            if (figure != null) {
                figures.put(listing.getSku(), figure);
            }
        }
        return figures;
    }
}
