package org.omnistock.outbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutboxPartitionsTest {

    @Test
    void anAggregateHasOnePartitionOnEveryServerAndRun() {
        // String.hashCode is specified: these hold on any JVM, so two servers agree on every event's partition.
        assertEquals(Math.floorMod("stock:JEANS-32@S001".hashCode(), 16), OutboxPartitions.of("stock:JEANS-32@S001"));
        assertEquals(OutboxPartitions.of("order:O-2026-000001"), OutboxPartitions.of("order:O-2026-000001"));
        for (String aggregate : List.of("catalog", "journal", "stock:A@S1", "price-list:RETAIL-EUR")) {
            int partition = OutboxPartitions.of(aggregate);
            assertTrue(partition >= 0 && partition < OutboxPartitions.COUNT, aggregate + " -> " + partition);
        }
    }

    @Test
    void theLevelsOfAStoreSpreadOverEveryPartition() {
        int[] events = new int[OutboxPartitions.COUNT];
        for (int sku = 0; sku < 16_000; sku++) {
            events[OutboxPartitions.of("stock:SKU-" + sku + "@S001")]++;
        }
        for (int partition = 0; partition < events.length; partition++) {
            assertTrue(events[partition] > 800 && events[partition] < 1_200,
                    "partition " + partition + " has " + events[partition] + " of 16,000 levels");
        }
    }

    @Test
    void eachServerTakesItsShareAndTogetherTheyHoldEveryPartition() {
        assertEquals(16, new OutboxPartitions.Held(List.of(), 1, List.of()).share());
        assertEquals(8, new OutboxPartitions.Held(List.of(), 2, List.of()).share());
        assertEquals(6, new OutboxPartitions.Held(List.of(), 3, List.of()).share());
        assertEquals(1, new OutboxPartitions.Held(List.of(), 20, List.of()).share());
        for (int servers = 1; servers <= 20; servers++) {
            assertTrue(servers * new OutboxPartitions.Held(List.of(), servers, List.of()).share()
                    >= OutboxPartitions.COUNT, servers + " servers leave no partition without an owner");
        }
    }
}
