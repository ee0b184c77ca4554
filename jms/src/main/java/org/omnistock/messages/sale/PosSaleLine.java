package org.omnistock.messages.sale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One line of a POS receipt: a SKU, how many were sold, at what unit price. */
public record PosSaleLine(String sku, Integer quantity, BigDecimal unitPrice) {

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sku == null || sku.isBlank()) {
            problems.add("sku is required");
        }
        if (quantity == null || quantity <= 0) {
            problems.add("quantity must be a positive whole number");
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            problems.add("unitPrice must be zero or more");
        }
        return problems;
    }

    String indexLabel(int index) {
        return sku == null || sku.isBlank() ? String.valueOf(index) : index + " " + sku;
    }
}
