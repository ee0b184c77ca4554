package org.omnistock.document.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.document.entity.DocumentKind;
import org.omnistock.document.entity.SalesDocument;
import org.omnistock.messages.Money;

/**
 * A numbered document as clients see it.
 *
 * @param source     what it documents: {@code till-receipt} and the receipt's reference ({@code POS S001/R-1})
 * @param voidReason null unless it was voided
 * @param voidedBy   who voided it; null unless it was
 */
public record DocumentView(String number, DocumentKind kind, String location, Instant issuedAt, String sourceType,
                           String sourceId, BigDecimal gross, BigDecimal tax, Instant voidedAt, String voidReason,
                           String voidedBy) implements Serializable {

    /** The document with its amounts at the currency's digits (kept with four decimals). */
    static DocumentView of(SalesDocument d, int digits) {
        return new DocumentView(d.getNumber(), d.getKind(), d.getLocation(), d.getIssuedAt(), d.getSourceType(),
                d.getSourceId(), Money.stored(d.getGross(), digits), Money.stored(d.getTax(), digits),
                d.getVoidedAt(), d.getVoidReason(), d.getVoidedBy());
    }
}
