package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Writes a client may send again because it did not hear the answer: a payment by its provider's reference, and any
 * create under an {@code Idempotency-Key}, counted once.
 */
class IdempotencyIT {

    /** A web channel of its own, drawing on one store. */
    private static String channel(String store) {
        String channel = uniqueCode("PCH");
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Idempotency\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + store + "\"]}").status());
        return channel;
    }

    private static String channel() {
        return channel(OrderDesk.location("IDEM", "STORE", 52.37, 4.89, null));
    }

    @Test
    void aPaymentSentTwiceWithOneReferenceIsCountedOnce() {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("PAY", "1.00");
        String store = OrderDesk.location("PAY", "STORE", 52.37, 4.89, null);
        Api.receive(sku, store, 3);
        Api.Client shop = Api.newClient(null, channel(store), "read", "orders:write");
        String number = shop.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("pay"), null, "1.00",
                new OrderDesk.Line(sku, 1))).json().getString("number");
        String payment = "{\"kind\":\"CAPTURED\",\"amount\":1.00,\"reference\":\"psp-" + number + "\"}";

        Api.Reply first = shop.post("/api/v1/orders/" + number + "/payments", payment);
        Api.Reply again = shop.post("/api/v1/orders/" + number + "/payments", payment);
        Api.Reply otherAmount = shop.post("/api/v1/orders/" + number + "/payments",
                payment.replace("1.00", "0.50"));

        assertEquals(200, first.status(), first.body());
        assertEquals(200, again.status(), again.body());
        JsonObject order = shop.get("/api/v1/orders/" + number).json();
        assertEquals("1.00", order.getJsonNumber("captured").bigDecimalValue().toPlainString());
        assertEquals(1, order.getJsonArray("payments").size());
        assertEquals(409, otherAmount.status(), otherAmount.body());
        assertTrue(otherAmount.body().contains("urn:omnistock:problem:payment-reference-reused"), otherAmount.body());
    }

    @Test
    void aCreateSentAgainUnderItsKeyGivesTheFirstAnswerAndTheKeyCannotBeReused() {
        String sku = uniqueCode("IDEM");
        String key = uniqueCode("key");
        String body = "{\"code\":\"" + sku + "\",\"name\":\"Idempotent\",\"category\":\"Tests\"}";

        Api.Reply first = post("/api/v1/skus", body, key);
        Api.Reply again = post("/api/v1/skus", body, key);
        Api.Reply withoutKey = post("/api/v1/skus", body);
        Api.Reply otherRequest = post("/api/v1/skus", body.replace(sku, sku + "-2"), key);

        assertEquals(201, first.status(), first.body());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(200, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.json(), again.json());
        assertEquals(409, withoutKey.status(), "without a key the SKU exists: " + withoutKey.body());
        assertEquals(409, otherRequest.status(), otherRequest.body());
        assertTrue(otherRequest.body().contains("urn:omnistock:problem:idempotency-key-reused"), otherRequest.body());
        assertEquals(404, Api.get("/api/v1/skus/" + sku + "-2").status(), "the refused request changed nothing");
    }

    @Test
    void aKeyIsTheCallersOwnAndNamesOneReturnOrCart() {
        String key = uniqueCode("key");
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("IDR", "5.00");
        String store = OrderDesk.location("IDR", "STORE", 52.37, 4.89, null);
        Api.receive(sku, store, 3);
        Api.Client seller = Api.newClient(null, channel(store), "read", "orders:write");
        String number = seller.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("idr"), null, "5.00",
                new OrderDesk.Line(sku, 1))).json().getString("number");
        String fulfilment = seller.get("/api/v1/orders/" + number).json().getJsonArray("fulfilments")
                .getJsonObject(0).getString("code");
        assertEquals(200, post("/api/v1/fulfilments/" + fulfilment + "/reports", "{\"step\":\"SHIP\"}").status());
        String request = "{\"lines\":[{\"lineNo\":1,\"quantity\":1,\"reason\":\"too small\"}]}";
        Api.Reply authorised = seller.post("/api/v1/orders/" + number + "/returns", request, key);
        Api.Reply again = seller.post("/api/v1/orders/" + number + "/returns", request, key);
        assertEquals(201, authorised.status(), authorised.body());
        assertEquals(200, again.status(), again.body());
        assertEquals(authorised.json().getString("number"), again.json().getString("number"),
                "the same return, not a second one for units already expected back");

        Api.Client shop = Api.newClient(null, null, "read", "orders:write");
        String cartRequest = "{\"currency\":\"EUR\",\"channel\":\"" + channel() + "\"}";
        Api.Reply cart = shop.post("/api/v1/carts", cartRequest, key);
        Api.Reply cartAgain = shop.post("/api/v1/carts", cartRequest, key);
        assertEquals(201, cart.status(), "another caller's key space: " + cart.body());
        assertEquals(200, cartAgain.status(), cartAgain.body());
        assertEquals(cart.json().getString("token"), cartAgain.json().getString("token"));
        assertEquals(400, post("/api/v1/skus", "{}", " ").status(), "a blank key is refused");
    }
}
