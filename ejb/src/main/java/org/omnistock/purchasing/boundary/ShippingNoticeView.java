package org.omnistock.purchasing.boundary;

import java.time.Instant;
import java.util.List;

import org.omnistock.purchasing.entity.ShippingNotice;

/** A supplier's shipping notice as recorded. */
public record ShippingNoticeView(String supplier, String number, String purchaseOrder, Instant expectedAt,
                                 Instant recordedAt, String recordedBy, List<Line> lines) {

    /** One order line's units in the notice, and their parcel. */
    public record Line(int lineNo, String sku, String locationId, long quantity, String parcel) {
    }

    static ShippingNoticeView of(ShippingNotice notice) {
        return new ShippingNoticeView(notice.getSupplier().getCode(), notice.getNumber(),
                notice.getOrder().getNumber(), notice.getExpectedAt(), notice.getRecordedAt(), notice.getRecordedBy(),
                notice.getLines().stream().map(l -> new Line(l.getOrderLine().getLineNo(),
                        l.getOrderLine().getSku().getCode(), l.getOrderLine().getLocation().getCode(),
                        l.getQuantity(), l.getParcel())).toList());
    }
}
