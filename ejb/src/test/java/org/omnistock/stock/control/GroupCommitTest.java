package org.omnistock.stock.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final GroupCommit<Integer, Integer> groups = new GroupCommit<>(64);
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());

    private List<GroupCommit.Outcome<Integer>> doubleEach(List<Integer> batch) {
        batches.add(batch);
        sleep(10);
        return batch.stream().map(i -> i < 0 ? GroupCommit.Outcome.<Integer>refused(
                new IllegalArgumentException("negative " + i)) : GroupCommit.Outcome.of(i * 2)).toList();
    }

    @Test
    void concurrentRequestsAreBatchedAndEachGetsItsOwnResultOnce() throws Exception {
        int threads = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int item = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return groups.submit("hot", item, this::doubleEach);
                }));
            }
            start.countDown();
            for (int i = 0; i < threads; i++) {
                assertEquals(i * 2, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> processed = batches.stream().flatMap(List::stream).sorted().toList();
        assertEquals(threads, processed.size(), "every item once, none twice");
        assertTrue(batches.size() < threads, "some items shared a batch: " + batches);
    }

    @Test
    void aRefusedItemFailsAloneAndAFailedBatchOfOneFailsWithItsOwnError() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> groups.submit("k", -1, this::doubleEach));
        assertEquals("negative -1", refused.getMessage());
        assertEquals(4, groups.submit("k", 2, this::doubleEach));

        IllegalStateException broken = new IllegalStateException("commit failed");
        assertSame(broken, assertThrows(IllegalStateException.class, () -> groups.submit("k", 3, batch -> {
            throw broken;
        })));
    }

    @Test
    void aBatchThatFailsAsAWholeIsRunAgainItemByItemSoOnlyTheBadItemFails() throws Exception {
        int poison = -1;
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        Function<List<Integer>, List<GroupCommit.Outcome<Integer>>> commit = batch -> {
            batches.add(batch);
            // The first batch takes long enough for the others, the bad one among them, to queue behind it.
            sleep(batches.size() == 1 ? 200 : 5);
            if (batch.contains(poison)) {
                throw new IllegalStateException("the database refused item " + poison);
            }
            committed.addAll(batch);
            return batch.stream().map(GroupCommit.Outcome::of).toList();
        };
        ExecutorService pool = Executors.newFixedThreadPool(21);
        try {
            List<Future<Integer>> good = new ArrayList<>();
            good.add(pool.submit(() -> groups.submit("hot", 0, commit)));
            sleep(50);
            for (int i = 1; i < 20; i++) {
                int item = i;
                good.add(pool.submit(() -> groups.submit("hot", item, commit)));
            }
            Future<Integer> bad = pool.submit(() -> groups.submit("hot", poison, commit));
            for (int i = 0; i < good.size(); i++) {
                assertEquals(i, good.get(i).get());
            }
            ExecutionException failed = assertThrows(ExecutionException.class, bad::get);
            assertEquals("the database refused item " + poison, failed.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, committed.size(), "every good item committed once: " + committed);
        assertTrue(batches.stream().anyMatch(b -> b.size() > 1 && b.contains(poison)),
                "the bad item shared a batch with good ones at first: " + batches);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
