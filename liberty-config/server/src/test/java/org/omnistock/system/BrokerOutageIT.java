package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.uniqueCode;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;

/**
 * The broker is unreachable when a stock change commits: the change is accepted, and its event is published once
 * the broker is back. The test cuts the network between the server and the broker ({@link BrokerNetwork}, which the
 * build runs between them) and mends it; it listens on the operators' acceptor, which the cut does not touch. Tagged
 * {@code broker}: what it proves is the outbox's and the broker link's, so CI runs it once, on Derby.
 */
@Tag("broker")
class BrokerOutageIT {

    private static final String OPERATIONS = System.getProperty("artemis.operations.url", "tcp://127.0.0.1:61617");
    private static final ActiveMQConnectionFactory OPERATIONS_FACTORY =
            new ActiveMQConnectionFactory(OPERATIONS, "admin", "admin");

    @Test
    void aChangeCommittedWhileTheBrokerIsUnreachableIsPublishedWhenItIsBack() throws Exception {
        String sku = uniqueCode("OUT");
        String store = uniqueCode("OS");
        createSku(sku);
        createLocation(store, "STORE");

        try (Connection subscriber = OPERATIONS_FACTORY.createConnection()) {
            subscriber.start();
            Session subscription = subscriber.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer events = subscription.createConsumer(
                    subscription.createTopic(Destinations.STOCK_CHANGED), Headers.SKU + " = '" + sku + "'");
            try {
                assertEquals("cut", BrokerNetwork.tellTheServersLink("cut"));
                Thread.sleep(1_000);

                Api.Reply receipt = Api.post("/api/v1/stock/receipts",
                        "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":6}");

                assertEquals(201, receipt.status(), "the write is accepted without the broker: " + receipt.body());
                assertEquals(6L, onHand(sku, store));
                assertNull(events.receive(4_000), "no event can leave while the broker is unreachable");
            } finally {
                assertEquals("relaying", BrokerNetwork.tellTheServersLink("mend"));
            }

            Message event = events.receive(60_000);
            assertNotNull(event, "the event of the committed change follows once the broker is back");
            StockChanged changed = JsonCodec.fromJson(((TextMessage) event).getText(), StockChanged.class);
            assertEquals(6, changed.onHand());
            assertEquals(1, changed.sequence());
            assertNull(events.receive(3_000), "and it is published once");
        }
    }
}
