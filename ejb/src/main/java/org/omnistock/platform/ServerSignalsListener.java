package org.omnistock.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * This server's subscription to {@value ServerSignals#ADDRESS}: non-durable, so it ends with the server and nothing
 * waits for a server that is gone (activation in server.xml). No transaction: a signal is a hint, acted on once.
 */
@MessageDriven(name = "ServerSignalsListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServerSignalsListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ServerSignalsListener.class.getName());

    @Inject
    ServerSignals signals;

    @Override
    public void onMessage(Message message) {
        try {
            signals.received(message);
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "A signal from another server could not be read; what it announced is seen at "
                    + "the next sweep", e);
        }
    }
}
