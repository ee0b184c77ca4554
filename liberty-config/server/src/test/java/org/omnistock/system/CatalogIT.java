package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.newBarcode;
import static org.omnistock.system.Api.uniqueCode;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.catalog.Gtin;

/** The catalog through REST: barcodes a till finds a SKU by, and the catalog as a file, checked line by line. */
class CatalogIT {

    @Test
    void aSkuHasSeveralBarcodesAndATillFindsItByAnyFormOfThem() {
        String sku = uniqueCode("BC");
        String other = uniqueCode("BC");
        createSku(sku);
        createSku(other);
        String ean = newBarcode();
        String upcA = Gtin.withCheckDigit("036000" + ean.substring(6, 11));

        assertEquals(201, Api.post("/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + ean + "\"}").status());
        assertEquals(200, Api.post("/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + ean + "\"}").status(),
                "the same barcode again changes nothing");
        Api.Reply second = Api.post("/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + upcA + "\"}");
        assertEquals(201, second.status(), second.body());
        assertTrue(second.json().getJsonArray("barcodes").toString().contains("\"0" + upcA + "\""),
                "a UPC-A is stored as the EAN-13 it is part of: " + second.body());

        assertEquals(sku, Api.get("/api/v1/barcodes/" + ean).json().getString("code"));
        assertEquals(sku, Api.get("/api/v1/barcodes/" + upcA).json().getString("code"), "scanned as UPC-A");
        assertEquals(sku, Api.get("/api/v1/barcodes/0" + upcA).json().getString("code"), "or as its EAN-13");
        assertEquals(2, Api.get("/api/v1/skus/" + sku).json().getJsonArray("barcodes").size());

        Api.Reply taken = Api.post("/api/v1/skus/" + other + "/barcodes", "{\"barcode\":\"" + ean + "\"}");
        assertEquals(409, taken.status());
        assertEquals("urn:omnistock:problem:barcode-taken", taken.json().getString("type"));
        Api.Reply misread = Api.get("/api/v1/barcodes/" + ean.substring(0, 12) + ((ean.charAt(12) - '0' + 1) % 10));
        assertEquals(422, misread.status(), "a wrong check digit is a misread");
        assertTrue(misread.json().getString("detail").contains("check digit"), misread.body());
        assertEquals(404, Api.get("/api/v1/barcodes/" + newBarcode()).status());

        assertEquals(200, Api.delete("/api/v1/skus/" + sku + "/barcodes/" + ean).status());
        assertEquals(404, Api.get("/api/v1/barcodes/" + ean).status());
        assertEquals(201, Api.post("/api/v1/skus/" + other + "/barcodes", "{\"barcode\":\"" + ean + "\"}").status(),
                "once taken off, another SKU may have it");
    }

    @Test
    void onlyTheCatalogsWritersGiveBarcodesAndEveryReaderLooksThemUp() {
        String sku = uniqueCode("BR");
        createSku(sku);
        String barcode = newBarcode();
        String store = uniqueCode("BRS");
        Api.createLocation(store, "STORE");
        Api.Client till = Api.newClient(store, null, "read", "stock:write");

        assertEquals(403, till.post("/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + barcode + "\"}")
                .status(), "a store does not write the catalog");
        assertEquals(401, Api.ANONYMOUS.get("/api/v1/barcodes/" + barcode).status());
        assertEquals(201, Api.newClient(null, null, "catalog:write").post("/api/v1/skus/" + sku + "/barcodes",
                "{\"barcode\":\"" + barcode + "\"}").status());
        assertEquals(sku, till.get("/api/v1/barcodes/" + barcode).json().getString("code"), "any store reads it");
        assertEquals(403, till.postText("/api/v1/skus.csv", "text/csv", "code,name,category,unitCost,barcodes\n"
                + sku + ",Renamed,,,\n").status());
    }

    @Test
    void aCatalogFileCreatesAndChangesSkusAllOrNoneAndSaysWhichLinesAreWrong() {
        String existing = uniqueCode("CF");
        createSku(existing);
        String fresh = uniqueCode("CF");
        String taken = newBarcode();
        String takenBy = uniqueCode("CF");
        createSku(takenBy);
        assertEquals(201, Api.post("/api/v1/skus/" + takenBy + "/barcodes", "{\"barcode\":\"" + taken + "\"}")
                .status());
        String freshBarcode = newBarcode();
        String good = "code,name,category,unitCost,barcodes\n"
                + fresh + ",\"Tee, organic\",Tees,7.25," + freshBarcode + "\n"
                + existing + ",,Renamed category,3.10,\n";

        Api.Reply wrong = Api.postText("/api/v1/skus.csv", "text/csv", good
                + "bad code,Lower case,,,\n"
                + uniqueCode("CF") + ",No barcode,,,12345\n"
                + uniqueCode("CF") + ",Taken,,," + taken + "\n"
                + uniqueCode("CF") + ",,,,\n");

        assertEquals(422, wrong.status(), wrong.body());
        String details = wrong.json().getJsonArray("errors").toString();
        for (String line : new String[] {"line 4", "line 5", "line 6", "line 7"}) {
            assertTrue(details.contains("\"" + line + "\""), line + " is named: " + details);
        }
        assertTrue(details.contains("is SKU " + takenBy + "'s") && details.contains("a new SKU needs a name")
                && details.contains("not 5"), details);
        assertEquals(404, Api.get("/api/v1/skus/" + fresh).status(), "nothing was imported");

        Api.Reply imported = Api.postText("/api/v1/skus.csv", "text/csv", good);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("created"));
        assertEquals(1, imported.json().getInt("changed"));
        JsonObject created = Api.get("/api/v1/barcodes/" + freshBarcode).json();
        assertEquals(fresh, created.getString("code"));
        assertEquals("Tee, organic", created.getString("name"), "a quoted name keeps its comma");
        assertEquals(0, new java.math.BigDecimal("7.25").compareTo(created.getJsonNumber("unitCost")
                .bigDecimalValue()));
        JsonObject changed = Api.get("/api/v1/skus/" + existing).json();
        assertEquals("Renamed category", changed.getString("category"));
        assertEquals("System test " + existing, changed.getString("name"), "an empty name leaves the name");

        Api.Reply again = Api.postText("/api/v1/skus.csv", "text/csv", good);
        assertEquals(2, again.json().getInt("unchanged"), "the same file again changes nothing: " + again.body());
        String export = Api.ADMIN.get("/api/v1/skus.csv", "text/csv").body();
        assertTrue(export.startsWith("code,name,category,unitCost,barcodes\n"), export.substring(0, 60));
        assertTrue(export.contains(fresh + ",\"Tee, organic\",Tees,7.25," + freshBarcode + "\n"), "the export"
                + " reads back as it was imported");
    }
}
