package org.omnistock.analytics.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.analytics.entity.SalesFact;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * The one way goods sold or brought back become figures: every source (tills, shipments, collections, returns)
 * writes its lines here, in its own transaction. Inserting is all it does, so a sale never waits on a total.
 */
@Stateless
public class SalesFacts {

    /** The channel of what a store's till sells: its own counter, not an order channel. */
    public static final String STORE_CHANNEL = "STORE";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    /**
     * One line of goods that left (positive units and revenue) or came back (negative).
     *
     * @param source  unique among all facts: the same line recorded twice fails rather than counts twice
     * @param revenue net of every discount, in the order's or the till's currency
     */
    public record Line(String source, Instant at, String channel, Location location, Sku sku, int units,
                       BigDecimal revenue) {
    }

    /**
     * The last day sales can be on: facts are dated by the local day of the location where they happened, so
     * "today" is the latest local day any location has reached (past 23:00 UTC an Amsterdam store's sales are on
     * tomorrow's UTC date). A default period ending on the UTC day would leave them out.
     */
    public static LocalDate today(Collection<Location> locations, Clock clock) {
        LocalDate latest = LocalDate.now(clock);
        for (Location location : locations) {
            LocalDate there = LocalDate.ofInstant(clock.instant(), location.zone());
            if (there.isAfter(latest)) {
                latest = there;
            }
        }
        return latest;
    }

    /** Whether any fact was recorded from a source whose reference starts so (a history imported before, say). */
    public boolean anyFrom(String sourcePrefix) {
        return em.createNamedQuery(SalesFact.COUNT_FROM, Long.class).setParameter("prefix", sourcePrefix + "%")
                .getSingleResult() > 0;
    }

    public void record(List<Line> lines) {
        for (Line line : lines) {
            LocalDate day = LocalDate.ofInstant(line.at(), line.location().zone());
            BigDecimal unitCost = line.sku().getUnitCost();
            em.persist(new SalesFact(line.source(), line.at(), day, line.channel(), line.location().getId(),
                    line.sku().getId(), line.sku().getCategory(), line.units(), line.revenue(),
                    unitCost == null ? null : unitCost.multiply(BigDecimal.valueOf(line.units()))));
        }
    }
}
