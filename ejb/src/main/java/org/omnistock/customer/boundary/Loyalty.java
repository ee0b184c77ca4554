package org.omnistock.customer.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.customer.entity.Customer;
import org.omnistock.customer.entity.CustomerStatus;
import org.omnistock.customer.entity.LoyaltyKind;
import org.omnistock.customer.entity.LoyaltyMovement;
import org.omnistock.customer.entity.LoyaltyProgram;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;

/**
 * The loyalty ledger: points earned by purchases in any channel, reversed by returns, redeemed, adjusted; each
 * movement under the customer's row lock, each source counted once.
 */
@Stateless
public class Loyalty {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Customers customers;

    @Inject
    Clock clock;

    /**
     * Points for a purchase, once per source (a sale's receipt, an order), in the purchase's transaction.
     *
     * @return the movement, or empty if the amount earns nothing
     */
    public Optional<LoyaltyMovement> earn(Customer customer, String source, BigDecimal amount, String channel,
                                          String location, Instant occurredAt, String actor) {
        long points = program().pointsFor(amount);
        return points == 0 ? Optional.empty() : Optional.of(post(customer, LoyaltyKind.EARN, points, source, channel,
                location, amount, null, actor, occurredAt));
    }

    /**
     * Takes back the points an amount returned had earned, once per source; the balance may go below zero when the
     * points were spent meanwhile (the customer earns them back first).
     */
    public Optional<LoyaltyMovement> reverse(Customer customer, String source, BigDecimal amount, String channel,
                                             String location, Instant occurredAt, String actor) {
        long points = program().pointsFor(amount);
        return points == 0 ? Optional.empty() : Optional.of(post(customer, LoyaltyKind.REVERSE, -points, source,
                channel, location, amount, null, actor, occurredAt));
    }

