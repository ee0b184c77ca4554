package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transfers between locations and customer returns, through the one ledger. */
class TransfersAndReturnsIT {

    private String sku;
    private String warehouse;
    private String store;

    @BeforeEach
    void stockInAWarehouse() {
        sku = uniqueCode("TR");
        warehouse = uniqueCode("TW");
        store = uniqueCode("TS");
        createSku(sku);
        createLocation(warehouse, "WAREHOUSE");
        createLocation(store, "STORE");
        receive(sku, warehouse, 10);
    }

    @Test
    void aTransferLeavesTheSourceAndIsIncomingUntilItArrives() {
        String reference = uniqueCode("transfer");
        String transfer = transfer(reference, 4);
        Api.Reply shipped = post("/api/v1/transfers", transfer);
        assertEquals(201, shipped.status(), shipped.body());
        assertEquals("IN_TRANSIT", shipped.json().getString("status"));
        assertEquals(6, level(warehouse).getInt("onHand"));
        assertEquals(4, level(store).getInt("incoming"));
        assertEquals(0, level(store).getInt("onHand"));

        Api.Reply again = post("/api/v1/transfers", transfer);
        assertEquals(200, again.status(), "the same transfer sent again changes nothing");
        assertEquals(6, level(warehouse).getInt("onHand"));
        assertEquals(409, post("/api/v1/transfers", transfer(reference, 5)).status());

        Api.Reply arrived = post("/api/v1/transfers/" + reference + "/receipt", "{\"quantity\":3}");
        assertEquals(200, arrived.status(), arrived.body());
        assertEquals("RECEIVED", arrived.json().getString("status"));
        assertEquals(3, level(store).getInt("onHand"), "three of four arrived");
        assertEquals(0, level(store).getInt("incoming"));
        assertTrue(post("/api/v1/transfers/" + reference + "/receipt", "{\"quantity\":3}").json()
                .getBoolean("replayed"));
        assertEquals(409, post("/api/v1/transfers/" + reference + "/receipt", "{\"quantity\":4}").status());

        assertTrue(get("/api/v1/skus/" + sku + "/movements?location=" + warehouse).body().contains("TRANSFER_OUT"));
        assertTrue(get("/api/v1/skus/" + sku + "/movements?location=" + store).body().contains("TRANSFER_IN"));
        JsonObject reconciliation = get("/api/v1/stock/reconciliation").json();
        assertTrue(reconciliation.getJsonArray("mismatches").stream()
                .noneMatch(m -> m.toString().contains(sku)), reconciliation.toString());
    }

    @Test
    void aTransferOfMoreThanIsAvailableChangesNothing() {
        String reference = uniqueCode("transfer");
        Api.Reply refused = post("/api/v1/transfers", transfer(reference, 11));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("urn:omnistock:problem:insufficient-stock", refused.json().getString("type"));
        assertEquals(404, get("/api/v1/transfers/" + reference).status());
        assertEquals(10, level(warehouse).getInt("onHand"));
    }

    @Test
    void aReturnComesBackAtAnyLocationInTheStateItIsIn() {
        String request = "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":2,"
                + "\"condition\":\"QUALITY_CONTROL\",\"reference\":\"web-order-" + sku + "\"}";
        String key = uniqueCode("return");
        Api.Reply returned = post("/api/v1/stock/returns", request, key);
        assertEquals(201, returned.status(), returned.body());
        assertEquals("RETURN", returned.json().getString("type"));
        assertEquals(2, level(store).getInt("onHand"));
        assertEquals(2, level(store).getInt("qualityControl"));
        assertEquals(0, level(store).getInt("available"), "to be inspected before it is sold again");
        assertEquals(200, post("/api/v1/stock/returns", request, key).status());
        assertEquals(2, level(store).getInt("onHand"), "the same return counted once");
    }

    private String transfer(String reference, int quantity) {
        return "{\"reference\":\"" + reference + "\",\"sku\":\"" + sku + "\",\"fromLocationId\":\"" + warehouse
                + "\",\"toLocationId\":\"" + store + "\",\"quantity\":" + quantity + ",\"expectedAt\":\""
                + Instant.now().plusSeconds(86_400) + "\"}";
    }

    private JsonObject level(String location) {
        return get("/api/v1/skus/" + sku + "/stock").json().getJsonArray("levels").stream()
                .map(v -> v.asJsonObject()).filter(l -> l.getString("locationId").equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no level of " + sku + " at " + location));
    }
}
