package org.omnistock.sale.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.MalformedMessageException;
import org.omnistock.messages.sale.PosSale;
import org.omnistock.operations.OperationsMetrics;
import org.omnistock.messaging.control.DeadLetters;
import org.omnistock.messaging.control.MessageBodies;
import org.omnistock.platform.DatabaseRejection;

/**
 * Takes POS sales from {@value Destinations#POS_SALES}. Its activation (address, concurrency) is configured in
 * server.xml. A sale that cannot be accepted, for whatever reason, is dead-lettered at once with the reason and
 * consumed, so it does not block the messages behind it; only a fault that may pass (the database is down) throws,
 * and the broker redelivers the sale later.
 *
 * <p>No XA transaction: the sale is recorded in a database transaction of its own, then the message is
 * acknowledged. A server that dies in between has the sale delivered again, to it or another server, and it is a
 * duplicate by its store and receipt. An XA transaction per sale with the broker would buy nothing more, and costs
 * round trips and a log write per sale (docs/benchmarks.md, B3).</p>
 */
@MessageDriven(name = "PosSalesListener")
@TransactionManagement(TransactionManagementType.BEAN)
public class PosSalesListener implements MessageListener {

    @Inject
    Sales sales;

    @Inject
    DeadLetters deadLetters;

    @Inject
    OperationsMetrics metrics;

    @Override
    public void onMessage(Message message) {
        try {
            SaleOutcome outcome = record(message);
            if (outcome.isRejected()) {
                deadLetters.reject(message, Destinations.POS_SALES, outcome.reason());
            }
            metrics.sale(switch (outcome.status()) {
                case RECORDED -> OperationsMetrics.SaleOutcome.RECORDED;
                case DUPLICATE -> OperationsMetrics.SaleOutcome.DUPLICATE;
                case REJECTED -> OperationsMetrics.SaleOutcome.DEAD_LETTERED;
            });
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read or dead-letter a POS sale message", e);
        }
    }

    private SaleOutcome record(Message message) throws JMSException {
        PosSale sale;
        try {
            sale = JsonCodec.fromJson(MessageBodies.text(message), PosSale.class);
        } catch (MalformedMessageException e) {
            return SaleOutcome.rejected(e.getMessage());
        }
        try {
            return sales.record(sale, message.getStringProperty(Headers.SENDER));
        } catch (EJBException e) {
            // The sale was recorded in a transaction of its own, which rolled back: the value will be refused again.
            return DatabaseRejection.in(e).map(refused -> SaleOutcome.rejected("the database refused the sale: "
                    + refused.getMessage())).orElseThrow(() -> e);
        }
    }
}
