package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * Gift cards and store credit (docs/sale-to-cash.md, "stored value") as a till, a channel and a store manager meet
 * them: a card sold at a store for cash counted into its day and posted as owed; paid with at the till online
 * (redeemed first, the sale finding it so) and offline (redeemed when the sale arrives, past the balance); two tills
 * on the last of a card; wrong codes locking the caller out; store credit given back for goods brought back and
 * spent later; expiry to breakage; wrong tenders dead-lettered; the wrong role and the wrong store refused.
 */
class StoredValueIT {

    private final String store = uniqueCode("SV");
    private final String sku = OrderDesk.pricedSku("SV", "30.00");
    private final Api.Client till;

    StoredValueIT() {
        Api.createLocation(store, "STORE");
        Api.receive(sku, store, 20);
        till = Api.newClient(store, null, "read", "stored-value:read", "stored-value:write");
    }

    @Test
    void aCardSoldForCashPaysAtTheTillOnlineAndOffline() throws Exception {
        JsonObject issued = issue(till, "50.00", store, "CASH", null, null);
        String code = issued.getString("code");
        JsonObject card = issued.getJsonObject("card");
        assertEquals(code.substring(code.length() - 4), card.getString("lastFour"));
        assertEquals(new BigDecimal("50.00"), card.getJsonNumber("balance").bigDecimalValue());
        long id = card.getJsonNumber("id").longValue();
        Map<String, BigDecimal> sold = Api.netLines(Api.journalEntries("gift-card", String.valueOf(id)).get(0));
        assertEquals(new BigDecimal("50.00"), sold.get("1010@" + store), "cash in the till: " + sold);
        assertEquals(new BigDecimal("-50.00"), sold.get("2300@" + store), "owed to the card's holder");
        assertEquals(new BigDecimal("50.00"), balance(till, code));
        assertTrue(till.get("/api/v1/gift-cards/" + id).body().indexOf(code.substring(0, 9)) < 0,
                "the code is never shown again");

        String online = uniqueCode("R");
        Api.Reply redeemed = redeem(till, "{\"code\":\"" + code.toLowerCase() + "\",\"amount\":30.00,"
                + "\"reference\":\"" + store + "/" + online + "\",\"location\":\"" + store + "\"}");
        assertEquals(200, redeemed.status(), redeemed.body());
        assertEquals(new BigDecimal("20.00"), redeemed.json().getJsonNumber("balanceAfter").bigDecimalValue());
        assertEquals(200, redeem(till, "{\"code\":\"" + code + "\",\"amount\":30.00,\"reference\":\"" + store + "/"
                + online + "\",\"location\":\"" + store + "\"}").status(), "sent again, redeemed once");
        sell(online, 1, null, null, "[{\"type\":\"GIFT_CARD\",\"amount\":\"30.00\",\"reference\":\"" + code
                + "\"}]");
        Map<String, BigDecimal> paid = Api.netLines(TaxIT.awaitSaleEntry(store, online));
        assertEquals(new BigDecimal("30.00"), paid.get("2300@" + store), "the card paid: " + paid);
        assertEquals(new BigDecimal("20.00"), balance(till, code), "the sale found it redeemed");

        String offline = uniqueCode("R");
        sell(offline, 1, null, null, "[{\"type\":\"GIFT_CARD\",\"amount\":\"30.00\",\"reference\":\"" + code
                + "\"}]");
        TaxIT.awaitSaleEntry(store, offline);
        assertEquals(new BigDecimal("-10.00"), balance(till, code), "taken offline past its balance");
        List<JsonObject> history = movements(till.get("/api/v1/gift-cards/" + id).json());
        assertEquals(List.of("ISSUE", "REDEEM", "REDEEM"), history.stream().map(m -> m.getString("kind")).toList());
        assertTrue(history.get(2).getString("note").contains("overdrawn: 20.00 left"), history.get(2).toString());

        JsonObject x = TillDaysIT.awaitReceipts(Api.ADMIN, store, 3);
        Map<String, BigDecimal> totals = TillDaysIT.totals(x);
        assertEquals(new BigDecimal("50.00"), totals.get("TENDER/CASH"), "the card's price in the till: " + x);
        assertEquals(new BigDecimal("60.00"), totals.get("TENDER/GIFT_CARD"));
        assertEquals(new BigDecimal("50.00"), x.getJsonNumber("expectedCash").bigDecimalValue());
    }

