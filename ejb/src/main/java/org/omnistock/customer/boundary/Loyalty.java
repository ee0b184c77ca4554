package org.omnistock.customer.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.customer.control.CustomerEvents;
import org.omnistock.customer.control.LoyaltyTermsCache;
import org.omnistock.customer.entity.Customer;
import org.omnistock.customer.entity.CustomerStatus;
import org.omnistock.customer.entity.LoyaltyKind;
import org.omnistock.customer.entity.LoyaltyMovement;
import org.omnistock.customer.entity.LoyaltyProgram;
import org.omnistock.customer.entity.LoyaltyTier;
import org.omnistock.messages.Money;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;

/**
 * The loyalty ledger: points earned by purchases in any channel, reversed by returns, redeemed, adjusted; each
 * movement under the customer's row lock, each source counted once.
 */
@Stateless
public class Loyalty {

    /** Customers whose tier is worked out again in one transaction. */
    private static final int TIER_BATCH = 200;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Customers customers;

    @Inject
    CustomerEvents events;

    @Inject
    LoyaltyTermsCache termsCache;

    @Inject
    Retailer retailer;

    @Inject
    Event<LoyaltyTermsCache.TermsChanged> termsChanged;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

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
     * Gives back points spent on goods that came back, once per source (a return); they expire like points earned
     * now.
     */
    public Optional<LoyaltyMovement> giveBack(Customer customer, long points, String source, String channel,
                                              BigDecimal worth, String actor, Instant occurredAt) {
        return points <= 0 ? Optional.empty() : Optional.of(post(customer, LoyaltyKind.REFUND, points, source,
                channel, null, worth, null, actor, occurredAt));
    }

    /**
     * Spends points a sale or an order priced with the basket engine, once per source, in its transaction.
     * {@code overdraw} is for a till's sale, which happened whatever the balance is now (a till offline may have
     * spent points another till spent too): the balance may then go below zero, and the movement says so. Without
     * it, too few points are refused.
     *
     * @throws Refusal CONFLICT {@code points-insufficient}
     */
    public LoyaltyMovement spend(Customer customer, long points, String source, String channel, String location,
                                 BigDecimal worth, boolean overdraw, String actor, Instant occurredAt) {
        Optional<LoyaltyMovement> earlier = bySource(LoyaltyKind.REDEEM, source);
        return earlier.isPresent() ? earlier.get()
                : spendNew(customer, points, source, channel, location, worth, overdraw, actor, occurredAt);
    }

    /** Spends points under a source not counted yet, under the customer's lock; see {@link #spend}. */
    private LoyaltyMovement spendNew(Customer customer, long points, String source, String channel, String location,
                                     BigDecimal worth, boolean overdraw, String actor, Instant occurredAt) {
        Customer locked = lockedProfile(customer, LoyaltyKind.REDEEM);
        boolean overdrawn = locked.getPointsBalance() < points;
        if (overdrawn && !overdraw) {
            throw new Refusal(Refusal.Kind.CONFLICT, "points-insufficient", locked.getNumber() + " has "
                    + locked.getPointsBalance() + " points, not " + points);
        }
        return record(locked, LoyaltyKind.REDEEM, -points, source, channel, location, worth,
                overdrawn ? "overdrawn: " + locked.getPointsBalance() + " points left when the sale arrived" : null,
                actor, occurredAt);
    }

    /** The programme's terms and its tiers. */
    public LoyaltyTerms terms() {
        access.require(Scopes.READ);
        return LoyaltyTerms.of(em.find(LoyaltyProgram.class, LoyaltyProgram.ID), tiers());
    }

