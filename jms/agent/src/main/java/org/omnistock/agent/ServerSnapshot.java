package org.omnistock.agent;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.catalog.CatalogItem;
import org.omnistock.messages.pricing.PriceEntry;
import org.omnistock.messages.pricing.PriceScope;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.messages.stock.LatestStock;
import org.omnistock.messages.stock.StockChanged;
import org.omnistock.messages.tax.Jurisdiction;
import org.omnistock.messages.tax.TaxClass;
import org.omnistock.messages.tax.TaxRate;
import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxRules;
import org.omnistock.messages.tax.TaxScheme;

/**
 * What the server holds now, read over its REST API with the store's API client: price lists, promotions and SKUs (the
 * durable subscriptions bring every change from the moment they were made, this brings what was recorded before;
 * see {@link PriceBook#load}) and the store's stock levels (each with its sequence, so a stale level never wins over
 * an event). Read after the subscriptions exist, so nothing falls between the two.
 */
final class ServerSnapshot {

    private static final int PAGE = 500;

    private final URI api;
    private final String client;
    private final String secret;
    private final String priceZone;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerSnapshot(URI api, String client, String secret, String priceZone) {
        this.api = api;
        this.client = client;
        this.secret = secret;
        this.priceZone = priceZone;
    }

    /**
     * Loads every price list a till of this store may price by (no channel; every zone or its own), every promotion,
     * the catalog, the tax rules and where the store supplies from, and the stock levels of the locations the
     * store's client may read (its own; a neighbour's levels come with their events), with one token.
     *
     * @param locations the store first, then the neighbours it watches
     * @return the locations whose stock was loaded
     */
    List<String> load(PriceBook book, ItemMaster items, TaxBook taxes, LatestStock stock, List<String> locations)
            throws IOException, InterruptedException {
        String token = token();
        loadPrices(token, book);
        loadCatalog(token, items);
        loadTax(token, taxes, locations.get(0));
        return loadStock(token, stock, locations);
    }

