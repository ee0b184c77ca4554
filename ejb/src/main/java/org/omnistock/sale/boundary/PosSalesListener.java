package org.omnistock.sale.boundary;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.MalformedMessageException;
import org.omnistock.messages.sale.PosSale;
import org.omnistock.operations.OperationsMetrics;
import org.omnistock.messaging.control.DeadLetters;
import org.omnistock.messaging.control.MessageBodies;
import org.omnistock.platform.DatabaseRejection;
import org.omnistock.stock.control.GroupCommit;

/**
 * Takes POS sales from {@value Destinations#POS_SALES}. Its activation (address, concurrency) is configured in
 * server.xml. A sale that cannot be accepted, for whatever reason, is dead-lettered at once with the reason and
 * consumed, so it does not block the messages behind it; only a fault that may pass (the database is down) throws,
 * and the broker redelivers the sale later.
 *
 * <p>No XA transaction: the sale is recorded in a database transaction, then the message is acknowledged. A server
 * that dies in between has the sale delivered again, to it or another server, and it is a duplicate by its store and
 * receipt. An XA transaction per sale with the broker would buy nothing more, and costs round trips and a log write
 * per sale (docs/benchmarks.md, B3).</p>
 *
 * <p>The sales the listener's sessions hold at the same moment are recorded together ({@link GroupCommit},
 * {@link Sales#recordTogether}): each sale joins one of {@value #LANES} lanes in turn, and in each lane whichever
 * session gets there first records its own and those waiting in one transaction; each session then acknowledges its
 * own message. A batch is as large as the sales that joined its lane while the lane's batch before was committing,
 * so a single sale is recorded at once and a busy queue in batches. Lanes, not one batch at a time: a batch's sales
 * are recorded one after the other on one thread, and one lane alone kept the server to one core (B3: about 230
 * sales/s). Concurrent batches do not deadlock on stock levels, which each locks in the ledger's order first.</p>
 *
 * <p>{@code omnistock.faults.halt-after-sales-commit}, for tests only: the server halts (as if killed) right after
 * a batch of sales commits, before any of its messages is acknowledged (TwoServersIT).</p>
 */
@MessageDriven(name = "PosSalesListener")
@TransactionManagement(TransactionManagementType.BEAN)
public class PosSalesListener implements MessageListener {

    /** The listener's sessions (server.xml, maxSession): each holds at most one sale. */
    static final int MAX_BATCH = 16;

    /** Batches recorded at the same time: twice the cores of the machine measured, as a sale also waits for I/O. */
    static final int LANES = 4;

    private static final GroupCommit<Sales.Received, SaleOutcome> BATCHES = new GroupCommit<>(MAX_BATCH);

    private static final AtomicInteger NEXT_LANE = new AtomicInteger();

    private static final Logger LOG = Logger.getLogger(PosSalesListener.class.getName());

    @Inject
    Sales sales;

    @Inject
    DeadLetters deadLetters;

    @Inject
    OperationsMetrics metrics;

    @Inject
    @ConfigProperty(name = "omnistock.faults.halt-after-sales-commit", defaultValue = "false")
    boolean haltAfterCommit;

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
        SaleOutcome outcome;
        try {
            outcome = BATCHES.submit(Math.floorMod(NEXT_LANE.getAndIncrement(), LANES), new Sales.Received(sale,
                    message.getStringProperty(Headers.SENDER)), sales::recordTogether);
        } catch (EJBException e) {
            // Recorded alone after its batch failed, in a transaction that rolled back: it will be refused again.
            return DatabaseRejection.in(e).map(refused -> SaleOutcome.rejected("the database refused the sale: "
                    + refused.getMessage())).orElseThrow(() -> e);
        }
        if (haltAfterCommit && outcome.status() == SaleOutcome.Status.RECORDED) {
            LOG.severe("omnistock.faults.halt-after-sales-commit: halting after a batch of sales committed, before "
                    + "its messages are acknowledged");
            Runtime.getRuntime().halt(137);
        }
        return outcome;
    }
}
