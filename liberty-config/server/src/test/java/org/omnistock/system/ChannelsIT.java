package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.omnistock.messages.channel.ChannelStockChanged;

/** Channels from outside: what each may sell, and the events a marketplace connector receives. */
class ChannelsIT {

    @Test
    void aChannelSellsWhatItsLocationsHaveLessItsBufferAndAnnouncesEveryChange() throws Exception {
        String sku = uniqueCode("CH");
        String storeA = uniqueCode("CA");
        String storeB = uniqueCode("CB");
        String web = uniqueCode("WEB");
        String market = uniqueCode("MKT");
        createSku(sku);
        createLocation(storeA, "STORE");
        createLocation(storeB, "STORE");
        assertEquals(201, post("/api/v1/channels", channel(web, storeA, storeB)).status());
        assertEquals(201, post("/api/v1/channels", channel(market, storeA)).status());
        assertEquals(200, post("/api/v1/channels/" + web + "/rules",
                "{\"scope\":\"ALL\",\"kind\":\"BUFFER_PERCENT\",\"amount\":10}").status());
        assertEquals(200, post("/api/v1/channels/" + market + "/rules",
                "{\"scope\":\"SKU\",\"value\":\"" + sku + "\",\"kind\":\"EXCLUDE\"}").status());

        try (Connection connector = Broker.asStore(storeA)) {
            connector.start();
            Session session = connector.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer events = session.createConsumer(session.createTopic(Destinations.CHANNEL_STOCK_CHANGED),
                    Headers.CHANNEL + " = '" + web + "' AND " + Headers.SKU + " = '" + sku + "'");

            receive(sku, storeA, 7);
            receive(sku, storeB, 5);
            assertEquals(201, post("/api/v1/reservations", "{\"reference\":\"order-ch\",\"lines\":[{\"sku\":\""
                    + sku + "\",\"locationId\":\"" + storeA + "\",\"quantity\":3}]}").status());

            List<ChannelStockChanged> changes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Message event = events.receive(15_000);
                assertNotNull(event, "change " + (i + 1) + " of 3; got " + changes);
                changes.add(JsonCodec.fromJson(((TextMessage) event).getText(), ChannelStockChanged.class));
            }
            assertEquals(List.of(6L, 10L, 8L), changes.stream().map(ChannelStockChanged::sellable).toList(),
                    "7 available less 1 (10%, rounded up); 12 less 2; 9 less 1");
            assertEquals(List.of(1L, 2L, 3L), changes.stream().map(ChannelStockChanged::sequence).toList());
        }

        JsonObject now = get("/api/v1/channels/" + web + "/stock/" + sku).json();
        assertEquals(9, now.getInt("available"));
        assertEquals(1, now.getInt("buffer"));
        assertEquals(8, now.getInt("sellable"));
        JsonObject excluded = get("/api/v1/channels/" + market + "/stock/" + sku).json();
        assertTrue(excluded.getBoolean("excluded"));
        assertEquals(0, excluded.getInt("sellable"));
    }

    /**
     * One reservation of two SKUs at two stores is one multi-level posting: the channel works out both SKUs together
     * (their stock summed in one query) and announces each once, with the figures after the whole posting.
     */
    @Test
    void aPostingOfSeveralSkusAnnouncesEachSkuOnceWithItsOwnFigure() throws Exception {
        String first = uniqueCode("CH1");
        String second = uniqueCode("CH2");
        String storeA = uniqueCode("CA");
        String storeB = uniqueCode("CB");
        String web = uniqueCode("WEB");
        createSku(first);
        createSku(second);
        createLocation(storeA, "STORE");
        createLocation(storeB, "STORE");
        assertEquals(201, post("/api/v1/channels", channel(web, storeA, storeB)).status());
        try (Connection connector = Broker.asStore(storeA)) {
            connector.start();
            Session session = connector.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer events = session.createConsumer(session.createTopic(Destinations.CHANNEL_STOCK_CHANGED),
                    Headers.CHANNEL + " = '" + web + "'");
            receive(first, storeA, 7);
            receive(first, storeB, 5);
            receive(second, storeA, 20);
            assertEquals(201, post("/api/v1/reservations", "{\"reference\":\"order-ch2\",\"lines\":["
                    + "{\"sku\":\"" + first + "\",\"locationId\":\"" + storeA + "\",\"quantity\":2},"
                    + "{\"sku\":\"" + second + "\",\"locationId\":\"" + storeA + "\",\"quantity\":6},"
                    + "{\"sku\":\"" + first + "\",\"locationId\":\"" + storeB + "\",\"quantity\":1}]}").status());

            Map<String, List<Long>> available = new TreeMap<>();
            for (Message event = events.receive(15_000); event != null; event = events.receive(2_000)) {
                ChannelStockChanged change = JsonCodec.fromJson(((TextMessage) event).getText(),
                        ChannelStockChanged.class);
                available.computeIfAbsent(change.sku(), sku -> new ArrayList<>()).add(change.available());
            }
            assertEquals(Map.of(first, List.of(7L, 12L, 9L), second, List.of(20L, 14L)), available,
                    "per receipt, then each SKU once for the whole reservation, with both stores' stock");
        }
        assertEquals(9, get("/api/v1/channels/" + web + "/stock/" + first).json().getInt("sellable"));
        assertEquals(14, get("/api/v1/channels/" + web + "/stock/" + second).json().getInt("sellable"));
    }

    @Test
    void badChannelRequestsAreProblems() {
        assertEquals(404, get("/api/v1/channels/NO-SUCH-CHANNEL").status());
        Api.Reply unknownLocation = post("/api/v1/channels", channel(uniqueCode("X"), "NO-SUCH-LOCATION"));
        assertEquals(422, unknownLocation.status());
        assertEquals("urn:omnistock:problem:unknown-location", unknownLocation.json().getString("type"));
    }

    private static String channel(String code, String... locations) {
        return "{\"code\":\"" + code + "\",\"name\":\"Test channel " + code + "\",\"type\":\"WEB\",\"locationIds\":[\""
                + String.join("\",\"", locations) + "\"]}";
    }
}
