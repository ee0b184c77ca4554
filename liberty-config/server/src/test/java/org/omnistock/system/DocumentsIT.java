package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * Numbered documents (docs/sale-to-cash.md, "documents"): sixteen tills of one store selling at once get one
 * receipt number each, from 1 with no gap and no number twice; a receipt sent again takes no number; a receipt of
 * goods brought back is a credit note in a series of its own; another store's staff cannot read them.
 */
class DocumentsIT {

    private static final int TILLS = 16;
    private static final int SALES_PER_TILL = 5;

    @Test
    void sixteenTillsAtOnceGetGaplessNumbersAndACreditNoteHasItsOwnSeries() throws Exception {
        String store = uniqueCode("DC");
        Api.createLocation(store, "STORE");
        String sku = OrderDesk.pricedSku("DC", "10.00");
        Api.receive(sku, store, 1_000);
        Broker.StoreUser user = Broker.credentialsOf(store);
        ExecutorService tills = Executors.newFixedThreadPool(TILLS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int till = 0; till < TILLS; till++) {
                int number = till;
                sent.add(tills.submit(() -> {
                    try (Connection connection = Broker.asStore(user, null)) {
                        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                        MessageProducer producer = session.createProducer(session.createQueue(
                                Destinations.POS_SALES));
                        for (int sale = 0; sale < SALES_PER_TILL; sale++) {
                            producer.send(session.createTextMessage(sale(store, "T" + number + "-" + sale, sku,
                                    null)));
                        }
                        producer.send(session.createTextMessage(sale(store, "T" + number + "-0", sku, null)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            tills.shutdownNow();
        }
        String today = LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T00:00:00Z";
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2) + "T00:00:00Z";
        String query = "/api/v1/documents?location=" + store + "&from=" + today + "&to=" + tomorrow;
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        long deadline = System.currentTimeMillis() + 60_000;
        JsonArray documents = Api.get(query).jsonArray();
        while (documents.size() < TILLS * SALES_PER_TILL && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            documents = Api.get(query).jsonArray();
        }
        assertEquals(TILLS * SALES_PER_TILL, documents.size(), "one document per receipt, none for one sent again");
        Set<String> numbers = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        for (JsonValue value : documents) {
            JsonObject document = value.asJsonObject();
            numbers.add(document.getString("number"));
            sources.add(document.getString("sourceId"));
            assertEquals("SIMPLIFIED", document.getString("kind"));
        }
        Set<String> expected = new TreeSet<>();
        for (int n = 1; n <= TILLS * SALES_PER_TILL; n++) {
            expected.add(String.format("%s-%d-T%06d", store, year, n));
        }
        assertEquals(expected, numbers, "from 1, no gap, none twice");
        assertEquals(TILLS * SALES_PER_TILL, sources.size());

        try (Connection till = Broker.asStore(user, null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(session.createTextMessage(
                    sale(store, "BACK-1", sku, "AVAILABLE")));
        }
        String reference = "POS " + store + "/BACK-1";
        JsonArray credit = Api.get("/api/v1/documents?sourceType=till-receipt&sourceId="
                + java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8)).jsonArray();
        while (credit.isEmpty() && System.currentTimeMillis() < deadline + 15_000) {
            Thread.sleep(200);
            credit = Api.get("/api/v1/documents?sourceType=till-receipt&sourceId="
                    + java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8)).jsonArray();
        }
        JsonObject note = credit.getJsonObject(0);
        assertEquals(String.format("%s-%d-C%06d", store, year, 1), note.getString("number"), note.toString());
        assertEquals("CREDIT_NOTE", note.getString("kind"));
        assertEquals(-10, note.getJsonNumber("gross").intValue());

        String other = uniqueCode("DCO");
        Api.createLocation(other, "STORE");
        assertEquals(403, Api.newClient(other, null, "read").get("/api/v1/documents/" + note.getString("number"))
                .status(), "another store's staff");
        assertEquals(200, Api.newClient(store, null, "read").get("/api/v1/documents/" + note.getString("number"))
                .status());
        assertEquals(404, Api.get("/api/v1/documents/NOPE-1").status());

        String number = note.getString("number");
        Api.Client books = Api.newClient(null, null, "read", "books:admin");
        assertEquals(403, Api.newClient(store, null, "read").post("/api/v1/documents/" + number + "/void",
                "{\"reason\":\"wrong\"}").status(), "store staff do not void documents");
        assertEquals(400, books.post("/api/v1/documents/" + number + "/void", "{\"reason\":\" \"}").status());
        Api.Reply voided = books.post("/api/v1/documents/" + number + "/void", "{\"reason\":\"printed for a "
                + "training sale\"}");
        assertEquals(200, voided.status(), voided.body());
        assertEquals("printed for a training sale", voided.json().getString("voidReason"));
        assertTrue(voided.json().getString("voidedBy").startsWith("client:"), voided.body());
        assertEquals(409, books.post("/api/v1/documents/" + number + "/void", "{\"reason\":\"again\"}").status());
        JsonObject kept = Api.get("/api/v1/documents/" + number).json();
        assertEquals(number, kept.getString("number"), "a voided document keeps its number");
        assertEquals("printed for a training sale", kept.getString("voidReason"));
        assertEquals(422, Api.get("/api/v1/documents?location=" + store + "&from=yesterday&to=" + tomorrow)
                .status());
        assertTrue(Api.get("/api/v1/documents?location=" + store + "&from=" + tomorrow + "&to=" + tomorrow)
                .jsonArray().isEmpty());
    }

    private static String sale(String store, String receipt, String sku, String returnCondition) {
        return "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"" + receipt + "\",\"soldAt\":\""
                + Instant.now() + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPrice\":\"10.00\""
                + (returnCondition == null ? "" : ",\"returnCondition\":\"" + returnCondition + "\"") + "}]}";
    }
}
