package org.omnistock.system;

import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document held against the API: README's calls and their usual refusals, each answer's status, media
 * type and body checked against the operation the document describes ({@link ApiContract}).
 */
class ApiDocumentIT {

    private static ApiContract contract;

    @BeforeAll
    static void theDocument() throws IOException {
        contract = ApiContract.load();
    }

    private static Api.Reply get(Api.Client client, String path) {
        Api.Reply reply = client.get(path);
        contract.check("GET", path, reply);
        return reply;
    }

    private static Api.Reply post(Api.Client client, String path, String json) {
        return post(client, path, json, null);
    }

    private static Api.Reply post(Api.Client client, String path, String json, String key) {
        Api.Reply reply = client.post(path, json, key);
        contract.check("POST", path, reply);
        return reply;
    }

    private static Api.Reply put(Api.Client client, String path, String json) {
        Api.Reply reply = client.put(path, json);
        contract.check("PUT", path, reply);
        return reply;
    }

    @Test
    void catalogStockAndReservationsAnswerAsDocumented() {
        Api.Client admin = Api.ADMIN;
        String sku = uniqueCode("DOC");
        String store = uniqueCode("DS");
        String key = uniqueCode("key");
        String newSku = "{\"code\":\"" + sku + "\",\"name\":\"Documented\",\"category\":\"Tests\"}";
        post(admin, "/api/v1/skus", newSku, key);
        post(admin, "/api/v1/skus", newSku, key);
        post(admin, "/api/v1/skus", newSku);
        post(admin, "/api/v1/skus", "{\"code\":\"\"}");
        post(admin, "/api/v1/skus", "{not json");
        post(admin, "/api/v1/locations", "{\"code\":\"" + store + "\",\"name\":\"Documented\",\"type\":\"STORE\","
                + "\"latitude\":52.37,\"longitude\":4.89}");
        get(admin, "/api/v1/skus?q=" + sku);
        get(admin, "/api/v1/skus/" + sku);
        get(admin, "/api/v1/skus/NO-SUCH-SKU");
        String barcode = Api.newBarcode();
        post(admin, "/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + barcode + "\"}");
        post(admin, "/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + barcode + "\"}");
        post(admin, "/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"12345\"}");
        get(admin, "/api/v1/barcodes/" + barcode);
        get(admin, "/api/v1/barcodes/" + Api.newBarcode());
        put(admin, "/api/v1/skus/" + sku, "{\"name\":\"Documented again\",\"category\":\"Tests\"}");
        String receipt = "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":12,\"reference\":\"PO-1\"}";
        post(admin, "/api/v1/stock/receipts", receipt, key + "-r");
        post(admin, "/api/v1/stock/receipts", receipt, key + "-r");
        post(admin, "/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":-1,\"reason\":\"DAMAGED\"}");
        post(admin, "/api/v1/stock/counts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"expectedOnHand\":99,\"countedOnHand\":5}");
        get(admin, "/api/v1/skus/" + sku + "/stock");
        get(admin, "/api/v1/locations/" + store + "/stock?page=0&size=20");
        get(admin, "/api/v1/skus/" + sku + "/movements?location=" + store);
        get(admin, "/api/v1/stock/reconciliation");
        post(admin, "/api/v1/reservations", "{\"reference\":\"doc-1\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"locationId\":\"" + store + "\",\"quantity\":2}]}");
        post(admin, "/api/v1/reservations", "{\"reference\":\"doc-2\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"locationId\":\"" + store + "\",\"quantity\":2000}]}");
        get(Api.ANONYMOUS, "/api/v1/skus/" + sku + "/stock");
        get(Api.newClient(null, null, "catalog:write"), "/api/v1/skus/" + sku + "/stock");
    }

