package org.omnistock.stock.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Group commit: requests that would queue for the same lock are run together, in one transaction, by whichever of
 * their threads gets there first (the leader); the others wait for their own result. One lock, one commit for many
 * requests instead of one each, which is what bounds a hot row's throughput.
 *
 * <p>Each request gets its own outcome: a batch function answers every item, with a result or with the refusal of
 * that item alone. If the batch function fails as a whole (its transaction could not commit: say the database refused
 * one item's value), nothing of the batch happened, and each of its items is run again in a batch of its own, so that
 * a bad request fails only itself and the others are not punished for sharing its batch.</p>
 *
 * @param <I> a request
 * @param <R> its result
 */
public final class GroupCommit<I, R> {

    /** What became of one item of a batch: its result, or the refusal of that item only. */
    public record Outcome<R>(R result, RuntimeException refusal) {

        public static <R> Outcome<R> of(R result) {
            return new Outcome<>(result, null);
        }

        public static <R> Outcome<R> refused(RuntimeException refusal) {
            return new Outcome<>(null, refusal);
        }
    }

    /**
     * How long a waiting thread sleeps at most before it looks again by itself. It is woken when its result is ready
     * or when it should lead the next batch; this only bounds the cost of a wake-up that never comes.
     */
    private static final long FOLLOWER_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final int maxBatch;
    private final Map<Object, Group<I, R>> groups = new ConcurrentHashMap<>();

    public GroupCommit(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    /**
     * Runs the item in a batch with the items submitted meanwhile under the same key, and returns its result.
     *
     * @param runBatch answers a batch, one outcome per item in the same order, inside one transaction
     * @throws RuntimeException the item's refusal, or the failure of its whole batch
     */
    public R submit(Object key, I item, Function<List<I>, List<Outcome<R>>> runBatch) {
        Group<I, R> group = groups.computeIfAbsent(key, k -> new Group<>());
        Waiting<I, R> waiting = new Waiting<>(item, Thread.currentThread());
        group.queue.add(waiting);
        boolean interrupted = false;
        while (!waiting.result.isDone()) {
            if (group.leading.compareAndSet(false, true)) {
                try {
                    lead(group, runBatch);
                } finally {
                    group.leading.set(false);
                }
                wakeNextLeader(group);
            } else {
                LockSupport.parkNanos(this, FOLLOWER_PARK_NANOS);
                // Queued is queued: the item will be run, so its caller waits for the outcome, interrupted or not.
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            return waiting.result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * After a batch, the oldest request still queued leads the next one. Leading is released before the queue is
     * looked at, so a request queued meanwhile either is seen here or finds leading free itself: none is left
     * waiting with nobody to run it.
     */
    private static <I, R> void wakeNextLeader(Group<I, R> group) {
        Waiting<I, R> next = group.queue.peek();
        if (next != null) {
            LockSupport.unpark(next.thread);
        }
    }

    private void lead(Group<I, R> group, Function<List<I>, List<Outcome<R>>> runBatch) {
        List<Waiting<I, R>> batch = new ArrayList<>();
        for (Waiting<I, R> next = group.queue.poll(); next != null; next = batch.size() < maxBatch
                ? group.queue.poll() : null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            answer(batch, runBatch.apply(batch.stream().map(w -> w.item).toList()));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                fail(batch.get(0), failure);
                return;
            }
            for (Waiting<I, R> alone : batch) {
                try {
                    answer(List.of(alone), runBatch.apply(List.of(alone.item)));
                } catch (RuntimeException itsOwnFailure) {
                    fail(alone, itsOwnFailure);
                }
            }
        }
    }

    private static <I, R> void answer(List<Waiting<I, R>> batch, List<Outcome<R>> outcomes) {
        for (int i = 0; i < batch.size(); i++) {
            Outcome<R> outcome = outcomes.get(i);
            Waiting<I, R> answered = batch.get(i);
            if (outcome.refusal() == null) {
                answered.result.complete(outcome.result());
            } else {
                answered.result.completeExceptionally(outcome.refusal());
            }
            LockSupport.unpark(answered.thread);
        }
    }

    private static <I, R> void fail(Waiting<I, R> waiting, RuntimeException failure) {
        waiting.result.completeExceptionally(failure);
        LockSupport.unpark(waiting.thread);
    }

    private static final class Group<I, R> {
        final Queue<Waiting<I, R>> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean leading = new AtomicBoolean();
    }

    private static final class Waiting<I, R> {
        final I item;
        final Thread thread;
        final CompletableFuture<R> result = new CompletableFuture<>();

        Waiting(I item, Thread thread) {
            this.item = item;
            this.thread = thread;
        }
    }
}
