package org.omnistock.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.purchasing.StoreGoodsReceipt;
import org.omnistock.messages.sale.PosSale;
import org.omnistock.messages.sale.PosSaleLine;

class SaleJournalTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:16:00Z");

    @TempDir
    Path data;

    static PosSale sale(String receipt, int quantity) {
        return new PosSale(1, "S001", receipt, Instant.parse("2026-11-30T10:15:00Z"),
                List.of(new PosSaleLine("TEE", quantity, new BigDecimal("20.00"), null, null, null)),
                null, null, null, null, null, null, null);
    }

    @Test
    void salesNotConfirmedAreForwardedAfterARestartInTheOrderTaken() throws Exception {
        try (SaleJournal journal = new SaleJournal(data)) {
            journal.append(sale("R1", 1), NOW);
            journal.append(sale("R2", 2), NOW);
            journal.append(sale("R3", 3), NOW);
            journal.forwarded(journal.oldest(1, 0));
        }

        try (SaleJournal reopened = new SaleJournal(data)) {
            assertEquals(2, reopened.waiting());
            List<SaleJournal.Entry> next = reopened.oldest(1, 0);
            assertEquals("R2", next.get(0).receiptId());
            reopened.forwarded(next);
            assertEquals("R3", reopened.oldest(10, 0).get(0).receiptId());
        }
        try (SaleJournal again = new SaleJournal(data)) {
            assertEquals(List.of("R3"), again.oldest(10, 0).stream().map(SaleJournal.Entry::receiptId).toList(),
                    "R1 and R2 were confirmed: never sent again");
        }
    }

    @Test
    void theSameReceiptIsOneSaleAndAReceiptWithOtherLinesIsRefused() throws Exception {
        try (SaleJournal journal = new SaleJournal(data)) {
            assertTrue(journal.append(sale("R1", 1), NOW));
            assertFalse(journal.append(sale("R1", 1), NOW), "a till trying again");
            assertThrows(IllegalArgumentException.class, () -> journal.append(sale("R1", 5), NOW));
            assertEquals(1, journal.waiting());
            PosSale undated = new PosSale(1, "S001", "R2", null, sale("R2", 1).lines(), null, null, null, null, null, null, null);
            assertTrue(journal.append(undated, NOW));
            assertFalse(journal.append(undated, NOW.plusSeconds(5)), "sold when first taken, not when sent again");
        }
        try (SaleJournal reopened = new SaleJournal(data)) {
            assertFalse(reopened.append(sale("R1", 1), NOW), "also after a restart");
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndTheRestKept() throws Exception {
        try (SaleJournal journal = new SaleJournal(data)) {
            journal.append(sale("R1", 1), NOW);
        }
        Files.writeString(data.resolve("sales.journal"), "{\"schemaVersion\":1,\"storeId\":\"S0",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (SaleJournal reopened = new SaleJournal(data)) {
            assertEquals(1, reopened.waiting());
            reopened.append(sale("R2", 2), NOW);
        }
        try (SaleJournal again = new SaleJournal(data)) {
            assertEquals(2, again.waiting(), "the torn line is gone, the sale after it is whole");
        }
    }

    @Test
    void tillsTakingSalesAtOnceShareDiskSyncsAndLoseNone() throws Exception {
        int tills = 8;
        int each = 100;
        try (SaleJournal journal = new SaleJournal(data)) {
            ExecutorService pool = Executors.newFixedThreadPool(tills);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < tills; t++) {
                int till = t;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        assertTrue(journal.append(sale("T" + till + "-" + i, 1), NOW));
                    }
                    return null;
                }));
            }
            for (Future<?> till : running) {
                till.get();
            }
            pool.shutdown();
            assertEquals(tills * each, journal.waiting(), "every sale taken is on disk and waiting");
            journal.forwarded(journal.oldest(150, 0));
        }
        try (SaleJournal reopened = new SaleJournal(data)) {
            assertEquals(tills * each - 150, reopened.waiting());
            Set<String> receipts = new HashSet<>();
            reopened.oldest(tills * each, 0).forEach(entry -> receipts.add(entry.receiptId()));
            assertEquals(tills * each - 150, receipts.size(), "each once");
        }
    }

    @Test
    void onceEverythingIsForwardedTheJournalStartsEmpty() throws Exception {
        try (SaleJournal journal = new SaleJournal(data)) {
            journal.append(sale("R1", 1), NOW);
            journal.forwarded(journal.oldest(1, 0));
        }
        try (SaleJournal reopened = new SaleJournal(data)) {
            assertEquals(0, reopened.waiting());
            assertEquals(0, Files.size(data.resolve("sales.journal")));
            assertEquals("0", Files.readString(data.resolve("sales.forwarded")));
        }
    }

    @Test
    void goodsReceiptsKeepAJournalOfTheirOwnBesideTheSales() throws Exception {
        Function<String, String> idOf = json -> JsonCodec.fromJson(json,
                StoreGoodsReceipt.class).receiptId();
        String first = receipt("GR-1", 12);
        try (SaleJournal sales = new SaleJournal(data);
             SaleJournal receipts = new SaleJournal(data, "receipts", idOf)) {
            sales.append(sale("R1", 1), NOW);
            assertTrue(receipts.append("GR-1", first));
            assertFalse(receipts.append("GR-1", first), "the same receipt again is one receipt");
            assertThrows(IllegalArgumentException.class, () -> receipts.append("GR-1", receipt("GR-1", 13)),
                    "an id taken with other lines is refused");
            assertEquals(1, sales.waiting());
            assertEquals(1, receipts.waiting());
        }
        assertTrue(Files.exists(data.resolve("receipts.journal")));
        try (SaleJournal reopened = new SaleJournal(data, "receipts", idOf)) {
            List<SaleJournal.Entry> waiting = reopened.oldest(10, 0);
            assertEquals(List.of("GR-1"), waiting.stream().map(SaleJournal.Entry::receiptId).toList());
            assertEquals(first, waiting.get(0).json());
        }
    }

    private static String receipt(String id, long quantity) {
        return JsonCodec.toJson(new StoreGoodsReceipt(1, "S001", id, "PO-2026-000001",
                List.of(new StoreGoodsReceipt.Line("TEE", quantity, 0L))));
    }
}