    @Test
    void pricesPromotionsOrdersAndCustomersAnswerAsDocumented() {
        Api.Client admin = Api.ADMIN;
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("DOCO", "25.00");
        String store = OrderDesk.location("DOCO", "STORE", 52.36, 4.90, null);
        Api.receive(sku, store, 5);
        String channel = OrderDesk.channel(store);
        Api.Client shop = Api.newClient(null, channel, "read", "orders:write", "customers:read", "customers:write");
        String list = uniqueCode("DPL");
        post(admin, "/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Doc\",\"currency\":\"EUR\"}");
        post(admin, "/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku + "\",\"amount\":24.00}]");
        get(admin, "/api/v1/skus/" + sku + "/price?currency=EUR&location=" + store);
        String promotion = uniqueCode("DP").replace("-", "");
        post(admin, "/api/v1/promotions", "{\"code\":\"" + promotion + "\",\"name\":\"Doc\",\"type\":\"PERCENT_OFF\","
                + "\"target\":\"SKU\",\"targetValues\":[\"" + sku + "\"],\"percent\":10,\"stacking\":\"COMBINABLE\"}");
        post(admin, "/api/v1/promotions/" + promotion + "/coupons", "{\"count\":2}");
        get(admin, "/api/v1/promotions/" + promotion);
        post(shop, "/api/v1/baskets/price", "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1}]}");
        String order = OrderDesk.shippedOrder(uniqueCode("doc"), null, "21.60", new OrderDesk.Line(sku, 1));
        Api.Reply placed = post(shop, "/api/v1/orders", order);
        post(shop, "/api/v1/orders", order);
        post(shop, "/api/v1/orders", order.replace("21.60", "99.00"));
        String number = placed.json().getString("number");
        get(shop, "/api/v1/orders/" + number);
        get(admin, "/api/v1/orders/" + number + "/routing");
        get(admin, "/api/v1/orders?status=ALLOCATED&channel=" + channel);
        post(shop, "/api/v1/orders/" + number + "/payments", "{\"kind\":\"CAPTURED\",\"amount\":21.60,"
                + "\"reference\":\"psp-" + number + "\"}");
        post(shop, "/api/v1/orders/" + number + "/cancellation", "{\"reason\":\"changed their mind\"}");
        get(shop, "/api/v1/orders/O0");
        String customer = post(shop, "/api/v1/customers", "{\"name\":\"Doc Tester\",\"keys\":[{\"kind\":\"EMAIL\","
                + "\"value\":\"" + uniqueCode("doc").toLowerCase() + "@example.nl\"}]}").json().getString("number");
        get(shop, "/api/v1/customers/" + customer);
        get(shop, "/api/v1/customers/" + customer + "/timeline");
        String cart = post(shop, "/api/v1/carts", "{\"currency\":\"EUR\"}").json().getString("token");
        put(shop, "/api/v1/carts/" + cart + "/lines/" + sku, "{\"quantity\":2}");
        get(admin, "/api/v1/analytics/sales/channels");
        get(admin, "/api/v1/channels/" + channel + "/stock/" + sku);
        post(admin, "/api/v1/channels/" + channel + "/rules", "{\"scope\":\"SKU\",\"value\":\"" + sku
                + "\",\"kind\":\"BUFFER_UNITS\",\"amount\":1}");
        contract.check("DELETE", "/api/v1/channels/" + channel + "/rules", Api.delete("/api/v1/channels/" + channel
                + "/rules?scope=SKU&value=" + sku + "&kind=BUFFER_UNITS"));
        put(admin, "/api/v1/price-lists/" + list + "/scope", "{\"priceZone\":\"DOC\"}");
        put(admin, "/api/v1/price-lists/" + list + "/scope", "{\"channel\":\"NO-SUCH-CHANNEL\"}");
        get(admin, "/api/v1/returns");
        get(admin, "/api/v1/transfers?location=" + store);
        String delivery = uniqueCode("DOC-PO");
        post(admin, "/api/v1/stock/incoming", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":3,\"expectedAt\":\"2030-01-01T00:00:00Z\",\"reference\":\"" + delivery + "\"}");
        get(admin, "/api/v1/deliveries?location=" + store);
        post(admin, "/api/v1/deliveries/" + delivery + "/receipt", "{\"locationId\":\"" + store
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2}]}");
        post(admin, "/api/v1/deliveries/" + delivery + "/receipt", "{\"locationId\":\"" + store
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}");
        get(admin, "/api/v1/deliveries?location=" + store + "&received=true");
        get(admin, "/api/v1/locations/" + store + "/stock?category=Tests");
        get(shop, "/api/v1/webhooks/topics");
        String hook = post(shop, "/api/v1/webhooks", "{\"url\":\"https://shop.example.com/" + uniqueCode("hooks")
                + "\",\"topics\":[\"order.changed\"]}").json().getJsonObject("subscription").getString("code");
        post(shop, "/api/v1/webhooks", "{\"url\":\"http://shop.example.com/hooks\",\"topics\":[\"order.changed\"]}");
        post(shop, "/api/v1/webhooks", "{\"url\":\"https://shop.example.com/x\",\"topics\":[\"no.such.topic\"]}");
        get(shop, "/api/v1/webhooks");
        get(shop, "/api/v1/webhooks/" + hook);
        get(shop, "/api/v1/webhooks/wh_none");
        put(shop, "/api/v1/webhooks/" + hook, "{\"url\":\"https://shop.example.com/changed\",\"topics\":"
                + "[\"order.changed\",\"prices.changed\"],\"channel\":\"" + channel + "\"}");
        post(shop, "/api/v1/webhooks/" + hook + "/secret", "");
        post(shop, "/api/v1/webhooks/" + hook + "/disable", "");
        post(shop, "/api/v1/webhooks/" + hook + "/enable", "");
        get(shop, "/api/v1/webhooks/" + hook + "/deliveries?status=FAILED");
        get(shop, "/api/v1/webhooks/" + hook + "/deliveries/1");
        post(shop, "/api/v1/webhooks/" + hook + "/replay", "{\"from\":\"2026-01-01T00:00:00Z\",\"to\":"
                + "\"2026-01-02T00:00:00Z\"}");
        contract.check("DELETE", "/api/v1/webhooks/" + hook, shop.delete("/api/v1/webhooks/" + hook));
        Api.Reply token = Api.requestToken(shop.id, shop.secret, null);
        contract.check("POST", "/api/v1/tokens", token);
        contract.check("POST", "/api/v1/tokens", Api.requestToken(shop.id, "wrong-secret", null));
    }
}
