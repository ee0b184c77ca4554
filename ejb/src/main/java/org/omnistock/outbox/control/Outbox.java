package org.omnistock.outbox.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.omnistock.outbox.entity.OutboxMessage;

/**
 * Writes events into the outbox of the caller's transaction; see the package documentation.
 *
 * <p>The events of one transaction are kept until it is about to commit and then written in one JDBC batch, each
 * row's id taken from the sequence by the insert itself. At that point the transaction holds every lock it will
 * take, so ids follow commit order for any one stock level or price list, and an order's thirty events cost one
 * round trip instead of a sequence call and an entity each (benchmarks.md, B2).</p>
 */
@Stateless
public class Outbox {

    /** Looked up once: {@code Json.create...} searches for the provider on every call, which a hot path notices. */
    static final JsonProvider JSON = JsonProvider.provider();

    private static final String COLUMNS = "INSERT INTO outbox_message (id, event_id, destination, multicast, "
            + "event_type, properties, body, created_at, aggregate_key, partition_no) VALUES (";
    private static final String VALUES = ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The insert for the server's database, worked out at the first commit with events; null until then. */
    private static volatile String insertSql;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource(lookup = "jdbc/omnistock")
    DataSource database;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    Clock clock;

    /** Must be called inside the business transaction whose change the event announces. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(OutgoingEvent event) {
        String properties = JSON.createObjectBuilder(Map.<String, Object>copyOf(event.properties())).build()
                .toString();
        Pending pending = (Pending) transactions.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending(database);
            transactions.putResource(Pending.class, pending);
            transactions.registerInterposedSynchronization(pending);
            written.fire(pending.written);
        }
        int partition = OutboxPartitions.of(event.aggregate());
        pending.rows.add(new Row(event, properties, clock.instant(), partition));
        pending.written.add(partition);
    }

    /** The stored event with this id, published or not; one of the caller's own transaction once that commits. */
    public Optional<OutboxMessage> find(String eventId) {
        return em.createNamedQuery(OutboxMessage.FIND_BY_EVENT_ID, OutboxMessage.class)
                .setParameter("eventId", eventId).getResultStream().findFirst();
    }

    /**
     * The insert with the sequence's next value as the database spells it (the migrations are shared, this
     * expression not). The database is the server's configuration, fixed while it runs.
     */
    private static String insertStatement(Connection connection) throws SQLException {
        String known = insertSql;
        if (known == null) {
            known = COLUMNS + (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                    ? "nextval('outbox_message_seq')" : "NEXT VALUE FOR outbox_message_seq") + VALUES;
            insertSql = known;
        }
        return known;
    }

    private record Row(OutgoingEvent event, String properties, Instant createdAt, int partition) {
    }

    /**
     * One transaction's events, written just before it commits. A failure to write them marks the transaction for
     * rollback, so a change is never committed without its events.
     */
    private static final class Pending implements Synchronization {

        private final DataSource database;
        private final List<Row> rows = new ArrayList<>();
        private final OutboxWritten written = new OutboxWritten();

        Pending(DataSource database) {
            this.database = database;
        }

        @Override
        public void beforeCompletion() {
            try (Connection connection = database.getConnection();
                 PreparedStatement insert = connection.prepareStatement(insertStatement(connection))) {
                for (Row row : rows) {
                    insert.setString(1, row.event().eventId());
                    insert.setString(2, row.event().destination());
                    insert.setBoolean(3, row.event().multicast());
                    insert.setString(4, row.event().eventType());
                    insert.setString(5, row.properties());
                    insert.setString(6, row.event().body());
                    insert.setTimestamp(7, Timestamp.from(row.createdAt()));
                    insert.setString(8, row.event().aggregate());
                    insert.setInt(9, row.partition());
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("The transaction's " + rows.size()
                        + " event(s) could not be written to the outbox", e);
            }
        }

        /** Nothing to undo: the rows were written in the transaction, and go with it if it rolls back. */
        @Override
        public void afterCompletion(int status) {
        }
    }
}
