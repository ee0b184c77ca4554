package org.omnistock.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.naming.InitialContext;

import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omnistock.messages.Headers;
import org.omnistock.outbox.control.EventPublisher;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutboxWritten;
import org.omnistock.outbox.control.OutboxPartitions;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.outbox.entity.OutboxMessage;
import org.omnistock.platform.Clocks;
import org.omnistock.platform.InstantConverter;
import org.omnistock.platform.Servers;

/**
 * The relay's sends to the real broker. A server killed after the broker committed a batch and before the database
 * marked it leaves those events pending; the next relay turn, on any server, sends them again with the ones after
 * them, and every event must arrive once, in order, without the relay getting stuck on the ones the broker has.
 */
@ExtendWith(ArquillianExtension.class)
class EventPublisherIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "event-publisher-it.war")
                .addClasses(EventPublisher.class, Outbox.class, OutgoingEvent.class, OutboxWritten.class,
                        OutboxPartitions.class, OutboxMessage.class, Headers.class, Clocks.class,
                        InstantConverter.class, Servers.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    EventPublisher publisher;

    @Test
    void aBatchTheBrokerPartlyHasArrivesOnceAndInOrder() throws Exception {
        String queue = "it.event-publisher." + UUID.randomUUID();
        List<OutboxMessage> batch = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            batch.add(new OutboxMessage(UUID.randomUUID().toString(), queue, false, "ItEvent", "{}", "event " + i,
                    Instant.now()));
        }

        publisher.publish(batch.subList(0, 2));
        publisher.publish(batch);

        ConnectionFactory broker = InitialContext.doLookup("jms/omnistock");
        List<String> arrived = new ArrayList<>();
        try (Connection connection = broker.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            connection.start();
            for (Message message = consumer.receive(5_000); message != null; message = consumer.receive(1_000)) {
                arrived.add(((TextMessage) message).getText());
            }
        }
        assertEquals(List.of("event 1", "event 2", "event 3", "event 4", "event 5"), arrived);
    }
}
