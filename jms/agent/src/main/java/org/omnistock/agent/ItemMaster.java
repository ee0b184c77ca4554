package org.omnistock.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.catalog.CatalogChanged;
import org.omnistock.messages.catalog.CatalogItem;
import org.omnistock.messages.catalog.Gtin;
import org.omnistock.messages.tax.SkuTax;

/**
 * The store's item master: every SKU's name, category and barcodes as the server last told them, kept on disk, so
 * that a till finds what it scanned (by any form of its GTIN, {@link Gtin}) also while the broker or the server is
 * away. A SKU's entry is replaced only by a newer one (its {@code sequence}).
 */
public final class ItemMaster {

    /** What is written to disk. */
    public record Contents(List<CatalogItem> items) {
    }

    private final Path file;
    private final Map<String, CatalogItem> items = new TreeMap<>();
    private final Map<String, String> skuByBarcode = new HashMap<>();

    public ItemMaster(Path directory) throws IOException {
        Files.createDirectories(directory);
        file = directory.resolve("item-master.json");
        if (Files.exists(file)) {
            JsonCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), Contents.class).items()
                    .forEach(this::put);
        }
    }

    /** Applies a message and writes the item master (before the message is acknowledged); how many were newer. */
    public synchronized int apply(CatalogChanged change) {
        return load(change.items());
    }

    /** Takes SKUs as the server holds them now, each unless a newer change of it is held; how many were newer. */
    public synchronized int load(List<CatalogItem> newer) {
        int applied = 0;
        for (CatalogItem item : newer) {
            CatalogItem held = items.get(item.sku());
            if (held == null || item.sequence() > held.sequence()) {
                put(item);
                applied++;
            }
        }
        if (applied > 0) {
            DurableFile.replace(file, JsonCodec.toJson(new Contents(List.copyOf(items.values()))),
                    "the item master");
        }
        return applied;
    }

    /**
     * The SKU a scanned code is on.
     *
     * @throws IllegalArgumentException if the code is no GTIN (a misread), saying why
     */
    public synchronized Optional<CatalogItem> byBarcode(String scanned) {
        return Optional.ofNullable(skuByBarcode.get(Gtin.normalise(scanned))).map(items::get);
    }

    /** How each of these SKUs is taxed, as the catalog last said (standard for one it never named). */
    public synchronized Map<String, SkuTax> taxOf(Collection<String> skus) {
        Map<String, SkuTax> taxes = new HashMap<>();
        for (String sku : skus) {
            CatalogItem item = items.get(sku);
            taxes.put(sku, item == null ? SkuTax.STANDARD : item.tax());
        }
        return taxes;
    }

    public synchronized int size() {
        return items.size();
    }

    private void put(CatalogItem item) {
        CatalogItem before = items.put(item.sku(), item);
        if (before != null) {
            before.barcodes().forEach(code -> skuByBarcode.remove(code, item.sku()));
        }
        item.barcodes().forEach(code -> skuByBarcode.put(code, item.sku()));
    }
}
