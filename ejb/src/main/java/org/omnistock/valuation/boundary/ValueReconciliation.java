package org.omnistock.valuation.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The journal's stock against the valuation from the ledger, per location, at an instant: they are equal, or the
 * difference says where to look.
 *
 * @param inTransit the value between locations (transfers sent, not arrived): valuation and journal, network-wide
 * @param balanced  every difference is zero
 */
public record ValueReconciliation(Instant at, String currency, List<Row> locations, Row inTransit,
                                  boolean balanced) implements Serializable {

    /**
     * One location.
     *
     * @param onHand     units on hand in the ledger now (null for a past instant)
     * @param unitsValued units the cost positions hold now (null for a past instant); below on hand for SKUs that
     *                   have not moved since valuation began (valued at their first movement)
     * @param valuation  the sum of the location's valued movements up to the instant
     * @param journal    the balance of the stock accounts' lines at the location up to the instant
     */
    public record Row(String location, Long onHand, Long unitsValued, BigDecimal valuation, BigDecimal journal,
                      BigDecimal difference) implements Serializable {
    }

    public ValueReconciliation {
        locations = List.copyOf(locations);
    }
}
