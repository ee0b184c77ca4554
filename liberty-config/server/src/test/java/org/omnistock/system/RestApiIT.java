package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;

import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST API from outside, against the assembled server. */
class RestApiIT {

    private String sku;
    private String store;

    @BeforeEach
    void newSkuAndStore() {
        sku = uniqueCode("REST");
        store = uniqueCode("RS");
        createSku(sku);
        createLocation(store, "STORE");
    }

    @Test
    void aReceiptShowsInTheLevelsOfTheSkuAndOfTheLocation() {
        Api.Reply created = post("/api/v1/stock/receipts",
                "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":12,\"reference\":\"PO-1\"}");

        assertEquals(201, created.status(), created.body());
        assertEquals(12, created.json().getInt("onHandAfter"));
        JsonObject network = get("/api/v1/skus/" + sku + "/stock").json();
        assertEquals(12, network.getInt("totalOnHand"));
        assertEquals(12, network.getInt("totalAvailable"));
        JsonObject atStore = get("/api/v1/locations/" + store + "/stock?page=0&size=10").json();
        assertEquals(1, atStore.getInt("total"));
        assertEquals(sku, atStore.getJsonArray("items").getJsonObject(0).getString("sku"));
    }

    @Test
    void repeatingAWriteWithItsIdempotencyKeyReturnsTheFirstResult() {
        String key = UUID.randomUUID().toString();
        String body = "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":%d}";

        Api.Reply first = post("/api/v1/stock/receipts", body.formatted(5), key);
        Api.Reply again = post("/api/v1/stock/receipts", body.formatted(5), key);
        Api.Reply other = post("/api/v1/stock/receipts", body.formatted(6), key);

        assertEquals(201, first.status());
        assertEquals(200, again.status());
        assertEquals(first.json(), again.json());
        assertEquals(409, other.status());
        assertEquals(5L, onHand(sku, store));
    }

    @Test
    void anAdjustmentBelowZeroIsRefusedWithAProblemAndChangesNothing() {
        Api.receive(sku, store, 2);

        Api.Reply refused = post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":-3,\"reason\":\"DAMAGED\"}");
        Api.Reply accepted = post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":-2,\"reason\":\"DAMAGED\"}");

        assertEquals(422, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("urn:omnistock:problem:negative-on-hand", refused.json().getString("type"));
        assertEquals(201, accepted.status());
        assertEquals(0L, onHand(sku, store));
    }

    @Test
    void anUnknownSkuIsAProblemAndChangesNothing() {
        Api.Reply reply = post("/api/v1/stock/receipts",
                "{\"sku\":\"NO-SUCH-SKU\",\"locationId\":\"" + store + "\",\"quantity\":1}");

        assertEquals(422, reply.status());
        assertEquals("urn:omnistock:problem:unknown-sku", reply.json().getString("type"));
        assertEquals("/api/v1/stock/receipts", reply.json().getString("instance"));
        assertEquals(0, get("/api/v1/locations/" + store + "/stock").json().getInt("total"));
    }

    @Test
    void invalidValuesAreAProblemNamingEachField() {
        Api.Reply reply = post("/api/v1/stock/receipts",
                "{\"sku\":\"" + sku + "\",\"locationId\":\"\",\"quantity\":-4}");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        String errors = reply.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("\"field\":\"quantity\""), errors);
        assertTrue(errors.contains("\"field\":\"locationId\""), errors);
        assertEquals(null, onHand(sku, store));
    }

    @Test
    void malformedJsonIsAProblem() {
        Api.Reply reply = post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",");

        assertEquals(400, reply.status());
        assertEquals("urn:omnistock:problem:malformed-body", reply.json().getString("type"));
    }

    @Test
    void anUnknownPathAndAnExistingCodeAreProblemsToo() {
        assertEquals(404, get("/api/v1/skus/NO-SUCH-SKU").status());
        assertEquals("urn:omnistock:problem:unknown-sku", get("/api/v1/skus/NO-SUCH-SKU/stock").json()
                .getString("type"));
        Api.Reply duplicate = post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"again\"}");
        assertEquals(409, duplicate.status());
        assertEquals("urn:omnistock:problem:sku-exists", duplicate.json().getString("type"));
    }

    @Test
    void skusAreListedPagedAndSearchable() {
        JsonObject page = get("/api/v1/skus?q=" + sku.toLowerCase() + "&page=0&size=5").json();

        assertEquals(1, page.getInt("total"));
        assertEquals(sku, page.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals(400, get("/api/v1/skus?size=100000").status());
    }
}
