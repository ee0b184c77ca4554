package org.omnistock.messages.tax;

/** How a SKU is taxed, as the catalog says: its class and, where rates go by it, its commodity (HSN) code. */
public record SkuTax(TaxClass taxClass, String hsnCode) {

    /** A SKU the catalog says nothing of taxes at the standard rate. */
    public static final SkuTax STANDARD = new SkuTax(TaxClass.STANDARD, null);
}
