package org.omnistock.customer.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.customer.entity.Customer;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.customer.CustomerChanged;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.outbox.control.Outbox;

/** Announces a profile's change through the outbox of the transaction that made it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CustomerEvents {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * @param change what happened: CREATED, UPDATED, KEYS, MERGED, ERASED
     * @param merged the number of the profile merged into this one, for MERGED
     */
    public void changed(Customer customer, String change, String merged) {
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        CustomerChanged event = new CustomerChanged(CustomerChanged.SCHEMA_VERSION, eventId, customer.getNumber(),
                change, merged, customer.getPointsBalance(), customer.changed(now), now);
        outbox.enqueue(new OutgoingEvent(Destinations.CUSTOMER_CHANGED, true, CustomerChanged.EVENT_TYPE, eventId,
                Map.of(), JsonCodec.toJson(event), "customer:" + customer.getNumber()));
    }
}