    /**
     * New terms and tiers, replacing the old: points earned before keep their expiry; a customer in a tier that is
     * no longer there has none until their tier is worked out again (at their next purchase, the nightly run, or
     * {@link #refreshTiers}).
     */
    public LoyaltyTerms changeTerms(@NotNull @Valid LoyaltyTerms terms) {
        Caller caller = access.require(Scopes.ADMIN);
        List<Refusal.Detail> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-terms", problems.get(0).message(), problems);
        }
        LoyaltyProgram program = em.find(LoyaltyProgram.class, LoyaltyProgram.ID, LockModeType.PESSIMISTIC_WRITE);
        program.change(terms.pointsPerUnit(), terms.pointValue(), terms.pointsValidDays(), terms.tierWindowDays(),
                terms.tierMeasure(), caller.id(), clock.instant());
        Map<String, LoyaltyTerms.Tier> wanted = new TreeMap<>();
        terms.tiers().forEach(tier -> wanted.put(tier.code(), tier));
        for (LoyaltyTier tier : tiers()) {
            if (!wanted.containsKey(tier.getCode())) {
                em.createNamedQuery(Customer.LEAVE_TIER).setParameter("tier", tier).executeUpdate();
                em.remove(tier);
            }
        }
        em.flush();
        wanted.values().forEach(tier -> {
            LoyaltyTier existing = em.find(LoyaltyTier.class, tier.code());
            if (existing == null) {
                em.persist(new LoyaltyTier(tier.code(), tier.name().strip(), tier.threshold(),
                        blankToNull(tier.customerGroup())));
            } else {
                existing.describe(tier.name().strip(), tier.threshold(), blankToNull(tier.customerGroup()));
            }
        });
        em.flush();
        termsChanged.fire(new LoyaltyTermsCache.TermsChanged());
        return LoyaltyTerms.of(program, tiers());
    }

    /**
     * Expires the points whose time has come, one customer per transaction; run nightly, and by an administrator.
     *
     * @return the customers whose points were looked at
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireDue() {
        access.require(Scopes.ADMIN);
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery(LoyaltyMovement.CUSTOMERS_WITH_EXPIRY_DUE, Long.class)
                .setParameter("now", now).getResultList();
        Loyalty self = context.getBusinessObject(Loyalty.class);
        due.forEach(id -> self.expireFor(id, now));
        return due.size();
    }

    /** One customer's due points, expired under their lock; see {@link LoyaltyProgram#expiring}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expireFor(long customerId, Instant now) {
        access.require(Scopes.ADMIN);
        Customer owner = lockedProfile(em.find(Customer.class, customerId), LoyaltyKind.EXPIRE);
        List<Long> ids = customers.profileIds(owner);
        long dueCredits = sum(em.createNamedQuery(LoyaltyMovement.SUM_DUE_CREDITS, Long.class)
                .setParameter("customers", ids).setParameter("now", now).getSingleResult());
        long debits = sum(em.createNamedQuery(LoyaltyMovement.SUM_DEBITS, Long.class).setParameter("customers", ids)
                .setParameter("debits", List.of(LoyaltyKind.REDEEM, LoyaltyKind.REVERSE, LoyaltyKind.EXPIRE))
                .getSingleResult());
        long expiring = LoyaltyProgram.expiring(dueCredits, debits, owner.getPointsBalance());
        if (expiring > 0 && owner.getStatus() == CustomerStatus.ACTIVE) {
            record(owner, LoyaltyKind.EXPIRE, -expiring, "expiry " + now, null, null, null,
                    "earned over " + program().pointsValidDays() + " days ago and not spent", "system", now);
        }
        em.createNamedQuery(LoyaltyMovement.CLOSE_EXPIRY).setParameter("customers", ids).setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Works out again the tier of every customer who has one or bought something in the window, one batch per
     * transaction: tiers fall when purchases leave the window, and terms may have changed.
     *
     * @return the customers whose tier changed
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int refreshTiers() {
        access.require(Scopes.ADMIN);
        Instant now = clock.instant();
        Set<Long> ids = new TreeSet<>(em.createNamedQuery(Customer.IDS_IN_A_TIER, Long.class)
                .getResultList());
        ids.addAll(em.createNamedQuery(LoyaltyMovement.CUSTOMERS_PURCHASING_SINCE, Long.class)
                .setParameter("since", program().tierWindowStart(now)).getResultList());
        Loyalty self = context.getBusinessObject(Loyalty.class);
        List<Long> all = new ArrayList<>(ids);
        int changed = 0;
        for (int from = 0; from < all.size(); from += TIER_BATCH) {
            changed += self.refreshTiers(all.subList(from, Math.min(all.size(), from + TIER_BATCH)), now);
        }
        return changed;
    }

    /** A batch of {@link #refreshTiers()}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int refreshTiers(List<Long> customerIds, Instant now) {
        access.require(Scopes.ADMIN);
        int changed = 0;
        for (long id : customerIds) {
            Customer customer = em.find(Customer.class, id);
            if (customer.getStatus() == CustomerStatus.ACTIVE && placeInTier(customers.lockProfile(customer), now)) {
                changed++;
            }
        }
        return changed;
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
        return LoyaltyView.Movement.of(spendNew(customer, redemption.points(), source, caller.channel(),
                redemption.location(), worth(redemption.points()), false, caller.id(), clock.instant()));
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
        if (kind == LoyaltyKind.EARN || kind == LoyaltyKind.REFUND || kind == LoyaltyKind.ADJUST && points > 0) {
            movement.expiresAt(program().expiryOf(occurredAt));
        }
        em.persist(movement);
        em.flush();
        if (kind == LoyaltyKind.EARN || kind == LoyaltyKind.REVERSE) {
            placeInTier(locked, clock.instant());
        }
        return movement;
    }

    /** A profile was merged into this customer (whose row this transaction holds): its purchases count now. */
    public void reviewTier(Customer locked) {
        placeInTier(locked, clock.instant());
    }

    /**
     * Puts a customer (whose row this transaction holds) in the tier what they earned or spent over the window
     * reaches, announcing a change: their customer group may have changed with it.
     *
     * @return whether the tier changed
     */
    private boolean placeInTier(Customer locked, Instant now) {
        LoyaltyTerms program = program();
        LoyaltyTier reached = null;
        if (!program.tiers().isEmpty()) {
            Object[] sums = em.createNamedQuery(LoyaltyMovement.SUM_PURCHASES_SINCE, Object[].class)
                    .setParameter("customers", customers.profileIds(locked))
                    .setParameter("since", program.tierWindowStart(now)).getSingleResult();
            BigDecimal measure = program.tierMeasure() == LoyaltyProgram.TierMeasure.POINTS
                    ? BigDecimal.valueOf(sums[0] == null ? 0 : ((Number) sums[0]).longValue())
                    : sums[1] == null ? BigDecimal.ZERO : new BigDecimal(sums[1].toString());
            reached = program.tierFor(measure).map(tier -> em.getReference(LoyaltyTier.class, tier.code()))
                    .orElse(null);
        }
        if (!locked.reach(reached, now)) {
            return false;
        }
        events.changed(locked, "TIER", null);
        return true;
    }

    private List<LoyaltyTier> tiers() {
        return em.createNamedQuery(LoyaltyTier.LIST_ALL, LoyaltyTier.class).getResultList();
    }

    private static long sum(Long value) {
        return value == null ? 0 : value;
    }


    /** What points are worth when redeemed, in the retailer's currency ({@link Money#pointsWorth}). */
    private BigDecimal worth(long points) {
        return Money.pointsWorth(points, program().pointValue(), retailer.digits());
    }

    /** What one point is worth when spent, for the basket engine. */
    public BigDecimal pointValue() {
        return program().pointValue();
    }

    /** The terms as this server holds them (at most a second old). */
    private LoyaltyTerms program() {
        return termsCache.current();
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
