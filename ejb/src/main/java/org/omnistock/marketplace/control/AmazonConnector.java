package org.omnistock.marketplace.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
 * as many listings as are due in one feed, within the feed quota (5 feeds per 5 minutes), the feed followed until
 * Amazon has processed it and its report read for the messages it refused. Amazon has no compare-and-set: a feed
 * sets absolute figures, the newest the platform has. Orders shipped here in full are confirmed with
 * {@code confirmShipment}.
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

    @Override
    public MarketplaceAccount.Kind kind() {
        return MarketplaceAccount.Kind.AMAZON;
    }

    @Override
    public Polled poll(MarketplaceAccount account, Instant since, boolean moveCursor) {
        ApiTarget target = state.target(account);
        return OrderPolls.poll(state, account, moveCursor, token -> {
            quotas.take(account.getCode() + ":getOrders", account.getRequestsPerSecond().doubleValue(),
                    account.getBurst());
            return throttled(account, "getOrders", () -> calls.orders(target, account.getRemoteLocationId(), since,
                    token));
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
        ApiTarget target = state.target(account);
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        for (int i = 0; i < due.size(); i++) {
            messages.add(message(account, i + 1, due.get(i)));
        }
        String content = JSON.createObjectBuilder().add("header", JSON.createObjectBuilder()
                        .add("sellerId", account.getRemoteSellerId()).add("version", "2.0").add("issueLocale", "en_US"))
                .add("messages", messages).build().toString();
        quotas.take(account.getCode() + ":createFeed", 5.0 / 300, 5);
        String feedId = throttled(account, "createFeed", () -> calls.submitListingsFeed(target,
                account.getRemoteLocationId(), content));
        if (feedId == null) {
            return 0;
        }
        JsonObject report = processed(account, target, feedId);
        if (report == null) {
            return 0;
        }
        Map<Integer, String> refused = new HashMap<>();
        for (JsonObject issue : report.getJsonArray("issues").getValuesAs(JsonObject.class)) {
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

    /** Follows the feed until Amazon has processed it: its report, or null (not done in time, or not done at all). */
    private JsonObject processed(MarketplaceAccount account, ApiTarget target, String feedId) {
        long deadline = System.nanoTime() + FEED_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            quotas.take(account.getCode() + ":getFeed", 2, 15);
            JsonObject feed = throttled(account, "getFeed", () -> calls.feed(target, feedId));
            String status = feed == null ? "" : feed.getString("processingStatus", "");
            if ("DONE".equals(status)) {
                quotas.take(account.getCode() + ":getFeedDocument", 0.0222, 10);
                return calls.report(target, feed.getString("resultFeedDocumentId"));
            }
            if ("CANCELLED".equals(status) || "FATAL".equals(status)) {
                state.failed(account.getId(), "feed " + feedId + " " + status + ": its listings are sent again");
                return null;
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        state.failed(account.getId(), "feed " + feedId + " not processed within " + FEED_PATIENCE
                + ": its listings are sent again");
        return null;
    }

    /**
     * Confirms to Amazon the orders shipped here in full: one package with every item, the first shipment's carrier
     * and tracking number (Amazon takes one per package). Items are read again for their ids.
     */
    @Override
    public int confirmShipments(MarketplaceAccount account) {
        int confirmed = 0;
        ApiTarget target = state.target(account);
        for (MarketplaceState.Shipment shipment : state.shipmentsDue(account, 10)) {
            OrderView order = Access.asSystem(() -> orders.find(shipment.orderNumber())).orElse(null);
            if (order == null) {
                state.shipmentFailed(shipment, "order " + shipment.orderNumber() + " is gone", true);
                continue;
            }
            FulfilmentView shipped = order.fulfilments().stream().filter(f -> f.status() == FulfilmentStatus.SHIPPED)
                    .findFirst().orElse(null);
            try {
                quotas.take(account.getCode() + ":getOrderItems", 0.5, 30);
                List<JsonObject> items = calls.orderItems(target, shipment.externalId());
                quotas.take(account.getCode() + ":confirmShipment", 2, 10);
                calls.confirmShipment(target, account.getRemoteLocationId(), shipment.externalId(),
                        order.number(), shipped == null ? null : shipped.carrier(),
                        shipped == null ? null : shipped.trackingNumber(),
                        shipped == null ? order.placedAt() : shipped.updatedAt(), items);
                state.shipmentConfirmed(shipment.id());
                confirmed++;
            } catch (MarketplaceFault.Throttled throttled) {
                state.throttled(account.getId());
                break;
            } catch (MarketplaceFault.Refused refused) {
                state.shipmentFailed(shipment, refused.getMessage(), true);
            } catch (MarketplaceFault fault) {
                state.shipmentFailed(shipment, fault.getMessage(), false);
            }
        }
        return confirmed;
    }

    @Override
    public Map<String, Long> figures(MarketplaceAccount account, List<MarketplaceListing> listings) {
        ApiTarget target = state.target(account);
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

    /** The call's answer, or null when Amazon throttled it (that operation's bucket then waits as asked). */
    private <T> T throttled(MarketplaceAccount account, String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (MarketplaceFault.Throttled throttled) {
            quotas.pause(account.getCode() + ":" + operation, throttled.retryAfter());
            state.throttled(account.getId());
            return null;
        }
    }
}
