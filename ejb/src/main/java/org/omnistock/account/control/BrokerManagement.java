package org.omnistock.account.control;

import java.util.Arrays;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;

import org.omnistock.messages.JsonCodec;

/**
 * Operations of the Artemis broker's management API, called with management messages (request and reply) through
 * the server's own connection: the resource adapter's classes, Artemis' management helpers among them, are not
 * visible to the application, and the protocol is plain JMS. The server's broker user has the {@code manage}
 * permission on {@value #MANAGEMENT_ADDRESS} (broker.xml).
 *
 * <p>Outside any transaction: a request sent inside one would leave only at commit, after the wait for its reply.</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BrokerManagement {

    static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final long REPLY_MILLIS = 10_000;

    @Resource(lookup = "jms/omnistock")
    ConnectionFactory connectionFactory;

    /** The broker's refusal to add a user that exists. */
    public static final String USER_EXISTS = "AMQ229223";

    /**
     * Invokes an operation, which the broker may refuse with the given error code.
     *
     * @return false if it was refused with that code; true if it succeeded
     * @throws IllegalStateException if it was refused otherwise, or the broker does not answer in time
     */
    public boolean tryInvoke(String refusalCode, String operation, Object... parameters) {
        try {
            invoke(operation, parameters);
            return true;
        } catch (IllegalStateException e) {
            if (e.getMessage().contains(refusalCode)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Invokes an operation of the broker's control ({@code ActiveMQServerControl}) and returns its result as JSON.
     *
     * @throws IllegalStateException if the broker refuses the operation or does not answer in time
     */
    public String invoke(String operation, Object... parameters) {
        // A context of its own for the exchange: the container's injected one loses its managed connection between
        // the request and the wait for the reply when no transaction holds it.
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            return exchange(jms, operation, parameters);
        }
    }

    private static String exchange(JMSContext jms, String operation, Object... parameters) {
        TemporaryQueue replies = jms.createTemporaryQueue();
        try (JMSConsumer consumer = jms.createConsumer(replies)) {
            TextMessage request = jms.createTextMessage(JsonCodec.toJson(Arrays.asList(parameters)));
            request.setStringProperty("_AMQ_ResourceName", "broker");
            request.setStringProperty("_AMQ_OperationName", operation);
            request.setJMSReplyTo(replies);
            jms.createProducer().send(jms.createQueue(MANAGEMENT_ADDRESS), request);
            Message reply = consumer.receive(REPLY_MILLIS);
            if (reply == null) {
                throw new IllegalStateException("the broker did not answer " + operation + " within "
                        + REPLY_MILLIS / 1000 + " s");
            }
            String result = reply instanceof TextMessage text ? text.getText() : null;
            if (!reply.getBooleanProperty("_AMQ_OperationSucceeded")) {
                throw new IllegalStateException("the broker refused " + operation + ": " + result);
            }
            return result;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot ask the broker to " + operation, e);
        } finally {
            try {
                replies.delete();
            } catch (JMSException ignored) {
                // The temporary queue goes with the connection anyway.
            }
        }
    }
}
