package org.omnistock.document.boundary;

import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.document.entity.DocumentKind;
import org.omnistock.document.entity.SalesDocument;

/**
 * A numbered document as clients see it.
 *
 * @param source     what it documents: {@code till-receipt} and the receipt's reference ({@code POS S001/R-1})
 * @param voidReason null unless it was voided
 */
public record DocumentView(String number, DocumentKind kind, String location, Instant issuedAt, String sourceType,
                           String sourceId, BigDecimal gross, BigDecimal tax, Instant voidedAt, String voidReason) {

    static DocumentView of(SalesDocument d) {
        return new DocumentView(d.getNumber(), d.getKind(), d.getLocation(), d.getIssuedAt(), d.getSourceType(),
                d.getSourceId(), d.getGross(), d.getTax(), d.getVoidedAt(), d.getVoidReason());
    }
}
