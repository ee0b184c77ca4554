package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.OrderDesk.Line;
import static org.omnistock.system.OrderDesk.available;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A channel's rules hold for what its orders, carts and reservations take, as they hold for the figure it announces:
 * only from the locations it draws on, never from its buffer, never a SKU it excludes.
 */
class ChannelRulesIT {

    private String channel;
    private Api.Client marketplace;
    private String sku;
    private String drawnOn;
    private String elsewhere;

    /** A marketplace drawing on one store (12 available) and holding back 10 units of every SKU. */
    @BeforeEach
    void aMarketplaceWithABufferOfTenOnTwelveAvailable() {
        OrderDesk.standardRules();
        channel = uniqueCode("MKT");
        sku = OrderDesk.pricedSku("CHR", "10.00");
        drawnOn = OrderDesk.location("CRD", "STORE", 52.36, 4.90, null);
        elsewhere = OrderDesk.location("CRE", "STORE", 52.37, 4.89, null);
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Marketplace\","
                + "\"type\":\"MARKETPLACE\",\"locationIds\":[\"" + drawnOn + "\"]}").status());
        assertEquals(200, post("/api/v1/channels/" + channel + "/rules",
                "{\"scope\":\"ALL\",\"kind\":\"BUFFER_UNITS\",\"amount\":10}").status());
        Api.receive(sku, drawnOn, 12);
        Api.receive(sku, elsewhere, 50);
        marketplace = Api.newClient(null, channel, "read", "orders:write");
    }

    @Test
    void anOrderGetsWhatTheChannelMaySellAndTheRestWaits() {
        assertEquals(2, get("/api/v1/channels/" + channel + "/stock/" + sku).json().getInt("sellable"));

        Api.Reply placed = marketplace.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("mkt"), null, "50.00",
                new Line(sku, 5)));

        assertEquals(201, placed.status(), placed.body());
        JsonObject order = placed.json();
        assertEquals("PARTLY_ALLOCATED", order.getString("status"), order.toString());
        assertEquals(3, order.getJsonArray("lines").getJsonObject(0).getInt("waiting"));
        JsonObject fulfilment = order.getJsonArray("fulfilments").getJsonObject(0);
        assertEquals(drawnOn, fulfilment.getString("location"), "not the nearer store the channel does not draw on");
        assertEquals(2, fulfilment.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(10, available(sku, drawnOn), "the buffer is untouched");
        assertEquals(50, available(sku, elsewhere));
        JsonObject routing = get("/api/v1/orders/" + order.getString("number") + "/routing").jsonArray()
                .getJsonObject(0);
        JsonObject decision = routing.getJsonObject("decision");
        assertTrue(decision.getString("summary").contains("3 unit(s) wait"), decision.toString());
        assertTrue(decision.getJsonArray("unfilled").getJsonObject(0).getString("reason")
                .contains("a buffer of 10 units"), decision.toString());
        assertTrue(routing.getJsonObject("excludedByReason").getInt("NOT_IN_CHANNEL") >= 1, routing.toString());
        assertTrue(decision.getJsonArray("exclusions").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("reason").equals("NOT_IN_CHANNEL"))
                .allMatch(e -> e.getString("detail").equals("channel " + channel + " does not draw on it")),
                "the explanation says which locations were left out for the channel");
        assertEquals(0, get("/api/v1/channels/" + channel + "/stock/" + sku).json().getInt("sellable"));
    }

    @Test
    void anOrderMayAskForTheRestToBeCancelledOrForNothingUnlessAllCanBeHad() {
        Api.Reply cancelRest = marketplace.post("/api/v1/orders", shortOrder("CANCEL"));
        assertEquals(201, cancelRest.status(), cancelRest.body());
        JsonObject line = cancelRest.json().getJsonArray("lines").getJsonObject(0);
        assertEquals(3, line.getInt("cancelled"), line.toString());
        assertEquals(0, line.getInt("waiting"));
        assertEquals("ALLOCATED", cancelRest.json().getString("status"));

        Api.Reply refused = marketplace.post("/api/v1/orders", shortOrder("REFUSE"));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("urn:omnistock:problem:insufficient-stock"), refused.body());
        assertTrue(refused.body().contains("lines[0].quantity"), refused.body());
        assertEquals(10, available(sku, drawnOn), "the refused order held nothing");
    }

    @Test
    void aSkuTheChannelExcludesIsRefusedNamingTheRule() {
        String beanie = OrderDesk.pricedSku("BEANIE", "12.00");
        Api.receive(beanie, drawnOn, 40);
        assertEquals(200, post("/api/v1/channels/" + channel + "/rules", "{\"scope\":\"CATEGORY\",\"value\":"
                + "\"Tests\",\"kind\":\"EXCLUDE\"}").status());

        Api.Reply refused = marketplace.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("mkt"), null,
                "12.00", new Line(beanie, 1)));
        String cart = marketplace.post("/api/v1/carts", "{\"currency\":\"EUR\"}").json().getString("token");
        Api.Reply cartLine = marketplace.put("/api/v1/carts/" + cart + "/lines/" + beanie, "{\"quantity\":1}");

        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("urn:omnistock:problem:channel-excludes-sku"), refused.body());
        assertTrue(refused.body().contains("category Tests excluded"), refused.body());
        assertTrue(refused.body().contains("lines[0].sku"), refused.body());
        assertEquals(422, cartLine.status(), cartLine.body());
        assertTrue(cartLine.body().contains("channel-excludes-sku"), cartLine.body());
        assertEquals(40, available(beanie, drawnOn));
    }

    @Test
    void aCartHoldAndAReservationOfTheChannelKeepItsRulesToo() {
        Api.Client shopAtStore = Api.newClient(null, channel, "read", "orders:write");
        String cart = shopAtStore.post("/api/v1/carts", "{\"currency\":\"EUR\"}").json().getString("token");
        assertEquals(200, shopAtStore.put("/api/v1/carts/" + cart + "/lines/" + sku, "{\"quantity\":3}").status());

        Api.Reply outsideChannel = shopAtStore.put("/api/v1/carts/" + cart + "/hold", "{\"locationId\":\"" + elsewhere
                + "\",\"holdSeconds\":600}");
        Api.Reply intoBuffer = shopAtStore.put("/api/v1/carts/" + cart + "/hold", "{\"locationId\":\"" + drawnOn
                + "\",\"holdSeconds\":600}");
        Api.Reply reservation = marketplace.post("/api/v1/reservations", "{\"reference\":\"" + uniqueCode("r")
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"locationId\":\"" + drawnOn + "\",\"quantity\":3}]}");
        Api.Reply withinSellable = marketplace.post("/api/v1/reservations", "{\"reference\":\"" + uniqueCode("r")
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"locationId\":\"" + drawnOn + "\",\"quantity\":2}]}");
        Api.Reply withoutChannel = post("/api/v1/reservations", "{\"reference\":\"" + uniqueCode("r")
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"locationId\":\"" + drawnOn + "\",\"quantity\":3}]}");

        assertEquals(422, outsideChannel.status(), outsideChannel.body());
        assertTrue(outsideChannel.body().contains("location-not-in-channel"), outsideChannel.body());
        assertEquals(422, intoBuffer.status(), intoBuffer.body());
        assertTrue(intoBuffer.body().contains("channel-sellable-exceeded"), intoBuffer.body());
        assertEquals(422, reservation.status(), reservation.body());
        assertTrue(reservation.body().contains("channel-sellable-exceeded"), reservation.body());
        assertEquals(201, withinSellable.status(), withinSellable.body());
        assertEquals(201, withoutChannel.status(), "a reservation for no channel is not held to its rules: "
                + withoutChannel.body());
        assertEquals(List.of(7L, 50L), List.of(available(sku, drawnOn), available(sku, elsewhere)));
    }

    private String shortOrder(String shortage) {
        String order = OrderDesk.shippedOrder(uniqueCode("mkt"), null, "50.00", new Line(sku, 5));
        return order.substring(0, order.length() - 1) + ",\"shortage\":\"" + shortage + "\"}";
    }
}
