package org.omnistock.system;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** The Artemis broker as a store or an operator reaches it: a real JMS client, logged in as itself. */
final class Broker {

    static final String URL = System.getProperty("artemis.url", "tcp://127.0.0.1:61616");

    /** A store's broker user and password, as an admin issues them. */
    record StoreUser(String user, String password) {
    }

    private Broker() {
    }

    /** New broker credentials for the store (POST /api/v1/locations/{code}/broker-credentials). */
    static StoreUser credentialsOf(String store) {
        Api.Reply issued = Api.post("/api/v1/locations/" + store + "/broker-credentials", "");
        if (issued.status() != 200) {
            throw new AssertionError("no broker credentials for " + store + ": " + issued);
        }
        return new StoreUser(issued.json().getString("user"), issued.json().getString("password"));
    }

    /** A connection as the store, with the store's code as client id (the name its durable subscriptions need). */
    static Connection asStore(String store) throws JMSException {
        return asStore(credentialsOf(store), store);
    }

    static Connection asStore(StoreUser user, String clientId) throws JMSException {
        Connection connection = new ActiveMQConnectionFactory(URL, user.user(), user.password()).createConnection();
        if (clientId != null) {
            connection.setClientID(clientId);
        }
        return connection;
    }

    /** The operators' user, for what only operators may do (read the dead-letter queue). */
    static Connection asAdmin() throws JMSException {
        return new ActiveMQConnectionFactory(URL, "admin", "admin").createConnection();
    }
}
