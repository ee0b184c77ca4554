package org.omnistock.marketplace.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.omnistock.fulfilment.boundary.FulfilmentView;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.marketplace.entity.MarketplaceListing;

/**
 * The Shopify-shaped connector (marketplace package documentation): polls orders page by page into the order
 * intake, pushes what is due, stock as absolute figures with compare-and-set and prices per product, and confirms
 * shipped orders with their tracking. Every call first takes a token of the account's bucket; a throttling answer
 * empties the bucket for as long as asked.
 */
@ApplicationScoped
public class ShopifyConnector implements MarketplaceConnector {

    static final int PUSH_BATCH = 100;
    /**
     * Prices go one product a call: a round takes this many products and ends, so that a figure that became due
     * meanwhile waits for a few calls at most, not for a hundred (50 s at Shopify's 2 calls per second, B10 push).
     */
    static final int PRICED_PRODUCTS_PER_ROUND = 4;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String SET_QUANTITIES = "mutation inventorySetQuantities($input: "
            + "InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) { userErrors { code field "
            + "message } } }";
    private static final String READ_QUANTITIES = "query inventoryLevels($ids: [ID!]!, $location: ID!) { "
            + "nodes(ids: $ids) { ... on InventoryItem { id inventoryLevel(locationId: $location) { "
            + "quantities(names: [\"available\"]) { name quantity } } } } }";
    private static final String SET_PRICES = "mutation productVariantsBulkUpdate($productId: ID!, $variants: "
            + "[ProductVariantsBulkInput!]!) { productVariantsBulkUpdate(productId: $productId, variants: "
            + "$variants) { userErrors { code field message } } }";

    @Inject
    ShopifyCalls calls;

    @Inject
    MarketplaceState state;

    @Inject
    MarketplaceOrders importer;

    @Inject
    Quotas quotas;

    @Inject
    Confirmations confirmations;

    @Override
    public MarketplaceAccount.Kind kind() {
        return MarketplaceAccount.Kind.SHOPIFY;
    }

    /** Page by page; the cursor moves after every page to the newest update it got through. */
    @Override
    public Polled poll(MarketplaceAccount account, Instant since, boolean moveCursor) {
        ApiTarget target = state.target(account);
        return OrderPolls.poll(state, account, moveCursor, cursor -> {
            quota(account);
            return quotas.unlessThrottled(account, account.getCode(), () -> calls.orders(target, since, cursor));
        }, json -> importer.importOrder(account, ShopifyOrders.read(json)) == MarketplaceOrders.Outcome.PLACED,
                ShopifyOrders::updatedAt);
    }

