package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;

/**
 * An outside system's connector reads the events README offers it with a broker user of its own, issued for its
 * API client: what the client's scopes allow, live and in durable subscriptions of its own, and it sends nowhere.
 */
class ConnectorsIT {

    @Test
    void aConnectorReadsTheEventsItsScopesAllowAndCannotSendSales() throws Exception {
        Api.Client erp = Api.newClient(null, null, "read", "stock:write");
        Api.Reply issued = post("/api/v1/clients/" + erp.id + "/broker-credentials", "");
        assertEquals(200, issued.status(), issued.body());
        JsonObject credentials = issued.json();
        Broker.StoreUser user = new Broker.StoreUser(credentials.getString("user"),
                credentials.getString("password"));
        assertEquals("connector-" + erp.id, user.user());
        assertTrue(credentials.getJsonArray("addresses").toString().contains(Destinations.ORDER_CHANGED));
        String sku = uniqueCode("CON");
        String store = uniqueCode("CS");
        Api.createSku(sku);
        Api.createLocation(store, "STORE");

        try (Connection connection = Broker.asStore(user, user.user())) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer live = session.createConsumer(session.createTopic(Destinations.STOCK_CHANGED),
                    Headers.SKU + " = '" + sku + "'");
            MessageConsumer durable = session.createDurableSubscriber(session.createTopic(
                    Destinations.ORDER_CHANGED), Destinations.subscription(Destinations.ORDER_CHANGED));

            Api.receive(sku, store, 5);

            Message event = live.receive(15_000);
            assertNotNull(event, "the connector hears the stock change");
            assertEquals(5, JsonCodec.fromJson(((TextMessage) event).getText(), StockChanged.class).onHand());
            assertNotNull(durable);
            assertThrows(JMSSecurityException.class, () -> session.createProducer(
                    session.createQueue(Destinations.POS_SALES)).send(session.createTextMessage("{}")),
                    "a connector sends no sales");
            assertThrows(JMSSecurityException.class, () -> session.createProducer(
                    session.createTopic(Destinations.STOCK_CHANGED)).send(session.createTextMessage("{}")));
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(
                    session.createTopic(Destinations.CUSTOMER_CHANGED)), "customers need customers:read");
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(
                    session.createQueue(Destinations.POS_SALES)), "nor may it take the server's work");
            durable.close();
            session.unsubscribe(Destinations.subscription(Destinations.ORDER_CHANGED));
        }
    }

    @Test
    void personalDataScopesOpenCustomerEventsAndADisabledClientLosesItsBrokerUser() throws Exception {
        Api.Client crm = Api.newClient(null, null, "read", "customers:read");
        JsonObject credentials = post("/api/v1/clients/" + crm.id + "/broker-credentials", "").json();
        Broker.StoreUser user = new Broker.StoreUser(credentials.getString("user"),
                credentials.getString("password"));
        try (Connection connection = Broker.asStore(user, null)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertNotNull(session.createConsumer(session.createTopic(Destinations.CUSTOMER_CHANGED)));
        }

        Api.Reply disabled = Api.put("/api/v1/clients/" + crm.id, "{\"name\":\"CRM\",\"scopes\":[\"read\","
                + "\"customers:read\"],\"enabled\":false}");

        assertEquals(200, disabled.status(), disabled.body());
        assertTrue(refusedWithin(user, 20_000), "its broker user is gone (the broker keeps a login 10 s)");
        assertEquals(422, post("/api/v1/clients/" + crm.id + "/broker-credentials", "").status());
        Api.Client shopWithoutRead = Api.newClient(null, null, "orders:write");
        Api.Reply refused = post("/api/v1/clients/" + shopWithoutRead.id + "/broker-credentials", "");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("client-reads-no-events"), refused.body());
        Api.Client notAdmin = Api.newClient(null, null, "read", "catalog:write");
        assertEquals(403, notAdmin.post("/api/v1/clients/" + crm.id + "/broker-credentials", "").status());
    }

    /** Whether the broker refuses the user's log-in within the time. */
    private static boolean refusedWithin(Broker.StoreUser user, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try (Connection connection = Broker.asStore(user, null)) {
                connection.createSession(false, Session.AUTO_ACKNOWLEDGE).close();
            } catch (JMSException refused) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
