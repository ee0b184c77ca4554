package org.omnistock.broker;

import java.util.Map;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerPlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.omnistock.messages.Headers;

/**
 * Tells the server who sent a message, in a way no client can forge, and keeps messages small.
 *
 * <p>Artemis writes the authenticated user into {@code _AMQ_VALIDATED_USER} ({@code JMSXUserID}) only for CORE and
 * STOMP messages; on a message sent over AMQP that property is whatever the client put there (tried on 2.40.0: an
 * AMQP till logged in as S001 could claim to be S002). This plugin sets {@link Headers#SENDER} on every message, of
 * every protocol, to the user the broker authenticated, replacing any value the client sent.</p>
 *
 * <p>It also refuses a message larger than {@code maxMessageBytes} (broker.xml), before it is stored: no client can
 * fill the broker's memory or disk with one message.</p>
 *
 * <p>And it keeps every message sent to the platform's addresses ({@code omnistock.}...) durable, whatever the client
 * asked: a STOMP frame is non-persistent unless it says {@code persistent:true}, and a till's sale taken that way was
 * lost when the broker died before the server had it (BrokerFailoverIT: about 90 of 133 queued sales of each STOMP
 * till, with a RECEIPT for every one). Sales, reports and events must outlive the broker.</p>
 */
public class AuthenticatedSender implements ActiveMQServerPlugin {

    static final String MAX_MESSAGE_BYTES = "maxMessageBytes";
    static final SimpleString SENDER = SimpleString.of(Headers.SENDER);
    /** The prefix of the platform's addresses, whose messages are kept durable. */
    static final String PLATFORM = "omnistock.";

    private long maxMessageBytes = 1L << 20;

    @Override
    public void init(Map<String, String> properties) {
        String configured = properties.get(MAX_MESSAGE_BYTES);
        if (configured != null) {
            maxMessageBytes = Long.parseLong(configured.strip());
        }
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
                           boolean noAutoCreateQueue) throws ActiveMQException {
        long size = message.getWholeMessageSize();
        if (size > maxMessageBytes) {
            throw new ActiveMQException(ActiveMQExceptionType.ILLEGAL_STATE, "a message of " + size
                    + " bytes is larger than this broker takes (" + maxMessageBytes + " bytes)");
        }
        if (!message.isDurable() && message.getAddress() != null && message.getAddress().startsWith(PLATFORM)) {
            message.setDurable(true);
        }
        String user = session.getValidatedUser();
        if (user == null) {
            message.removeProperty(SENDER);
        } else {
            message.putStringProperty(SENDER, SimpleString.of(user));
        }
    }
}
