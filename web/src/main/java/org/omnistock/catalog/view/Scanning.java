package org.omnistock.catalog.view;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.boundary.SkuView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;

/**
 * What a scanner or a person typed into a page's scan field, as a SKU: digits are a barcode (any form of a GTIN, as
 * {@link Skus#findByBarcode} finds it), anything else a SKU code. What finds nothing is said on the page.
 */
@Named
@RequestScoped
public class Scanning {

    @Inject
    Skus skus;

    /** The SKU scanned, or empty with a warning on the page saying why not. */
    public Optional<SkuView> sku(String scanned) {
        String input = scanned == null ? "" : scanned.strip();
        if (input.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<SkuView> found = input.chars().allMatch(Character::isDigit) ? skus.findByBarcode(input)
                    : skus.findByCode(input.toUpperCase(Locale.ROOT));
            if (found.isEmpty()) {
                Messages.warn("Nothing has barcode or SKU code " + input);
            }
            return found;
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage() + ": scan again");
            return Optional.empty();
        }
    }
}