    /**
     * Spends points, all or nothing: two tills spending the same points at once are counted one after the other
     * under the customer's lock, and the second is refused if too few are left.
     *
     * @throws Refusal CONFLICT {@code points-insufficient}; {@code reference-reused} if the reference was used for
     *                 another redemption
     */
    public LoyaltyView.Movement redeem(String number, @NotNull @Valid PointsRedemption redemption) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        access.require(Scopes.CUSTOMERS_READ);
        Customer customer = customers.active(number);
        String source = "redemption " + redemption.reference();
        Optional<LoyaltyMovement> earlier = bySource(LoyaltyKind.REDEEM, source);
        if (earlier.isPresent()) {
            return sameAgain(earlier.get(), customer, -redemption.points());
        }
        Customer locked = lockedProfile(customer, LoyaltyKind.REDEEM);
        if (locked.getPointsBalance() < redemption.points()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "points-insufficient", locked.getNumber() + " has "
                    + locked.getPointsBalance() + " points, not " + redemption.points());
        }
        return LoyaltyView.Movement.of(record(locked, LoyaltyKind.REDEEM, -redemption.points(), source,
                caller.channel(), redemption.location(), worth(redemption.points()), null, caller.id(),
                clock.instant()));
    }

    /** A person's correction, with the reason, once per reference. */
    public LoyaltyView.Movement adjust(String number, @NotNull @Valid PointsAdjustment adjustment) {
        Caller caller = access.require(Scopes.CUSTOMERS_WRITE);
        if (adjustment.points() == 0) {
            throw new Refusal(Refusal.Kind.INVALID, "no-points", "an adjustment moves at least one point",
                    List.of(new Refusal.Detail("points", "must not be 0")));
        }
        Customer customer = customers.active(number);
        String source = "adjustment " + adjustment.reference();
        Optional<LoyaltyMovement> earlier = bySource(LoyaltyKind.ADJUST, source);
        if (earlier.isPresent()) {
            return sameAgain(earlier.get(), customer, adjustment.points());
        }
        Customer locked = lockedProfile(customer, LoyaltyKind.ADJUST);
        if (locked.getPointsBalance() + adjustment.points() < 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, "points-insufficient", locked.getNumber() + " has "
                    + locked.getPointsBalance() + " points; an adjustment may not take the balance below zero");
        }
        return LoyaltyView.Movement.of(record(locked, LoyaltyKind.ADJUST, adjustment.points(), source, null, null,
                null, adjustment.reason().strip(), caller.id(), clock.instant()));
    }

    /** The account and its movements (also those of profiles merged into it), newest first. */
    public LoyaltyView history(String number, int page, int size) {
        access.require(Scopes.CUSTOMERS_READ);
        Customer customer = customers.active(number);
        List<Long> ids = customers.profileIds(customer);
        long total = em.createNamedQuery(LoyaltyMovement.COUNT_BY_CUSTOMERS, Long.class)
                .setParameter("customers", ids).getSingleResult();
        List<LoyaltyView.Movement> movements = em.createNamedQuery(LoyaltyMovement.FIND_BY_CUSTOMERS,
                        LoyaltyMovement.class).setParameter("customers", ids)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultStream()
                .map(LoyaltyView.Movement::of).toList();
        return new LoyaltyView(customer.getNumber(), customer.getPointsBalance(), customer.getPointsEarned(),
                customer.getPointsSpent(), worth(customer.getPointsBalance()),
                new Page<>(movements, page, size, total));
    }

    /** Points earned (less returns) and redeemed in one calendar month (UTC). */
    public record Month(YearMonth month, long earned, long redeemed) {
    }

    /** The last {@code months} calendar months of the customer's points, oldest first, for a chart. */
    public List<Month> monthly(String number, int months) {
        access.require(Scopes.CUSTOMERS_READ);
        Customer customer = customers.active(number);
        YearMonth last = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, long[]> sums = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            sums.put(m, new long[2]);
        }
        em.createNamedQuery(LoyaltyMovement.FIND_BY_CUSTOMERS_SINCE, LoyaltyMovement.class)
                .setParameter("customers", customers.profileIds(customer))
                .setParameter("since", first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()).getResultStream()
                .forEach(m -> {
                    long[] sum = sums.get(YearMonth.from(m.getOccurredAt().atZone(ZoneOffset.UTC)));
                    if (sum != null && (m.getKind() == LoyaltyKind.EARN || m.getKind() == LoyaltyKind.REVERSE)) {
                        sum[0] += m.getPoints();
                    } else if (sum != null && m.getKind() == LoyaltyKind.REDEEM) {
                        sum[1] -= m.getPoints();
                    }
                });
        List<Month> result = new ArrayList<>();
        sums.forEach((month, sum) -> result.add(new Month(month, sum[0], sum[1])));
        return result;
    }

    /** Every movement of these profiles, newest first, for a customer's export. */
    public List<LoyaltyView.Movement> movementsOf(List<Long> customerIds) {
        return em.createNamedQuery(LoyaltyMovement.FIND_BY_CUSTOMERS, LoyaltyMovement.class)
                .setParameter("customers", customerIds).getResultStream().map(LoyaltyView.Movement::of).toList();
    }

    /** The newest movements of these profiles, as timeline entries (amount: the points). */
    public List<Activity> activityOf(List<Long> customerIds, int max) {
        return em.createNamedQuery(LoyaltyMovement.FIND_BY_CUSTOMERS, LoyaltyMovement.class)
                .setParameter("customers", customerIds).setMaxResults(max).getResultStream()
                .map(m -> new Activity(m.getOccurredAt(), "POINTS", m.getSourceReference(), m.getChannel(),
                        m.getLocation(), BigDecimal.valueOf(m.getPoints()), m.getKind().name().toLowerCase(
                        Locale.ROOT).replace('_', ' ') + (m.getReason() == null ? "" : ": "
                        + m.getReason()) + ", balance " + m.getBalanceAfter()))
                .toList();
    }

    /**
     * Posts one movement under the customer's lock (taken here if the caller has not); a source already counted for
     * this kind is answered with its first movement. Not announced on {@code omnistock.customer.changed}: a
     * movement rides on a sale or an order, and an event each would add a fifth to a till sale's work; the balance
     * is read where it is shown.
     */
    public LoyaltyMovement post(Customer customer, LoyaltyKind kind, long points, String source, String channel,
                         String location, BigDecimal amount, String reason, String actor, Instant occurredAt) {
        Optional<LoyaltyMovement> earlier = bySource(kind, source);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return record(lockedProfile(customer, kind), kind, points, source, channel, location, amount, reason, actor,
                occurredAt);
    }

    /**
     * The customer's row, locked; the survivor's if the profile was merged meanwhile (except for the merge's own
     * movement out of it).
     */
    private Customer lockedProfile(Customer customer, LoyaltyKind kind) {
        Customer locked = customers.lockProfile(customer);
        return locked.getStatus() == CustomerStatus.MERGED && kind != LoyaltyKind.MERGE_OUT
                ? customers.lockProfile(locked.getMergedInto()) : locked;
    }

    /** Writes a movement whose source is new, on a customer row this transaction holds locked. */
    private LoyaltyMovement record(Customer locked, LoyaltyKind kind, long points, String source, String channel,
                                   String location, BigDecimal amount, String reason, String actor,
                                   Instant occurredAt) {
        long balance = locked.post(kind, points);
        LoyaltyMovement movement = new LoyaltyMovement(locked, kind, points, balance, source, channel, location,
                amount, reason, actor, occurredAt, clock.instant());
        em.persist(movement);
        em.flush();
        return movement;
    }

    /** What points are worth when redeemed, in the currency's cents (rounded down: a point is never worth more). */
    private BigDecimal worth(long points) {
        return program().getPointValue().multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.DOWN);
    }

    private LoyaltyProgram program() {
        return em.find(LoyaltyProgram.class, LoyaltyProgram.ID);
    }

    private Optional<LoyaltyMovement> bySource(LoyaltyKind kind, String source) {
        return em.createNamedQuery(LoyaltyMovement.FIND_BY_SOURCE, LoyaltyMovement.class).setParameter("kind", kind)
                .setParameter("source", source).getResultStream().findFirst();
    }

    private static LoyaltyView.Movement sameAgain(LoyaltyMovement earlier, Customer customer, long points) {
        if (earlier.getPoints() != points || !earlier.getCustomer().getId().equals(customer.getId())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "reference-reused", "reference " + earlier.getSourceReference()
                    + " was used for " + earlier.getPoints() + " points of another movement");
        }
        return LoyaltyView.Movement.of(earlier);
    }

}