    @Override
    public int push(MarketplaceAccount account) {
        List<MarketplaceState.Due> due = state.due(account, PUSH_BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        ApiTarget target = state.target(account);
        List<MarketplaceState.Due> stock = due.stream().filter(MarketplaceState.Due::stockDue).toList();
        if (!stock.isEmpty()) {
            // Figures first, a batch a call: prices go once no figure waits.
            pushStock(account, target, stock);
            return due.size();
        }
        Map<String, List<MarketplaceState.Due>> byProduct = new LinkedHashMap<>();
        for (MarketplaceState.Due listing : due) {
            if (listing.priceDue() && (byProduct.size() < PRICED_PRODUCTS_PER_ROUND
                    || byProduct.containsKey(listing.productId()))) {
                byProduct.computeIfAbsent(listing.productId(), p -> new ArrayList<>()).add(listing);
            }
        }
        for (List<MarketplaceState.Due> variants : byProduct.values()) {
            if (!pushPrices(account, target, variants)) {
                break;
            }
        }
        state.pushed(account.getId());
        return due.size();
    }

    /**
     * Confirms on the marketplace the orders shipped here in full: their open fulfillment orders fulfilled, with
     * every tracking number of the order's shipments and the carrier. An order with none open there was fulfilled
     * there already. Shopify has no acknowledgement of an order.
     *
     * @return how many were confirmed
     */
    @Override
    public int confirm(MarketplaceAccount account) {
        return confirmations.confirmEach(account, MarketplaceState.Step.SHIP, account.getCode(), (shipment, order) -> {
            ApiTarget target = state.target(account);
            List<FulfilmentView> shipped = order.fulfilments().stream()
                    .filter(f -> f.status() == FulfilmentStatus.SHIPPED).toList();
            List<String> tracking = shipped.stream().map(FulfilmentView::trackingNumber)
                    .filter(Objects::nonNull).toList();
            String carrier = shipped.stream().map(FulfilmentView::carrier).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            quota(account);
            List<Long> open = calls.openFulfillmentOrders(target, shipment.externalId());
            if (!open.isEmpty()) {
                quota(account);
                calls.fulfil(target, open, tracking, carrier);
            }
        });
    }

    /** @return true when the batch must wait (throttled, or the marketplace is away) */
    private boolean pushStock(MarketplaceAccount account, ApiTarget target,
                              List<MarketplaceState.Due> listings) {
        List<MarketplaceState.Due> unknown = listings.stream().filter(l -> l.pushed() == null).toList();
        Map<Long, Long> compare = new HashMap<>();
        listings.forEach(l -> compare.put(l.id(), l.pushed()));
        if (!unknown.isEmpty()) {
            Map<String, Long> remote = readQuantities(account, target, unknown);
            if (remote == null) {
                return true;
            }
            unknown.forEach(l -> compare.put(l.id(), remote.getOrDefault(l.inventoryItemId(), 0L)));
        }
        JsonArrayBuilder quantities = JSON.createArrayBuilder();
        for (MarketplaceState.Due listing : listings) {
            quantities.add(JSON.createObjectBuilder().add("inventoryItemId", listing.inventoryItemId())
                    .add("locationId", account.getRemoteLocationId())
                    .add("quantity", Math.max(0, listing.wanted()))
                    .add("compareQuantity", compare.get(listing.id())));
        }
        JsonObject input = JSON.createObjectBuilder().add("input", JSON.createObjectBuilder()
                .add("name", "available").add("reason", "correction")
                .add("referenceDocumentUri", "omnistock://channel/" + account.getChannelCode())
                .add("quantities", quantities)).build();
        quota(account);
        JsonObject data = quotas.unlessThrottled(account, account.getCode(),
                () -> calls.graphql(target, SET_QUANTITIES, input));
        if (data == null) {
            return true;
        }
        List<JsonObject> errors = data.getJsonObject("inventorySetQuantities").getJsonArray("userErrors")
                .getValuesAs(JsonObject.class);
        if (errors.isEmpty()) {
            listings.forEach(l -> state.stockSet(l.id(), Math.max(0, l.wanted())));
            state.pushed(account.getId());
            return false;
        }
        List<MarketplaceState.Due> stale = new ArrayList<>();
        for (JsonObject error : errors) {
            MarketplaceState.Due listing = listings.get(indexOf(error));
            if ("COMPARE_QUANTITY_STALE".equals(error.getString("code", ""))) {
                stale.add(listing);
            } else {
                state.listingFailed(listing.id(), error.getString("code", "") + ": " + error.getString("message", ""));
            }
        }
        if (!stale.isEmpty()) {
            Map<String, Long> remote = readQuantities(account, target, stale);
            if (remote == null) {
                return true;
            }
            stale.forEach(l -> state.stockConflict(account.getId(), l.id(), remote.get(l.inventoryItemId())));
        }
        return false;
    }

    /** The quantities index of a user error: its field is {@code ["input", "quantities", "<i>", ...]}. */
    private static int indexOf(JsonObject error) {
        List<JsonValue> field = error.getJsonArray("field");
        return Integer.parseInt(((JsonString) field.get(2)).getString());
    }

    /** Read by inventory item, in batches within the quota. */
    @Override
    public Map<String, Long> figures(MarketplaceAccount account, List<MarketplaceListing> listings) {
        ApiTarget target = state.target(account);
        Map<String, Long> figures = new HashMap<>();
        for (int from = 0; from < listings.size(); from += PUSH_BATCH) {
            List<MarketplaceState.Due> batch = listings.subList(from, Math.min(listings.size(), from + PUSH_BATCH))
                    .stream().map(l -> new MarketplaceState.Due(l.getId(), l.getSku(), null, null,
                            l.getInventoryItemId(), null, null, false, null, false)).toList();
            Map<String, Long> read = readQuantities(account, target, batch);
            if (read == null) {
                throw new MarketplaceFault.Throttled(Duration.ofSeconds(1));
            }
            batch.stream().filter(l -> read.containsKey(l.inventoryItemId()))
                    .forEach(l -> figures.put(l.sku(), read.get(l.inventoryItemId())));
        }
        return figures;
    }

    /** The marketplace's available figures of these listings' items; null when it could not be asked now. */
    private Map<String, Long> readQuantities(MarketplaceAccount account, ApiTarget target,
                                             List<MarketplaceState.Due> listings) {
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        listings.forEach(l -> ids.add(l.inventoryItemId()));
        JsonObject variables = JSON.createObjectBuilder().add("ids", ids)
                .add("location", account.getRemoteLocationId()).build();
        quota(account);
        JsonObject data = quotas.unlessThrottled(account, account.getCode(),
                () -> calls.graphql(target, READ_QUANTITIES, variables));
        if (data == null) {
            return null;
        }
        Map<String, Long> figures = new HashMap<>();
        for (JsonValue node : data.getJsonArray("nodes")) {
            if (node.getValueType() != JsonValue.ValueType.OBJECT || node.asJsonObject().isNull("inventoryLevel")) {
                continue;
            }
            JsonObject item = node.asJsonObject();
            for (JsonValue quantity : item.getJsonObject("inventoryLevel").getJsonArray("quantities")) {
                figures.put(item.getString("id"), quantity.asJsonObject().getJsonNumber("quantity").longValue());
            }
        }
        return figures;
    }

    /** @return false when the rest must wait */
    private boolean pushPrices(MarketplaceAccount account, ApiTarget target,
                               List<MarketplaceState.Due> variants) {
        JsonArrayBuilder changes = JSON.createArrayBuilder();
        List<MarketplaceState.Due> priced = new ArrayList<>();
        for (MarketplaceState.Due variant : variants) {
            if (variant.price() == null) {
                state.priceSet(variant.id(), null);
                continue;
            }
            changes.add(JSON.createObjectBuilder().add("id", variant.variantId())
                    .add("price", variant.price().toPlainString()));
            priced.add(variant);
        }
        if (priced.isEmpty()) {
            return true;
        }
        JsonObject variables = JSON.createObjectBuilder().add("productId", variants.get(0).productId())
                .add("variants", changes).build();
        quota(account);
        JsonObject data = quotas.unlessThrottled(account, account.getCode(),
                () -> calls.graphql(target, SET_PRICES, variables));
        if (data == null) {
            return false;
        }
        List<JsonObject> errors = data.getJsonObject("productVariantsBulkUpdate").getJsonArray("userErrors")
                .getValuesAs(JsonObject.class);
        if (!errors.isEmpty()) {
            priced.forEach(v -> state.listingFailed(v.id(), "price refused: " + errors));
            return true;
        }
        priced.forEach(v -> state.priceSet(v.id(), v.price()));
        return true;
    }

    /** Shopify sets one quota per account. */
    private void quota(MarketplaceAccount account) {
        quotas.take(account.getCode(), account.getRequestsPerSecond().doubleValue(), account.getBurst());
    }
}
