package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.put;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.CustomersIT.customer;
import static org.omnistock.system.CustomersIT.uniqueDigits;

import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.customer.WishNotice;

/**
 * Wish lists as a customer and the system that writes to them see it: a wished SKU coming back on sale in the
 * channel, and its price dropping for the customer, each announced once; a merge keeps every wish; only those
 * allowed see or change the list.
 */
class WishListsIT {

    private static String priceList() {
        String list = uniqueCode("WPL");
        assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Wish tests\","
                + "\"currency\":\"EUR\"}").status());
        return list;
    }

    private static void price(String list, String sku, String amount) {
        Api.Reply priced = post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku + "\",\"amount\":"
                + amount + "}]");
        assertEquals(200, priced.status(), priced.body());
    }

    private static JsonObject wish(String number, String sku) {
        Api.Reply added = put("/api/v1/customers/" + number + "/wish-list/" + sku, "{\"currency\":\"EUR\"}");
        assertEquals(200, added.status(), added.body());
        return added.json();
    }

    private static WishNotice next(MessageConsumer notices) throws Exception {
        Message message = notices.receive(15_000);
        assertNotNull(message, "a notice");
        return JsonCodec.fromJson(((TextMessage) message).getText(), WishNotice.class);
    }

    @Test
    void aWishedSkuBackOnSaleOrCheaperIsAnnouncedOnce() throws Exception {
        String sku = uniqueCode("WSKU");
        createSku(sku);
        String list = priceList();
        price(list, sku, "50.00");
        String store = uniqueCode("WS");
        createLocation(store, "STORE");
        String channel = uniqueCode("WCH");
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Wish tests\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + store + "\"]}").status());
        String number = customer("Mila Hoek", "CARD", "LC" + uniqueDigits());
        JsonObject listed = wish(number, sku);
        assertEquals("50", listed.getJsonArray("items").getJsonObject(0).getJsonNumber("price").bigDecimalValue()
                .stripTrailingZeros().toPlainString(), "the price noted when wished");
        assertEquals(1, wish(number, sku).getJsonArray("items").size(), "the same SKU again changes nothing");

        try (Connection connection = Broker.asAdmin()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer notices = session.createConsumer(session.createTopic(Destinations.WISH_NOTICE),
                    Headers.SKU + " = '" + sku + "'");

            receive(sku, store, 4);
            WishNotice back = next(notices);
            assertEquals(WishNotice.BACK_ON_SALE, back.reason());
            assertEquals(number, back.customerNumber());
            assertEquals(channel, back.channel());
            assertEquals(4L, back.sellable());
            receive(sku, store, 2);

            price(list, sku, "45.00");
            WishNotice cheaper = next(notices);
            assertEquals(WishNotice.PRICE_DROP, cheaper.reason());
            assertEquals("45", cheaper.price().stripTrailingZeros().toPlainString());
            assertEquals("50", cheaper.previousPrice().stripTrailingZeros().toPlainString());
            price(list, sku, "60.00");
            price(list, sku, "55.00");
            WishNotice again = next(notices);
            assertEquals(WishNotice.PRICE_DROP, again.reason(), "more stock and a rise are not news; the fall is");
            assertEquals("60", again.previousPrice().stripTrailingZeros().toPlainString());
            assertNull(notices.receive(1_000), "nothing more");
        }
        JsonObject item = get("/api/v1/customers/" + number + "/wish-list").json().getJsonArray("items")
                .getJsonObject(0);
        assertNotNull(item.getString("notifiedAt"));
        assertTrue(get("/api/v1/customers/" + number + "/timeline").body().contains("\"WISH\""));
    }

    @Test
    void aMergeKeepsEveryWishAndOnlyThoseAllowedSeeOrChangeTheList() {
        String shoes = uniqueCode("WSH");
        String hat = uniqueCode("WHT");
        createSku(shoes);
        createSku(hat);
        String survivor = customer("Noor Pauw", "CARD", "LC" + uniqueDigits());
        String merged = customer("N. Pauw", "CARD", "LC" + uniqueDigits());
        wish(survivor, shoes);
        wish(merged, shoes);
        wish(merged, hat);

        assertEquals(200, post("/api/v1/customers/" + survivor + "/merges", "{\"merged\":\"" + merged + "\"}")
                .status());

        List<String> skus = get("/api/v1/customers/" + survivor + "/wish-list").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("sku")).sorted().toList();
        assertEquals(List.of(hat, shoes).stream().sorted().toList(), skus, "both wishes, the shared one once");
        Api.Client reader = Api.newClient(null, null, "read", "customers:read");
        Api.Client shop = Api.newClient(null, null, "read", "orders:write");
        assertEquals(200, reader.get("/api/v1/customers/" + survivor + "/wish-list").status());
        assertEquals(403, reader.put("/api/v1/customers/" + survivor + "/wish-list/" + hat, "{\"currency\":\"EUR\"}")
                .status());
        assertEquals(403, shop.get("/api/v1/customers/" + survivor + "/wish-list").status());
        assertEquals(401, Api.ANONYMOUS.get("/api/v1/customers/" + survivor + "/wish-list").status());
        assertEquals(404, put("/api/v1/customers/" + survivor + "/wish-list/NO-SUCH-SKU", "{\"currency\":\"EUR\"}")
                .status());
        assertEquals(400, put("/api/v1/customers/" + survivor + "/wish-list/" + hat, "{\"currency\":\"euro\"}")
                .status());
        assertEquals(200, Api.delete("/api/v1/customers/" + survivor + "/wish-list/" + hat).status());
        assertEquals(1, get("/api/v1/customers/" + survivor + "/wish-list").json().getJsonArray("items").size());
    }
}
