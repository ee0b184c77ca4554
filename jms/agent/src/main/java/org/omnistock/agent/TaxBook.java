package org.omnistock.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxRules;

/**
 * The tax rules as the server last gave them and where the store supplies from (its country and region), kept on
 * disk, so that a till offline taxes a basket as the server does, by the same engine (docs/sale-to-cash.md, "tax").
 * Read from the server with the snapshot (at start, and every time the agent loads again); a store with no country
 * does not tax, as on the server.
 */
public final class TaxBook {

    /** What is written to disk. */
    public record Contents(TaxRules rules, String country, String region) {
    }

    private final Path file;
    private Contents contents = new Contents(TaxRules.NONE, null, null);

    public TaxBook(Path directory) throws IOException {
        Files.createDirectories(directory);
        file = directory.resolve("tax-book.json");
        if (Files.exists(file)) {
            contents = JsonCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), Contents.class);
        }
    }

    /** Takes the rules and the store's place as the server holds them now, and writes them (before they count). */
    public synchronized void load(TaxRules rules, String country, String region) {
        Contents loaded = new Contents(rules, country, region);
        DurableFile.replace(file, JsonCodec.toJson(loaded), "the tax book");
        contents = loaded;
    }

    public synchronized TaxRules rules() {
        return contents.rules() == null ? TaxRules.NONE : contents.rules();
    }

    /** Where the store's sales are supplied; empty where it does not tax (no country). */
    public synchronized Optional<TaxPlace> place() {
        return contents.country() == null ? Optional.empty()
                : Optional.of(TaxPlace.at(contents.country(), contents.region()));
    }
}
