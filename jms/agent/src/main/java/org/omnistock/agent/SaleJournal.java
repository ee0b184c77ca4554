package org.omnistock.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.sale.PosSale;

/**
 * The store's outbox of sales: appended and forced to disk before the till hears "taken", forwarded in the order
 * taken, and remembered as forwarded only once the broker confirmed. See the package documentation.
 * <p>
 * On disk: {@code sales.journal}, one sale as JSON per line; {@code sales.forwarded}, how many of its lines the
 * broker confirmed. The store's goods receipts go through a journal of their own by the same rules
 * ({@code receipts.journal}). A line cut short by a crash (no line end) was never confirmed to the till and is dropped. When
 * every sale has been forwarded the journal starts again empty, so it never grows beyond the sales of an outage.
 */
public final class SaleJournal implements AutoCloseable {

    /** A sale as journalled: its JSON exactly as it will be sent, and its receipt. */
    public record Entry(String receiptId, String json) {
    }

    private final Path journal;
    private final Path forwarded;
    private final FileChannel file;
    private final Deque<Entry> waiting = new ArrayDeque<>();
    private final Map<String, String> journalled = new HashMap<>();
    /** Where each receipt's line ends in the journal: a repeat waits until that much is on disk. */
    private final Map<String, Long> ends = new HashMap<>();
    private final Deque<Unsynced> unsynced = new ArrayDeque<>();
    private final Object syncing = new Object();
    private long confirmed;
    private long written;
    private volatile long synced;

    /** A sale written but not yet forced to disk, and where its line ends. */
    private record Unsynced(Entry entry, long end) {
    }

    public SaleJournal(Path directory) throws IOException {
        this(directory, "sales", json -> JsonCodec.fromJson(json, PosSale.class).receiptId());
    }

    /**
     * A journal of other documents the store hands over (goods receipts): the same rules, in {@code <name>.journal}
     * and {@code <name>.forwarded}.
     *
     * @param idOf a journalled document's id, read from its JSON
     */
    public SaleJournal(Path directory, String name, Function<String, String> idOf) throws IOException {
        Files.createDirectories(directory);
        journal = directory.resolve(name + ".journal");
        forwarded = directory.resolve(name + ".forwarded");
        List<String> lines = whole(journal);
        long noted = Files.exists(forwarded) ? Long.parseLong(Files.readString(forwarded).strip()) : 0;
        confirmed = Math.min(noted, lines.size());
        if (confirmed == lines.size()) {
            // Everything was forwarded: start an empty journal, then note that none of it is forwarded. A crash
            // between the two leaves a count above the lines, read as "all of them".
            Files.write(journal, new byte[0]);
            note(0);
            lines = List.of();
            confirmed = 0;
        } else {
            Files.writeString(journal, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        }
        for (int i = 0; i < lines.size(); i++) {
            String id = idOf.apply(lines.get(i));
            journalled.put(id, lines.get(i));
            if (i >= confirmed) {
                waiting.add(new Entry(id, lines.get(i)));
            }
        }
        file = FileChannel.open(journal, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        written = file.size();
        synced = written;
    }

    /** The journal's complete lines; a last line without its line end was cut short by a crash. */
    private static List<String> whole(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return List.of();
        }
        String text = Files.readString(journal, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        List<String> lines = new ArrayList<>();
        for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Takes a sale: on disk when this returns. The same receipt taken again with the same content is the same sale
     * (a till that did not hear the answer tries again); a sale without its instant was sold when first taken.
     * Sales taken at once share one force to disk (group commit): a till waits for one disk sync, not for the
     * syncs of every till before it.
     *
     * @return true if it was new, false if it had been taken before
     * @throws IllegalArgumentException if the receipt was taken before with other content
     */
    public boolean append(PosSale sale, Instant now) {
        String json;
        synchronized (this) {
            String before = journalled.get(sale.receiptId());
            Instant soldAt = sale.soldAt() != null ? sale.soldAt()
                    : before != null ? JsonCodec.fromJson(before, PosSale.class).soldAt() : now;
            json = JsonCodec.toJson(new PosSale(sale.schemaVersion(), sale.storeId(), sale.receiptId(),
                    soldAt, sale.lines(), sale.loyaltyCard(), sale.customerNumber(), sale.pointsSpent(),
                    sale.pointsDiscount(), sale.promotions(), sale.tenders(), sale.refundOf()));
        }
        // Read and written again: a sale journalled by an older agent has the fields added since as absent.
        return append(sale.receiptId(), json, before -> JsonCodec.toJson(JsonCodec.fromJson(before, PosSale.class)));
    }

    /**
     * Takes a document as JSON, by the same rules as a sale: on disk when this returns, the same id with the same
     * content is the same document.
     *
     * @return true if it was new, false if it had been taken before
     * @throws IllegalArgumentException if the id was taken before with other content
     */
    public boolean append(String id, String json) {
        return append(id, json, UnaryOperator.identity());
    }

    private boolean append(String id, String json, UnaryOperator<String> asNow) {
        long end;
        boolean fresh;
        synchronized (this) {
            String before = journalled.get(id);
            if (before != null) {
                if (!asNow.apply(before).equals(json)) {
                    throw new IllegalArgumentException(id + " was taken with other content");
                }
                end = ends.getOrDefault(id, 0L);
                fresh = false;
            } else {
                byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
                try {
                    file.write(ByteBuffer.wrap(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(id + " could not be written to the journal", e);
                }
                written += line.length;
                end = written;
                journalled.put(id, json);
                ends.put(id, end);
                unsynced.add(new Unsynced(new Entry(id, json), end));
                fresh = true;
            }
        }
        syncTo(end);
        return fresh;
    }

    /** Forces the journal to disk up to the position, unless a sync that covered it already ran. */
    private void syncTo(long position) {
        synchronized (syncing) {
            if (synced >= position) {
                return;
            }
            long target;
            synchronized (this) {
                target = written;
            }
            try {
                file.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("the journal could not be forced to disk", e);
            }
            synchronized (this) {
                synced = target;
                while (!unsynced.isEmpty() && unsynced.peekFirst().end() <= target) {
                    waiting.add(unsynced.removeFirst().entry());
                }
                notifyAll();
            }
        }
    }

    /** The oldest sales on disk and not forwarded yet, at most {@code most}, waiting up to the time given for one. */
    public synchronized List<Entry> oldest(int most, long waitMillis) throws InterruptedException {
        if (waiting.isEmpty() && waitMillis > 0) {
            wait(waitMillis);
        }
        return waiting.stream().limit(most).toList();
    }

    /**
     * The broker confirmed these sales, the oldest: they are forwarded, for good. Called by the one forwarder; the
     * note goes to disk outside the lock, so that tills taking sales meanwhile do not wait for it.
     */
    public void forwarded(List<Entry> entries) {
        synchronized (this) {
            Iterator<Entry> oldest = waiting.iterator();
            for (Entry entry : entries) {
                if (!oldest.hasNext() || oldest.next() != entry) {
                    throw new IllegalStateException("sales are forwarded in the order taken");
                }
            }
        }
        note(confirmed + entries.size());
        synchronized (this) {
            confirmed += entries.size();
            entries.forEach(entry -> waiting.removeFirst());
        }
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    private void note(long count) {
        DurableFile.replace(forwarded, Long.toString(count), "the forwarded count");
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }
}
