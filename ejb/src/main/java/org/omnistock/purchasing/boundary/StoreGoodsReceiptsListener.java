package org.omnistock.purchasing.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.omnistock.access.boundary.Access;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.MalformedMessageException;
import org.omnistock.messages.purchasing.StoreGoodsReceipt;
import org.omnistock.messaging.control.DeadLetters;
import org.omnistock.messaging.control.MessageBodies;
import org.omnistock.platform.DatabaseRejection;
import org.omnistock.platform.Refusal;

/**
 * Takes the goods stores received against purchase orders from {@value Destinations#PURCHASING_RECEIPTS}
 * (activation in server.xml), sent by their agents. A receipt that cannot be received (malformed, another store's,
 * an order or SKU that is not the store's, beyond the supplier's tolerance, which only a supervisor receives in the
 * back office) is dead-lettered at once with the reason; one the store sent before is taken again as done; only a
 * fault that may pass rolls back, and the broker redelivers the receipt later.
 */
@MessageDriven(name = "StoreGoodsReceiptsListener")
public class StoreGoodsReceiptsListener implements MessageListener {

    @Inject
    Purchasing purchasing;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> refusal = record(message);
            if (refusal.isPresent()) {
                deadLetters.reject(message, Destinations.PURCHASING_RECEIPTS, refusal.get());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read or dead-letter a store's goods receipt", e);
        }
    }

    private Optional<String> record(Message message) throws JMSException {
        StoreGoodsReceipt receipt;
        try {
            receipt = JsonCodec.fromJson(MessageBodies.text(message), StoreGoodsReceipt.class);
        } catch (MalformedMessageException e) {
            return Optional.of(e.getMessage());
        }
        List<String> problems = receipt.problems();
        if (!problems.isEmpty()) {
            return Optional.of("invalid receipt: " + String.join("; ", problems));
        }
        String sender = message.getStringProperty(Headers.SENDER);
        if (sender == null || !sender.equals(receipt.storeId())) {
            return Optional.of("a receipt of store " + receipt.storeId() + " sent by broker user " + sender
                    + ": a store sends only its own receipts");
        }
        try {
            Access.asSystem(() -> purchasing.receiveForStore(receipt.storeId(), receipt.receiptId(),
                    receipt.purchaseOrder(), receipt.lines()));
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        } catch (EJBException e) {
            // Received in a transaction of its own, which rolled back: a value the database refused is refused again.
            return Optional.of(DatabaseRejection.refusalOrRethrow(e, "receipt"));
        }
    }
}