    @Test
    void twoTillsOnTheLastOfACardOneWins() throws Exception {
        String code = issue(Api.ADMIN, "10.00", null, "CARD", "PSP-" + uniqueCode("P"), null).getString("code");
        Api.Client other = Api.newClient(store, null, "read", "stored-value:write");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tills = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Reply>> answers = new ArrayList<>();
            for (Api.Client client : List.of(till, other)) {
                String reference = store + "/" + uniqueCode("R");
                answers.add(tills.submit(() -> {
                    start.await();
                    return redeem(client, "{\"code\":\"" + code + "\",\"amount\":10.00,\"reference\":\""
                            + reference + "\",\"location\":\"" + store + "\"}");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> answer : answers) {
                statuses.add(answer.get().status());
                if (answer.get().status() == 409) {
                    assertTrue(answer.get().body().contains("balance-insufficient"), answer.get().body());
                }
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            tills.shutdownNow();
        }
        assertEquals(new BigDecimal("0.00"), balance(till, code));
    }

    @Test
    void anOnlineShopRedeemsWithoutALocationAndAStoreClientCannot() {
        String code = issue(Api.ADMIN, "25.00", null, "CARD", "PSP-" + uniqueCode("P"), null).getString("code");
        Api.Client shop = Api.newClient(null, null, "read", "stored-value:write");
        String order = uniqueCode("WEB-");
        Api.Reply paid = shop.post("/api/v1/stored-value/redemptions", "{\"code\":\"" + code + "\",\"amount\":25.00,"
                + "\"reference\":\"" + order + "\"}");
        assertEquals(200, paid.status(), paid.body());
        assertEquals(new BigDecimal("0.00"), paid.json().getJsonNumber("balanceAfter").bigDecimalValue());
        assertEquals(403, redeem(till, "{\"code\":\"" + code + "\",\"amount\":1.00,\"reference\":\"x\"}").status(),
                "a store's client redeems at its store");
    }

    @Test
    void fiveWrongCodesLockTheCallerOutAndNoOneElse() {
        String code = issue(Api.ADMIN, "5.00", null, "CARD", "PSP-" + uniqueCode("P"), null).getString("code");
        Api.Client guesser = Api.newClient(null, null, "read", "stored-value:read");
        for (int i = 0; i < 4; i++) {
            Api.Reply wrong = guesser.post("/api/v1/gift-cards/balance", "{\"code\":\"" + CardGuess.of(i) + "\"}");
            assertEquals(404, wrong.status(), wrong.body());
        }
        Api.Reply fifth = guesser.post("/api/v1/gift-cards/balance", "{\"code\":\"" + CardGuess.of(4) + "\"}");
        assertEquals(429, fifth.status(), fifth.body());
        assertNotNull(fifth.header("Retry-After"));
        assertEquals(429, guesser.post("/api/v1/gift-cards/balance", "{\"code\":\"" + code + "\"}").status(),
                "locked out even with the right code");
        assertEquals(new BigDecimal("5.00"), balance(till, code), "another caller is not");
    }

    @Test
    void storeCreditIsGivenBackForGoodsBroughtBackAndSpentLater() throws Exception {
        String customer = CustomersIT.customer("Mila Storm", "EMAIL", uniqueCode("mila").toLowerCase()
                + "@example.com");
        String back = uniqueCode("R");
        sell(back, 1, "AVAILABLE", customer, "[{\"type\":\"STORE_CREDIT\",\"amount\":\"-30.00\"}]");
        Map<String, BigDecimal> credited = Api.netLines(TaxIT.awaitSaleEntry(store, back));
        assertEquals(new BigDecimal("-30.00"), credited.get("2300@" + store), "owed to the customer: " + credited);
        JsonObject credit = till.get("/api/v1/stored-value/store-credit/" + customer).json();
        assertEquals(new BigDecimal("30.00"), credit.getJsonNumber("balance").bigDecimalValue());
        assertEquals("STORE_CREDIT", credit.getString("kind"));

        String spent = uniqueCode("R");
        sell(spent, 1, null, customer, "[{\"type\":\"STORE_CREDIT\",\"amount\":\"30.00\"}]");
        TaxIT.awaitSaleEntry(store, spent);
        JsonObject after = till.get("/api/v1/stored-value/store-credit/" + customer).json();
        assertEquals(new BigDecimal("0.00"), after.getJsonNumber("balance").bigDecimalValue());
        assertEquals(List.of("CREDIT", "REDEEM"), movements(after).stream().map(m -> m.getString("kind")).toList());
        assertEquals(409, redeem(till, "{\"customerNumber\":\"" + customer + "\",\"amount\":1.00,\"reference\":\""
                + store + "/" + uniqueCode("R") + "\",\"location\":\"" + store + "\"}").status(), "nothing left");
    }

    @Test
    void aCardPastItsLastDayExpiresToBreakage() {
        JsonObject issued = issue(till, "15.00", store, "CARD", "TERM-" + uniqueCode("P"),
                LocalDate.now().plusDays(30).toString());
        long id = issued.getJsonObject("card").getJsonNumber("id").longValue();
        Api.Reply moved = Api.put("/api/v1/gift-cards/" + id + "/expiry", "{\"reason\":\"sold with the wrong date\","
                + "\"expiresOn\":\"" + LocalDate.now().minusDays(2) + "\"}");
        assertEquals(200, moved.status(), moved.body());
        Api.Reply run = Api.post("/api/v1/gift-cards/expiry-runs", "");
        assertEquals(200, run.status(), run.body());
        JsonObject card = Api.get("/api/v1/gift-cards/" + id).json();
        assertEquals("EXPIRED", card.getString("state"));
        assertEquals(new BigDecimal("0.00"), card.getJsonNumber("balance").bigDecimalValue());
        List<JsonObject> history = movements(card);
        assertEquals(List.of("ISSUE", "EXPIRY", "EXPIRE"), history.stream().map(m -> m.getString("kind")).toList());
        JsonObject breakage = Api.journalEntries("gift-card", String.valueOf(id)).stream()
                .filter(e -> e.getString("eventType").equals("STORED_VALUE_EXPIRED")).findFirst().orElseThrow();
        Map<String, BigDecimal> lines = Api.netLines(breakage);
        assertEquals(new BigDecimal("15.00"), lines.get("2300@" + store), "no longer owed: " + lines);
        assertEquals(new BigDecimal("-15.00"), lines.get("4900@" + store), "breakage income");
        assertEquals(409, redeem(Api.ADMIN, "{\"code\":\"" + issued.getString("code") + "\",\"amount\":1.00,"
                + "\"reference\":\"late\",\"location\":\"" + store + "\"}").status());
    }

    @Test
    void tendersNamingNoCardOrNoCustomerAreDeadLetteredAndChangeNothing() throws JMSException {
        String unknown = uniqueCode("R");
        sell(unknown, 1, null, null, "[{\"type\":\"GIFT_CARD\",\"amount\":\"30.00\",\"reference\":\""
                + CardGuess.of(9) + "\"}]");
        assertTrue(TendersIT.deadLetterOf(unknown).contains("no gift card has the code"));
        String nobody = uniqueCode("R");
        sell(nobody, 1, "AVAILABLE", null, "[{\"type\":\"STORE_CREDIT\",\"amount\":\"-30.00\"}]");
        assertTrue(TendersIT.deadLetterOf(nobody).contains("the sale names no customer"));
        String ontoGiftCard = uniqueCode("R");
        sell(ontoGiftCard, 1, "AVAILABLE", null, "[{\"type\":\"GIFT_CARD\",\"amount\":\"-30.00\",\"reference\":\""
                + CardGuess.of(8) + "\"}]");
        assertTrue(TendersIT.deadLetterOf(ontoGiftCard).contains("nothing is paid back onto a gift card"));
        assertEquals(20L, Api.onHand(sku, store), "none was recorded");
    }

    @Test
    void theWrongRoleAndTheWrongStoreAreRefused() {
        String other = uniqueCode("SVO");
        Api.createLocation(other, "STORE");
        Api.Client otherStore = Api.newClient(other, null, "read", "stored-value:read", "stored-value:write");
        assertEquals(403, otherStore.post("/api/v1/gift-cards", "{\"amount\":10.00,\"location\":\"" + store
                + "\",\"reference\":\"" + uniqueCode("G") + "\",\"paidWith\":\"CASH\"}").status(), "another store");
        JsonObject issued = issue(till, "20.00", store, "CASH", null, null);
        long id = issued.getJsonObject("card").getJsonNumber("id").longValue();
        assertEquals(403, otherStore.post("/api/v1/stored-value/redemptions", "{\"code\":\"" + issued.getString(
                "code") + "\",\"amount\":1.00,\"reference\":\"x\",\"location\":\"" + store + "\"}").status(),
                "redeeming at another store");
        assertEquals(403, otherStore.post("/api/v1/gift-cards/" + id + "/block", "{\"reason\":\"stolen\"}")
                .status(), "a card sold at another store");
        Api.Client reader = Api.newClient(store, null, "read", "stored-value:read");
        assertEquals(403, reader.post("/api/v1/gift-cards/" + id + "/block", "{\"reason\":\"stolen\"}").status(),
                "reading is not changing");
        assertEquals(403, Api.newClient(store, null, "read", "orders:write").post("/api/v1/gift-cards/balance",
                "{\"code\":\"" + issued.getString("code") + "\"}").status(), "orders rights are not card rights");
        assertEquals(403, till.post("/api/v1/gift-cards", "{\"amount\":10.00,\"reference\":\"" + uniqueCode("G")
                + "\",\"paidWith\":\"CARD\",\"paymentReference\":\"P-1\"}").status(),
                "a store's till does not sell cards online");
        assertEquals(422, Api.post("/api/v1/gift-cards", "{\"amount\":10.00,\"reference\":\"" + uniqueCode("G")
                + "\",\"paidWith\":\"CASH\"}").status(), "cash is taken at a store");
        Api.Reply blocked = till.post("/api/v1/gift-cards/" + id + "/block", "{\"reason\":\"reported stolen\"}");
        assertEquals(200, blocked.status(), blocked.body());
        Api.Reply refused = redeem(till, "{\"code\":\"" + issued.getString("code") + "\",\"amount\":1.00,"
                + "\"reference\":\"" + store + "/" + uniqueCode("R") + "\",\"location\":\"" + store + "\"}");
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("reported stolen"), refused.body());
    }

    /** Codes of the right shape that no card has (a card's 80 random bits make a collision beyond reach). */
    private static final class CardGuess {
        static String of(int i) {
            return "ZZZZ-ZZZZ-ZZZZ-ZZZ" + "0123456789ABCDEF".charAt(i);
        }
    }

    private static JsonObject issue(Api.Client client, String amount, String location, String paidWith,
                                    String paymentReference, String expiresOn) {
        Api.Reply issued = client.post("/api/v1/gift-cards", "{\"amount\":" + amount + ",\"reference\":\""
                + uniqueCode("G") + "\",\"paidWith\":\"" + paidWith + "\""
                + (location == null ? "" : ",\"location\":\"" + location + "\"")
                + (paymentReference == null ? "" : ",\"paymentReference\":\"" + paymentReference + "\"")
                + (expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\"") + "}");
        assertEquals(201, issued.status(), issued.body());
        return issued.json();
    }

    private static BigDecimal balance(Api.Client client, String code) {
        Api.Reply balance = client.post("/api/v1/gift-cards/balance", "{\"code\":\"" + code + "\"}");
        assertEquals(200, balance.status(), balance.body());
        return balance.json().getJsonNumber("balance").bigDecimalValue();
    }

    private static Api.Reply redeem(Api.Client client, String body) {
        return client.post("/api/v1/stored-value/redemptions", body);
    }

    private static List<JsonObject> movements(JsonObject card) {
        return card.getJsonArray("movements").stream().map(JsonValue::asJsonObject).toList();
    }

    private void sell(String receipt, int quantity, String returnCondition, String customer, String tenders)
            throws JMSException {
        try (Connection connection = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message message = session.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + store
                    + "\",\"receiptId\":\"" + receipt + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{\"sku\":\""
                    + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":\"30.00\""
                    + (returnCondition == null ? "" : ",\"returnCondition\":\"" + returnCondition + "\"") + "}]"
                    + (customer == null ? "" : ",\"customerNumber\":\"" + customer + "\"")
                    + ",\"tenders\":" + tenders + "}");
            message.setStringProperty("testMarker", receipt);
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(message);
        }
    }
}
