package org.omnistock.account.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
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

    /** One operation of the broker's control and its parameters, for {@link #invokeAll}. */
    public record Operation(String name, Object... parameters) {
    }

    /**
     * The security settings of a durable subscription's queue that only its owner uses (a store's, a connector's):
     * the owner's roles consume from it, create and delete it, and browse it; nobody sends to it directly.
     */
    public static Operation ownSubscription(String queueMatch, String ownerRoles) {
        // match, send, consume, createDurableQueue, deleteDurableQueue, createNonDurableQueue,
        // deleteNonDurableQueue, manage, browse, createAddress, deleteAddress
        return new Operation("addSecuritySettings", queueMatch, "", ownerRoles, ownerRoles, ownerRoles, "", "", "",
                ownerRoles, "", "");
    }

    /**
     * Invokes an operation of the broker's control ({@code ActiveMQServerControl}) and returns its result as JSON.
     *
     * @throws IllegalStateException if the broker refuses the operation or does not answer in time
     */
    public String invoke(String operation, Object... parameters) {
        return invokeAll(List.of(new Operation(operation, parameters))).get(0);
    }

    /**
     * Invokes operations one after the other through one exchange (one context, one reply queue), and returns their
     * results as JSON in the same order: a store's dozen security settings cost a round trip each, not a context and
     * a reply queue made and deleted each (about 40 ms apiece, B7). Requests are not persistent: each waits for its
     * reply, and one lost is an operation that did not answer in time.
     *
     * @throws IllegalStateException at the first operation the broker refuses or does not answer in time (those
     *                               before it are done)
     */
    public List<String> invokeAll(List<Operation> operations) {
        // A context of its own for the exchange: the container's injected one loses its managed connection between
        // the request and the wait for the reply when no transaction holds it.
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue replies = jms.createTemporaryQueue();
            try (JMSConsumer consumer = jms.createConsumer(replies)) {
                JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                        .setJMSReplyTo(replies);
                Queue management = jms.createQueue(MANAGEMENT_ADDRESS);
                List<String> results = new ArrayList<>();
                for (Operation operation : operations) {
                    results.add(exchange(jms, producer, management, consumer, operation));
                }
                return results;
            } finally {
                try {
                    replies.delete();
                } catch (JMSException ignored) {
                    // The temporary queue goes with the connection anyway.
                }
            }
        }
    }

    private static String exchange(JMSContext jms, JMSProducer producer, Queue management, JMSConsumer replies,
                                   Operation operation) {
        try {
            TextMessage request = jms.createTextMessage(JsonCodec.toJson(Arrays.asList(operation.parameters())));
            request.setStringProperty("_AMQ_ResourceName", "broker");
            request.setStringProperty("_AMQ_OperationName", operation.name());
            producer.send(management, request);
            Message reply = replies.receive(REPLY_MILLIS);
            if (reply == null) {
                throw new IllegalStateException("the broker did not answer " + operation.name() + " within "
                        + REPLY_MILLIS / 1000 + " s");
            }
            String result = reply instanceof TextMessage text ? text.getText() : null;
            if (!reply.getBooleanProperty("_AMQ_OperationSucceeded")) {
                throw new IllegalStateException("the broker refused " + operation.name() + ": " + result);
            }
            return result;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot ask the broker to " + operation.name(), e);
        }
    }
}
