package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Instant;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;

/**
 * The broker is unreachable when a stock change commits: the change is accepted, and its event is published once
 * the broker is back. The test closes the broker's client acceptor (the server's connection with it) through
 * Artemis management on the operators' acceptor, and opens it again.
 */
class BrokerOutageIT {

    private static final String OPERATIONS = System.getProperty("artemis.operations.url", "tcp://127.0.0.1:61617");
    private static final String CLIENT_ACCEPTOR = "omnistock";
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
                acceptor("stop");
                Thread.sleep(1_000);

                Api.Reply receipt = Api.post("/api/v1/stock/receipts",
                        "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":6}");

                assertEquals(201, receipt.status(), "the write is accepted without the broker: " + receipt.body());
                assertEquals(6L, onHand(sku, store));
                assertNull(events.receive(4_000), "no event can leave while the broker is unreachable");
            } finally {
                startAcceptor();
            }

            Message event = events.receive(60_000);
            assertNotNull(event, "the event of the committed change follows once the broker is back");
            StockChanged changed = JsonCodec.fromJson(((TextMessage) event).getText(), StockChanged.class);
            assertEquals(6, changed.onHand());
            assertEquals(1, changed.sequence());
            assertNull(events.receive(3_000), "and it is published once");
        }
    }

    /**
     * Opens the client acceptor again, retrying on a new operator connection until it is open: an acceptor left
     * closed would cut the server off the broker for every test that runs after this one (a loaded machine once
     * failed the operator's connection during the outage, and the tests after it timed out one by one).
     */
    private static void startAcceptor() throws Exception {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (true) {
            try {
                acceptor("start");
                return;
            } catch (JMSException broken) {
                if (Instant.now().isAfter(giveUp)) {
                    throw broken;
                }
                Thread.sleep(500);
            }
        }
    }

    private static void acceptor(String operation) throws Exception {
        try (QueueConnection operator = OPERATIONS_FACTORY.createQueueConnection()) {
            operator.start();
            QueueSession session = operator.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueRequestor requestor = new QueueRequestor(session, session.createQueue("activemq.management"));
            Message request = session.createMessage();
            JMSManagementHelper.putOperationInvocation(request, ResourceNames.ACCEPTOR + CLIENT_ACCEPTOR, operation);
            Message reply = requestor.request(request);
            assertTrue(JMSManagementHelper.hasOperationSucceeded(reply),
                    operation + " acceptor failed: " + JMSManagementHelper.getResult(reply));
        }
    }
}
