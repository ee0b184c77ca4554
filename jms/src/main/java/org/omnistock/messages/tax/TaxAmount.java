package org.omnistock.messages.tax;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One component of tax (VAT at a rate; CGST, SGST or IGST) and what it comes to, on a line or on a document.
 *
 * @param name    what documents print, such as {@code BTW hoog} or {@code CGST}
 * @param base    the net amount it is charged on
 */
public record TaxAmount(String name, BigDecimal percent, BigDecimal base, BigDecimal tax) implements Serializable {

    /**
     * Amounts added up per component and rate (base and tax), in the order first met: an order's delivery groups
     * into the order's summary, a document's lines into the tax by rate it prints.
     */
    public static List<TaxAmount> byRate(Stream<TaxAmount> amounts) {
        Map<String, TaxAmount> byRate = new LinkedHashMap<>();
        amounts.forEach(a -> byRate.merge(a.name() + "@" + a.percent().stripTrailingZeros().toPlainString(), a,
                (x, y) -> new TaxAmount(x.name(), x.percent(), x.base().add(y.base()), x.tax().add(y.tax()))));
        return List.copyOf(byRate.values());
    }
}
