package org.omnistock.valuation.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The costs of goods a capability above is about to receive in this transaction (purchasing: a purchase order's
 * price): valuation values the receipt at that cost and credits goods received not invoiced, instead of the
 * position's average against opening balances. Kept with the transaction, gone with it.
 */
@ApplicationScoped
public class ReceiptCosts {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What a receipt under this reference of the SKU at the location costs each. */
    public void expect(String reference, long skuId, long locationId, BigDecimal unitCost) {
        costs().put(key(reference, skuId, locationId), unitCost);
    }

    Optional<BigDecimal> of(String reference, long skuId, long locationId) {
        @SuppressWarnings("unchecked")
        Map<String, BigDecimal> known = (Map<String, BigDecimal>) transactions.getResource(ReceiptCosts.class);
        return known == null || reference == null ? Optional.empty()
                : Optional.ofNullable(known.get(key(reference, skuId, locationId)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> costs() {
        Map<String, BigDecimal> known = (Map<String, BigDecimal>) transactions.getResource(ReceiptCosts.class);
        if (known == null) {
            known = new HashMap<>();
            transactions.putResource(ReceiptCosts.class, known);
        }
        return known;
    }

    private static String key(String reference, long skuId, long locationId) {
        return reference + '\u0000' + skuId + '\u0000' + locationId;
    }
}
