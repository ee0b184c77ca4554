package org.omnistock.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Headers;

class AuthenticatedSenderTest {

    private final AuthenticatedSender plugin = new AuthenticatedSender();

    @Test
    void theSenderIsTheUserTheBrokerAuthenticatedWhateverTheClientWrote() throws ActiveMQException {
        Message message = message(100);
        message.putStringProperty(Headers.SENDER, "S002");

        plugin.beforeSend(sessionOf("S001"), null, message, false, false);

        assertEquals("S001", message.getStringProperty(Headers.SENDER));
    }

    @Test
    void withoutAnAuthenticatedUserThereIsNoSender() throws ActiveMQException {
        Message message = message(100);
        message.putStringProperty(Headers.SENDER, "S002");

        plugin.beforeSend(sessionOf(null), null, message, false, false);

        assertNull(message.getStringProperty(Headers.SENDER));
    }

    @Test
    void aMessageLargerThanTheLimitIsRefused() throws ActiveMQException {
        plugin.init(Map.of(AuthenticatedSender.MAX_MESSAGE_BYTES, "2048"));

        plugin.beforeSend(sessionOf("S001"), null, message(1000), false, false);
        ActiveMQException refused = assertThrows(ActiveMQException.class,
                () -> plugin.beforeSend(sessionOf("S001"), null, message(5000), false, false));

        assertTrue(refused.getMessage().contains("larger than this broker takes (2048 bytes)"), refused.getMessage());
    }

    @Test
    void aMessageToThePlatformIsKeptDurableWhateverTheClientAsked() throws ActiveMQException {
        Message sale = message(100);
        sale.setAddress("omnistock.pos.sales");
        sale.setDurable(false);
        Message elsewhere = message(100);
        elsewhere.setAddress("activemq.management");
        elsewhere.setDurable(false);

        plugin.beforeSend(sessionOf("S001"), null, sale, false, false);
        plugin.beforeSend(sessionOf("S001"), null, elsewhere, false, false);

        assertTrue(sale.isDurable(), "a STOMP till's sale sent without persistent:true");
        assertFalse(elsewhere.isDurable(), "a management request stays as it was sent");
    }

    private static Message message(int bodyBytes) {
        CoreMessage message = new CoreMessage(1, bodyBytes + 100);
        message.getBodyBuffer().writeBytes(new byte[bodyBytes]);
        return message;
    }

    /** A session whose only answer that matters here is who logged in. */
    private static ServerSession sessionOf(String user) {
        return (ServerSession) Proxy.newProxyInstance(ServerSession.class.getClassLoader(),
                new Class<?>[] {ServerSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getValidatedUser" -> user;
                    case "toString" -> "session of " + user;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