    /** Every SKU with its barcodes, a page at a time; each joins the item master unless a newer one is held. */
    private void loadCatalog(String token, ItemMaster items) throws IOException, InterruptedException {
        for (int page = 0; ; page++) {
            JsonArray skus = ((JsonObject) get(token, "/api/v1/skus?size=" + PAGE + "&page=" + page))
                    .getJsonArray("items");
            List<CatalogItem> loaded = new ArrayList<>();
            for (JsonValue value : skus) {
                JsonObject sku = value.asJsonObject();
                loaded.add(new CatalogItem(sku.getString("code"), sku.getString("name"), text(sku, "category"),
                        sku.getJsonArray("barcodes").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString).toList(),
                        sku.getJsonNumber("sequence").longValue(), text(sku, "taxClass") == null ? null
                        : TaxClass.valueOf(sku.getString("taxClass")), text(sku, "hsnCode")));
            }
            items.load(loaded);
            if (skus.size() < PAGE) {
                return;
            }
        }
    }

    /** The tax rules (every jurisdiction and rate, ended ones too) and where the store supplies from. */
    private void loadTax(String token, TaxBook taxes, String store) throws IOException, InterruptedException {
        JsonObject rules = (JsonObject) get(token, "/api/v1/tax/rules");
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (JsonValue value : rules.getJsonArray("jurisdictions")) {
            JsonObject j = value.asJsonObject();
            jurisdictions.add(new Jurisdiction(j.getString("country"), TaxScheme.valueOf(j.getString("scheme")),
                    TaxRounding.valueOf(j.getString("rounding"))));
        }
        List<TaxRate> rates = new ArrayList<>();
        for (JsonValue value : rules.getJsonArray("rates")) {
            JsonObject r = value.asJsonObject();
            rates.add(new TaxRate(r.getString("country"), text(r, "region"), TaxClass.valueOf(r.getString("taxClass")),
                    text(r, "hsnPrefix"), r.getJsonNumber("percent").bigDecimalValue(), r.getString("name"),
                    instant(r, "validFrom"), instant(r, "validTo")));
        }
        JsonObject location = (JsonObject) get(token, "/api/v1/locations/" + URLEncoder.encode(store,
                StandardCharsets.UTF_8));
        taxes.load(new TaxRules(jurisdictions, rates), text(location, "country"), text(location, "region"));
    }

    private void loadPrices(String token, PriceBook book) throws IOException, InterruptedException {
        for (JsonValue value : (JsonArray) get(token, "/api/v1/price-lists")) {
            JsonObject list = value.asJsonObject();
            String zone = text(list, "priceZone");
            if (text(list, "channel") != null || (zone != null && !zone.equals(priceZone))) {
                continue;
            }
            String code = list.getString("code");
            PriceScope scope = new PriceScope(code, list.getString("currency"), null, zone,
                    text(list, "customerGroup"), list.getInt("priority"), instant(list, "validFrom"),
                    instant(list, "validTo"), list.getBoolean("pricesIncludeTax", true));
            List<PriceEntry> entries = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonObject prices = (JsonObject) get(token, "/api/v1/price-lists/"
                        + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/prices?size=" + PAGE + "&page=" + page);
                JsonArray items = prices.getJsonArray("items");
                for (JsonValue item : items) {
                    JsonObject price = item.asJsonObject();
                    entries.add(new PriceEntry(price.getString("sku"), price.getJsonNumber("amount")
                            .bigDecimalValue(), price.getInt("minQuantity"), instant(price, "effectiveFrom")));
                }
                if (items.size() < PAGE) {
                    break;
                }
            }
            book.load(scope, list.getJsonNumber("sequence").longValue(), entries);
        }
        for (JsonValue value : (JsonArray) get(token, "/api/v1/promotions")) {
            JsonObject promotion = value.asJsonObject();
            book.load(JsonCodec.fromJson(promotion.getJsonObject("rule").toString(), PromotionRule.class),
                    promotion.getJsonNumber("sequence").longValue(), promotion.getBoolean("withdrawn"));
        }
    }

    private List<String> loadStock(String token, LatestStock stock, List<String> locations)
            throws IOException, InterruptedException {
        List<String> loaded = new ArrayList<>();
        for (String location : locations) {
            for (int page = 0; ; page++) {
                HttpResponse<String> reply = send(token, "/api/v1/locations/"
                        + URLEncoder.encode(location, StandardCharsets.UTF_8) + "/stock?size=" + PAGE + "&page=" + page);
                if (reply.statusCode() == 403) {
                    break;
                }
                JsonArray items = ((JsonObject) parse(body(reply, location))).getJsonArray("items");
                for (JsonValue item : items) {
                    JsonObject level = item.asJsonObject();
                    stock.apply(new StockChanged(StockChanged.SCHEMA_VERSION, null, level.getString("sku"), location,
                            number(level, "onHand"), number(level, "reserved"), number(level, "available"),
                            number(level, "sequence"), null, instant(level, "updatedAt"), number(level, "safetyStock"),
                            number(level, "damaged"), number(level, "qualityControl"), null, number(level, "incoming")));
                }
                if (items.size() < PAGE) {
                    loaded.add(location);
                    break;
                }
            }
        }
        return loaded;
    }

    private static long number(JsonObject object, String name) {
        return object.containsKey(name) ? object.getJsonNumber(name).longValue() : 0;
    }

    private String token() throws IOException, InterruptedException {
        HttpResponse<String> reply = ApiToken.request(http, api, client, secret, "read", null);
        if (reply.statusCode() != 200) {
            throw new IOException("no token for API client " + client + ": " + reply.statusCode() + " "
                    + reply.body());
        }
        return ApiToken.of(reply);
    }

    private JsonStructure get(String token, String path) throws IOException, InterruptedException {
        return parse(body(send(token, path), path));
    }

    private HttpResponse<String> send(String token, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(HttpResponse<String> reply, String what) throws IOException {
        if (reply.statusCode() != 200) {
            throw new IOException("GET " + what + ": " + reply.statusCode() + " " + reply.body());
        }
        return reply.body();
    }

    private static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private static String text(JsonObject object, String name) {
        return object.containsKey(name) && !object.isNull(name) ? object.getString(name) : null;
    }

    private static Instant instant(JsonObject object, String name) {
        String text = text(object, name);
        return text == null ? null : Instant.parse(text);
    }
}
