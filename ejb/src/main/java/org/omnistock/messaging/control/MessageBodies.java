package org.omnistock.messaging.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.omnistock.messages.MalformedMessageException;

/**
 * The JSON body of a message, whichever way its client sent it: a JMS or AMQP client sends a text message, a STOMP
 * client that sets {@code content-length} (as most STOMP libraries do) arrives as a bytes message. Bodies are
 * bounded: a larger one is refused before it is read.
 */
public final class MessageBodies {

    /** The largest body a listener reads; the broker refuses larger messages before that (broker.xml). */
    public static final int MAX_BYTES = 1 << 20;

    private MessageBodies() {
    }

    /**
     * @throws MalformedMessageException if the message has no text body, is larger than {@link #MAX_BYTES}, or its
     *                                   bytes are not UTF-8
     * @throws JMSException              if the message cannot be read (a fault that may pass)
     */
    public static String text(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            String body = text.getText();
            if (body != null && body.length() > MAX_BYTES) {
                throw new MalformedMessageException("the message body is larger than " + MAX_BYTES + " bytes");
            }
            return body;
        }
        if (message instanceof BytesMessage) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(message)))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new MalformedMessageException("the message body is not UTF-8 text", e);
            }
        }
        throw new MalformedMessageException("the message must carry JSON as text or UTF-8 bytes, not a "
                + message.getClass().getSimpleName());
    }

    /** The whole body of a bytes message, from its start, however much of it was read before. */
    public static byte[] bytes(Message message) throws JMSException {
        BytesMessage bytes = (BytesMessage) message;
        bytes.reset();
        long length = bytes.getBodyLength();
        if (length > MAX_BYTES) {
            throw new MalformedMessageException("the message body is larger than " + MAX_BYTES + " bytes");
        }
        byte[] content = new byte[(int) length];
        bytes.readBytes(content);
        bytes.reset();
        return content;
    }
}
