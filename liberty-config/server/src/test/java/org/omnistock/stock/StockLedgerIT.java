package org.omnistock.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.omnistock.access.boundary.Access;
import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.entity.LocationType;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutboxBatches;
import org.omnistock.outbox.control.OutboxRelay;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.outbox.entity.OutboxMessage;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.SchemaMigration;
import org.omnistock.platform.ServerSignalsListener;
import org.omnistock.stock.boundary.NetworkStock;
import org.omnistock.stock.boundary.PostedMovement;
import org.omnistock.stock.boundary.StockAdjustment;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.StockReceipt;
import org.omnistock.stock.control.ReservationExpiry;
import org.omnistock.stock.entity.AdjustmentReason;

/**
 * The stock boundary in the container, on the server's real database: persistence, the ledger's projection,
 * idempotency and the outbox. The archive leaves out the start-up and timer beans (schema migration, outbox relay,
 * reservation expiry), which the application runs: the events these tests write stay for them to read, and the
 * application's own relay publishes them afterwards. The tests call the boundaries as the system (no caller signs in
 * inside the container); who may call what is tested from outside (SecurityIT, BackOfficeIT).
 */
@ExtendWith(ArquillianExtension.class)
class StockLedgerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "stock-ledger-it.war")
                .addPackages(true, path -> !path.get().contains("/" + OutboxRelay.class.getSimpleName())
                                && !path.get().contains("/" + OutboxBatches.class.getSimpleName())
                                && !path.get().contains("/" + SchemaMigration.class.getSimpleName())
                                && !path.get().contains("/" + ServerSignalsListener.class.getSimpleName())
                                && !path.get().contains("/" + ReservationExpiry.class.getSimpleName()),
                        "org.omnistock.catalog", "org.omnistock.location", "org.omnistock.stock",
                        "org.omnistock.outbox", "org.omnistock.platform", "org.omnistock.messages",
                        "org.omnistock.access", "org.omnistock.operations")
                .addClass(LedgerQueries.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    StockLedger ledger;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction transaction;

    @Inject
    LedgerQueries queries;

    private String sku;
    private String store;

    @BeforeEach
    void newSkuAndStore() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        sku = "IT-" + run;
        store = "ITS-" + run;
        Access.asSystem(() -> {
            skus.create(new NewSku(sku, "Integration test SKU " + run, "Tests"));
            locations.create(new NewLocation(store, "Integration test store " + run, LocationType.STORE,
                    new BigDecimal("52.1"), new BigDecimal("5.1")));
        });
    }

    /** Runs a test's body as the system, as start-up data and timers call the boundaries. */
    private static void asSystem(Executable body) {
        Access.asSystem(() -> {
            try {
                body.execute();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theMigrationsRanOnThisDatabase() {
        int applied = queries.appliedMigrations();
        assertTrue(applied >= 1, "applied migrations: " + applied);
    }

    @Test
    void theLevelIsTheSumOfItsMovements() {
        asSystem(() -> {
            ledger.receive(new StockReceipt(sku, store, 10L, "delivery 1", null), null);
            ledger.adjust(new StockAdjustment(sku, store, -3L, AdjustmentReason.DAMAGED, "torn", null), null);
            ledger.receive(new StockReceipt(sku, store, 5L, "delivery 2", null), null);

            NetworkStock stock = ledger.levelsOfSku(sku);

            assertEquals(12, stock.totalOnHand());
            assertEquals(12, stock.levels().get(0).available());
            assertEquals(3, stock.levels().get(0).sequence());
            assertEquals(12, queries.sumOfMovements(sku, store));
        });
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstResultAndChangesNothing() {
        asSystem(() -> {
            String key = "it-" + UUID.randomUUID();
            PostedMovement first = ledger.receive(new StockReceipt(sku, store, 4L, null, null), key);
            PostedMovement again = ledger.receive(new StockReceipt(sku, store, 4L, null, null), key);

            assertFalse(first.replayed());
            assertTrue(again.replayed());
            assertEquals(first.movement(), again.movement());
            assertEquals(4, ledger.levelsOfSku(sku).totalOnHand());
        });
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        asSystem(() -> {
            String key = "it-" + UUID.randomUUID();
            ledger.receive(new StockReceipt(sku, store, 4L, null, null), key);

            Refusal refusal = assertThrows(Refusal.class,
                    () -> ledger.receive(new StockReceipt(sku, store, 5L, null, null), key));

            assertEquals("idempotency-key-reused", refusal.code());
            assertEquals(4, ledger.levelsOfSku(sku).totalOnHand());
        });
    }

    @Test
    void aRefusedAdjustmentChangesNothingAndPublishesNothing() {
        asSystem(() -> {
            ledger.receive(new StockReceipt(sku, store, 2L, null, null), null);
            List<OutboxMessage> before = eventsFor(sku);

            Refusal refusal = assertThrows(Refusal.class, () -> ledger.adjust(
                    new StockAdjustment(sku, store, -3L, AdjustmentReason.LOST, null, null), null));

            assertEquals("negative-on-hand", refusal.code());
            assertEquals(2, ledger.levelsOfSku(sku).totalOnHand());
            assertEquals(before.size(), eventsFor(sku).size());
        });
    }

    @Test
    void everyCommittedChangeWritesOneEventWithTheNextSequence() {
        asSystem(() -> {
            ledger.receive(new StockReceipt(sku, store, 7L, null, null), null);
            ledger.adjust(new StockAdjustment(sku, store, -2L, AdjustmentReason.STOCK_COUNT, null, null), null);

            List<StockChanged> events = eventsFor(sku).stream()
                    .map(m -> JsonCodec.fromJson(m.getBody(), StockChanged.class)).toList();

            assertEquals(2, events.size());
            assertEquals(List.of(1L, 2L), events.stream().map(StockChanged::sequence).toList());
            assertEquals(List.of(7L, 5L), events.stream().map(StockChanged::onHand).toList());
            assertEquals(store, events.get(1).locationId());
            assertTrue(outbox.find(events.get(1).eventId()).isPresent());
        });
    }

    @Test
    void theDatabaseItselfRefusesALevelThatBreaksTheLedgersRules() {
        asSystem(() -> ledger.receive(new StockReceipt(sku, store, 3L, null, null), null));

        Exception refused = assertThrows(Exception.class, () -> {
            transaction.begin();
            try {
                queries.forceReserved(sku, store, -1);
            } finally {
                transaction.rollback();
            }
        });

        assertTrue(org.omnistock.platform.DatabaseRejection.in(refused).isPresent(), refused.toString());
    }

    @Test
    void aRolledBackChangeLeavesNoLevelAndNoEvent() {
        asSystem(() -> {
            transaction.begin();
            ledger.receive(new StockReceipt(sku, store, 9L, null, null), null);
            transaction.rollback();

            assertEquals(0, ledger.levelsOfSku(sku).totalOnHand());
            assertTrue(ledger.levelsOfSku(sku).levels().isEmpty());
            assertTrue(eventsFor(sku).isEmpty());
        });
    }

    @Test
    void aChangeWhoseEventCannotBeWrittenIsNotCommitted() {
        asSystem(() -> {
            transaction.begin();
            ledger.receive(new StockReceipt(sku, store, 6L, null, null), null);
            outbox.enqueue(new OutgoingEvent("it." + "x".repeat(200), false, "ItEvent", UUID.randomUUID().toString(),
                    Map.of(Headers.SKU, sku), "{}", "it:" + sku));

            assertThrows(RollbackException.class, transaction::commit, "the outbox keeps 128 characters of address");
            assertTrue(ledger.levelsOfSku(sku).levels().isEmpty());
            assertTrue(eventsFor(sku).isEmpty());
        });
    }

    private List<OutboxMessage> eventsFor(String skuCode) {
        return queries.eventsFor(skuCode);
    }
}
