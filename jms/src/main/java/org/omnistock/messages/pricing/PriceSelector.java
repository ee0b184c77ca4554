package org.omnistock.messages.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The one rule that picks a price, on the server and at a till; the order is in the package documentation. */
public final class PriceSelector {

    private static final Comparator<PriceCandidate> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((PriceCandidate c) -> c.scope().specificity()).reversed()
            .thenComparing(Comparator.comparingInt((PriceCandidate c) -> c.scope().priority()).reversed())
            .thenComparing(Comparator.comparingInt((PriceCandidate c) -> c.entry().minQuantity()).reversed())
            .thenComparing((PriceCandidate c) -> c.entry().effectiveFrom(), Comparator.reverseOrder())
            .thenComparing(c -> c.scope().priceList());

    private PriceSelector() {
    }

    /** The price for the query at the instant, from the candidates of one SKU; empty if none applies. */
    public static Optional<SelectedPrice> select(Collection<PriceCandidate> candidates, PriceQuery query, Instant at) {
        return inForce(candidates, query, at).values().stream().min(MOST_SPECIFIC_FIRST).map(SelectedPrice::of);
    }

    /**
     * The lowest unit price (quantity 1) that applied to the query at any instant of [from, to]: the EU's "prior
     * price" of a price reduction. The selected price can only change where an entry becomes effective or a list's
     * window opens or closes, so the selector is asked at each such instant and at {@code from}.
     */
    public static Optional<BigDecimal> lowest(Collection<PriceCandidate> candidates, PriceQuery query, Instant from,
                                              Instant to) {
        PriceQuery singleUnit = new PriceQuery(query.currency(), query.channel(), query.priceZone(),
                query.customerGroup(), 1);
        TreeSet<Instant> instants = new TreeSet<>();
        instants.add(from);
        for (PriceCandidate candidate : candidates) {
            addWithin(instants, candidate.entry().effectiveFrom(), from, to);
            addWithin(instants, candidate.scope().validFrom(), from, to);
            addWithin(instants, candidate.scope().validTo(), from, to);
        }
        return instants.stream().map(at -> select(candidates, singleUnit, at)).flatMap(Optional::stream)
                .map(SelectedPrice::amount).min(Comparator.naturalOrder());
    }

    /** Per list and tier, the entry in force at the instant. */
    private static Map<String, PriceCandidate> inForce(Collection<PriceCandidate> candidates, PriceQuery query,
                                                       Instant at) {
        Map<String, PriceCandidate> inForce = new HashMap<>();
        for (PriceCandidate candidate : candidates) {
            PriceEntry entry = candidate.entry();
            if (!candidate.scope().matches(query) || !candidate.scope().validAt(at) || entry.effectiveFrom().isAfter(at)
                    || entry.minQuantity() > query.quantity()) {
                continue;
            }
            inForce.merge(candidate.scope().priceList() + '\u0000' + entry.minQuantity(), candidate,
                    (a, b) -> a.entry().effectiveFrom().isAfter(b.entry().effectiveFrom()) ? a : b);
        }
        return inForce;
    }

    private static void addWithin(TreeSet<Instant> instants, Instant instant, Instant from, Instant to) {
        if (instant != null && instant.isAfter(from) && !instant.isAfter(to)) {
            instants.add(instant);
        }
    }
}
