package org.omnistock.purchasing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A supplier and what it supplies. */
public record SupplierView(String code, String name, String currency, int leadTimeDays, int paymentTermsDays,
                           BigDecimal overPercent, int overUnits, BigDecimal priceTolerancePercent, boolean active,
                           List<Item> items) implements Serializable {

    /** One SKU it supplies. */
    public record Item(String sku, String name, String supplierCode, BigDecimal unitPrice, int packSize,
                       int minimumQuantity) implements Serializable {
    }
}
