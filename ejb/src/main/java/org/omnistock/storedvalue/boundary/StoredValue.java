package org.omnistock.storedvalue.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Posting;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.document.entity.DocumentKind;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.location.entity.LocationType;
import org.omnistock.messages.Money;
import org.omnistock.messages.sale.CardCodes;
import org.omnistock.messages.sale.PosSaleTender;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.platform.ScheduledRuns;
import org.omnistock.storedvalue.control.Lockout;
import org.omnistock.storedvalue.entity.CardKind;
import org.omnistock.storedvalue.entity.CardState;
import org.omnistock.storedvalue.entity.CodeLockout;
import org.omnistock.storedvalue.entity.MovementKind;
import org.omnistock.storedvalue.entity.StoredValueCard;
import org.omnistock.storedvalue.entity.StoredValueMovement;
import org.omnistock.tillday.boundary.DayTotal;
import org.omnistock.tillday.boundary.TillDays;

/** Gift cards and store credit (the package documentation). */
@Stateless
public class StoredValue {

    private static final Logger LOG = Logger.getLogger(StoredValue.class.getName());
    /** The most cards a search answers. */
    public static final int FOUND_AT_MOST = 50;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    StoredValue self;

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    Journal journal;

    @Inject
    TillDays tillDays;

    @Inject
    Retailer retailer;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    /** What a code typed by a caller found, counted against it in a transaction of its own. */
    public record CodeLookup(Long cardId, Instant lockedUntil) {
    }

    /**
     * Sells a gift card: its code is answered this once. At a store, the payment counts into the store's till day
     * (a receipt numbered like the till's); sold online, it names no location.
     *
     * @throws Refusal CONFLICT {@code card-already-issued} for a reference used before (its code cannot be given
     *                 again: block that card and sell another if it was lost)
     */
    public IssuedCard issue(@NotNull @Valid NewGiftCard request) {
        Caller caller = access.requireFor(Scopes.STORED_VALUE_WRITE, request.location());
        Location location = request.location() == null ? null : locations.find(request.location()).orElseThrow(
                () -> new Refusal(Refusal.Kind.INVALID, "unknown-location", "unknown location "
                        + request.location()));
        boolean atStore = location != null && location.getType() == LocationType.STORE;
        if (PosSaleTender.CASH.equals(request.paidWith()) && !atStore) {
            throw new Refusal(Refusal.Kind.INVALID, "cash-at-store-only", "a gift card is paid in cash at a "
                    + "store's till: name the store");
        }
        if (PosSaleTender.CARD.equals(request.paidWith()) && (request.paymentReference() == null
                || request.paymentReference().isBlank())) {
            throw new Refusal(Refusal.Kind.INVALID, "payment-reference-required", "a card payment needs its "
                    + "reference from the terminal or the payment provider");
        }
        if (request.expiresOn() != null && request.expiresOn().isBefore(today(zoneOf(location)))) {
            throw new Refusal(Refusal.Kind.INVALID, "expiry-past", "a card cannot expire before it is sold ("
                    + request.expiresOn() + ")");
        }
        Optional<StoredValueCard> earlier = em.createNamedQuery(StoredValueCard.BY_ISSUE, StoredValueCard.class)
                .setParameter("reference", request.reference()).getResultStream().findFirst();
        if (earlier.isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "card-already-issued", "reference " + request.reference()
                    + " issued card " + earlier.get().getId() + " (****" + earlier.get().getLastFour() + ") "
                    + "already; its code was given once: if it was lost, block that card and sell another");
        }
        BigDecimal amount = Money.round(request.amount(), retailer.digits());
        String code = CardCodes.newCode();
        String normalized = CardCodes.normalized(code).orElseThrow();
        Instant now = clock.instant();
        String where = location == null ? null : location.getCode();
        StoredValueCard card = StoredValueCard.giftCard(CardCodes.hash(normalized), CardCodes.lastFour(normalized),
                retailer.currency(), request.expiresOn(), request.reference(), now, where);
        em.persist(card);
        StoredValueMovement issued = new StoredValueMovement(card, MovementKind.ISSUE, amount, request.reference(),
                where, paidNote(request), caller.id(), now);
        em.persist(issued);
        em.flush();
        String tender = PosSaleTender.CASH.equals(request.paidWith()) ? Vocabulary.CASH : Vocabulary.CARD;
        journal.post(Posting.of(Vocabulary.STORED_VALUE_ISSUED, "gift-card", String.valueOf(card.getId()), where,
                null, now).line(tender, null, amount).line(Vocabulary.STORED_VALUE, null, amount.negate()));
        if (atStore) {
            BigDecimal zero = BigDecimal.ZERO.setScale(retailer.digits());
            tillDays.pend(where, "gift-card", "gift card " + card.getId(), DocumentKind.SIMPLIFIED, now, amount, zero,
                    List.of(new DayTotal(DayTotal.TENDER, request.paidWith(), amount, zero, 1),
                            new DayTotal(DayTotal.DOCUMENT, DocumentKind.SIMPLIFIED.name(), amount, zero, 1)));
        }
        return new IssuedCard(code, view(card, List.of(issued)));
    }

    private static String paidNote(NewGiftCard request) {
        return "paid " + request.paidWith().toLowerCase(java.util.Locale.ROOT)
                + (request.paymentReference() == null ? "" : " " + request.paymentReference());
    }

    /**
     * A card's balance by its code, for a till or a channel. A code that finds no card counts against the caller
     * (see {@link Lockout}).
     */
    public CardView balance(@NotNull @Valid CodeCheck check) {
        Caller caller = access.require(Scopes.STORED_VALUE_READ);
        return view(em.find(StoredValueCard.class, cardOfCode(caller, check.code())), List.of());
    }

    /** A card by its number, with its history. */
    public CardView card(long id) {
        access.require(Scopes.STORED_VALUE_READ);
        StoredValueCard card = em.find(StoredValueCard.class, id);
        if (card == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-card", "no card " + id);
        }
        return view(card, movements(card));
    }

    /**
     * Cards whose code ends so (or the newest), newest first, at most {@link #FOUND_AT_MOST}; a caller bound to stores
     * sees the cards sold there (any card is still found by its code or number).
     */
    public List<CardView> find(String lastFour) {
        Caller caller = access.require(Scopes.STORED_VALUE_READ);
        boolean byFour = lastFour != null && !lastFour.isBlank();
        var query = em.createQuery("SELECT c FROM StoredValueCard c WHERE 1 = 1"
                + (byFour ? " AND c.lastFour = :four" : "")
                + (caller.isBound() ? " AND c.issuedLocation IN :locations" : "") + " ORDER BY c.id DESC",
                StoredValueCard.class);
        if (byFour) {
            query.setParameter("four", lastFour.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (caller.isBound()) {
            query.setParameter("locations", caller.locations());
        }
        return query.setMaxResults(FOUND_AT_MOST).getResultStream().map(card -> view(card, List.of())).toList();
    }

    /** A customer's store credit with its history; empty when they never had any. */
    public Optional<CardView> storeCredit(String customerNumber) {
        access.require(Scopes.STORED_VALUE_READ);
        return creditOf(customerNumber).map(card -> view(card, movements(card)));
    }

    /** What every card holds together: the liability the books show on 2300. */
    public BigDecimal outstanding() {
        access.require(Scopes.STORED_VALUE_READ);
        BigDecimal sum = em.createNamedQuery(StoredValueCard.OUTSTANDING, BigDecimal.class).getSingleResult();
        return Money.stored(sum == null ? BigDecimal.ZERO : sum, retailer.digits());
    }

    /**
     * Pays part of a sale with a card, online, before the sale is recorded: under the card's lock, so of two tills
     * on the last of a card one wins and the other is refused. Once per card and reference.
     *
     * @throws Refusal CONFLICT {@code balance-insufficient}, {@code card-not-active}, {@code reference-reused}
     */
    public CardView.Movement redeem(@NotNull @Valid RedemptionRequest request) {
        Caller caller = access.requireFor(Scopes.STORED_VALUE_WRITE, request.location());
        if ((request.code() == null) == (request.customerNumber() == null)) {
            throw new Refusal(Refusal.Kind.INVALID, "card-required", "name either a gift card's code or the "
                    + "customer whose store credit pays");
        }
        long cardId = cardToRedeem(caller, request.code(), request.customerNumber());
        BigDecimal amount = Money.round(request.amount(), retailer.digits());
        return CardView.Movement.of(redeemLocked(cardId, amount, request.reference(), request.location(),
                caller.id()).movement(), retailer.digits());
    }

    /**
     * Pays part of an order with a gift card (the code the customer typed, counted against the caller when wrong)
     * or the order's customer's store credit, in the payment's transaction: redeemed under the card's lock as
     * {@link #redeem} does, once per card and reference, and posted: the card's liability settles what the channel
     * is owed for the order (stored value / receivables).
     *
     * @return the card as the order shows it: {@code ****1234}, or null for store credit
     * @throws Refusal as {@link #redeem}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String payOrder(Caller caller, String code, String customerNumber, BigDecimal amount, String currency,
                           String reference, String channel) {
        long cardId = cardToRedeem(caller, code, customerNumber);
        String held = em.find(StoredValueCard.class, cardId).getCurrency();
        if (!held.equals(currency)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "currency-mismatch", "card " + cardId + " holds " + held
                    + ", the order is in " + currency);
        }
        Redemption redemption = redeemLocked(cardId, amount, reference, null, caller.id());
        if (!redemption.earlier()) {
            journal.post(Posting.of(Vocabulary.STORED_VALUE_REDEEMED, "order-payment", reference, null, channel,
                    redemption.movement().getRecordedAt()).line(Vocabulary.STORED_VALUE, null, amount)
                    .line(Vocabulary.RECEIVABLES, null, amount.negate()));
        }
        return code == null ? null : CardCodes.shown(code);
    }

    /**
     * Gives money back for an order's goods as the customer's store credit (the card opened at its first credit),
     * once per reference, and posts it: what the channel owed the customer becomes the card's liability
     * (receivables / stored value).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void creditOrder(String customerNumber, BigDecimal amount, String reference, String location,
                            String channel, String actor) {
        StoredValueCard opened = creditOf(customerNumber).orElseGet(() -> openCredit(customerNumber, location));
        StoredValueCard card = em.find(StoredValueCard.class, opened.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(card);
        if (once(card, MovementKind.CREDIT, reference).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        em.persist(new StoredValueMovement(card, MovementKind.CREDIT, amount, reference, location,
                "given back for an order's goods returned", actor, now));
        em.flush();
        journal.post(Posting.of(Vocabulary.STORED_VALUE_CREDITED, "order-refund", reference, location, channel, now)
                .line(Vocabulary.RECEIVABLES, null, amount).line(Vocabulary.STORED_VALUE, null, amount.negate()));
    }

    /**
     * The card a redemption draws on: the gift card of the code the caller typed (a wrong one counted against it), or
     * the customer's store credit.
     *
     * @throws Refusal TOO_MANY, NOT_FOUND as {@link #cardOfCode}; CONFLICT {@code balance-insufficient} for a customer
     *                 without store credit
     */
    private long cardToRedeem(Caller caller, String code, String customerNumber) {
        return code != null ? cardOfCode(caller, code) : creditOf(customerNumber).map(StoredValueCard::getId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "balance-insufficient", "customer "
                        + customerNumber + " has no store credit"));
    }

    /** A redemption under the card's lock, and whether the reference had redeemed it before. */
    private record Redemption(StoredValueCard card, StoredValueMovement movement, boolean earlier) {
    }

    /**
     * Redeems from a card under its row lock, once per reference: an active card, not past its expiry, with the
     * balance.
     *
     * @throws Refusal CONFLICT {@code balance-insufficient}, {@code card-not-active}, {@code reference-reused}
     */
    private Redemption redeemLocked(long cardId, BigDecimal amount, String reference, String location,
                                    String actor) {
        StoredValueCard card = em.find(StoredValueCard.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(card);
        Optional<StoredValueMovement> earlier = once(card, MovementKind.REDEEM, reference);
        if (earlier.isPresent()) {
            if (earlier.get().getAmount().compareTo(amount.negate()) != 0) {
                throw new Refusal(Refusal.Kind.CONFLICT, "reference-reused", "reference " + reference
                        + " redeemed " + earlier.get().getAmount().negate() + " from this card, not " + amount);
            }
            return new Redemption(card, earlier.get(), true);
        }
        if (card.getState() != CardState.ACTIVE || card.isPastExpiry(today(zoneOf(location)))) {
            throw new Refusal(Refusal.Kind.CONFLICT, "card-not-active", "card " + card.getId() + " is "
                    + (card.getState() == CardState.ACTIVE ? "past its expiry (" + card.getExpiresOn() + ")"
                    : card.getState() + (card.getStateReason() == null ? "" : ": " + card.getStateReason())));
        }
        if (card.getBalance().compareTo(amount) < 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, "balance-insufficient", "card " + card.getId() + " holds "
                    + Money.stored(card.getBalance(), retailer.digits()) + ", not " + amount);
        }
        StoredValueMovement redeemed = new StoredValueMovement(card, MovementKind.REDEEM, amount.negate(),
                reference, location, null, actor, clock.instant());
        em.persist(redeemed);
        em.flush();
        return new Redemption(card, redeemed, false);
    }

    /**
     * What is wrong with a till sale's gift card and store credit tenders, before anything of the sale is written:
     * an unknown code, another currency, store credit without a customer, an amount other than one redeemed online
     * under the sale's reference. Empty when they can be recorded.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> saleProblems(List<PosSaleTender> tenders, String customerNumber, String reference) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<CardKey, BigDecimal> paid : byCard(tenders).entrySet()) {
            CardKey key = paid.getKey();
            if (key.storeCredit() && customerNumber == null) {
                problems.add("store credit is the sale's customer's: the sale names no customer");
                continue;
            }
            Optional<StoredValueCard> card = cardOf(key, customerNumber);
            if (card.isEmpty()) {
                if (!key.storeCredit()) {
                    problems.add("no gift card has the code ending " + key.shown()
                            + (key.codeHash() == null ? " (not a code)" : ""));
                } else if (paid.getValue().signum() > 0) {
                    problems.add("customer " + customerNumber + " has no store credit");
                }
                continue;
            }
            if (!card.get().getCurrency().equals(retailer.currency())) {
                problems.add("card " + card.get().getId() + " holds " + card.get().getCurrency() + ", the sale is in "
                        + retailer.currency());
            }
            Optional<StoredValueMovement> earlier = once(card.get(), MovementKind.REDEEM, reference);
            if (earlier.isPresent() && earlier.get().getAmount().negate().compareTo(paid.getValue()) != 0) {
                problems.add("card " + card.get().getId() + " was redeemed " + earlier.get().getAmount().negate()
                        + " online under " + reference + ", the sale says " + paid.getValue());
            }
        }
        return problems;
    }

    /**
     * Records a till sale's gift card and store credit tenders, in the sale's transaction, after {@link
     * #saleProblems} found none: each card locked in the order of its number; what was redeemed online under the
     * sale's reference counts as it is; what was not is redeemed now, even past the balance, blocked or expired
     * (the sale happened: the movement says so); store credit given back is credited, the customer's card opened
     * at its first credit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordSale(List<PosSaleTender> tenders, String customerNumber, String reference, String store,
                           String actor, Instant soldAt) {
        List<Map.Entry<StoredValueCard, BigDecimal>> cards = new ArrayList<>();
        for (Map.Entry<CardKey, BigDecimal> paid : byCard(tenders).entrySet()) {
            CardKey key = paid.getKey();
            // saleProblems let no unknown gift card through; store credit is opened by its first credit.
            StoredValueCard card = key.storeCredit() ? creditOf(customerNumber).orElseGet(() -> openCredit(
                    customerNumber, store)) : cardOf(key, customerNumber).orElseThrow();
            cards.add(Map.entry(card, paid.getValue()));
        }
        cards.sort(Comparator.comparing(entry -> entry.getKey().getId()));
        LocalDate day = LocalDate.ofInstant(soldAt, zoneOf(store));
        for (Map.Entry<StoredValueCard, BigDecimal> paid : cards) {
            StoredValueCard card = em.find(StoredValueCard.class, paid.getKey().getId(),
                    LockModeType.PESSIMISTIC_WRITE);
            em.refresh(card);
            BigDecimal amount = paid.getValue();
            if (amount.signum() < 0) {
                em.persist(new StoredValueMovement(card, MovementKind.CREDIT, amount.negate(), reference, store,
                        "given back for goods brought back", actor, clock.instant()));
            } else if (once(card, MovementKind.REDEEM, reference).isEmpty()) {
                em.persist(new StoredValueMovement(card, MovementKind.REDEEM, amount.negate(), reference, store,
                        offlineNote(card, amount, day), actor, clock.instant()));
            }
        }
    }

    /** What a redemption the till could not ask for found: the overdraft, a card blocked or expired meanwhile. */
    private String offlineNote(StoredValueCard card, BigDecimal amount, LocalDate day) {
        List<String> notes = new ArrayList<>();
        if (card.getBalance().compareTo(amount) < 0) {
            notes.add("overdrawn: " + Money.stored(card.getBalance(), retailer.digits()) + " left when the sale "
                    + "arrived");
        }
        if (card.getState() != CardState.ACTIVE) {
            notes.add("taken while " + card.getState());
        } else if (card.isPastExpiry(day)) {
            notes.add("taken past its expiry " + card.getExpiresOn());
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /**
     * Which card a sale's tender names: the sale's customer's store credit, or a gift card by its code's hash (none
     * when what the till sent cannot be a code) and what may be shown of it.
     */
    private record CardKey(boolean storeCredit, String codeHash, String shown) {

        static final CardKey STORE_CREDIT = new CardKey(true, null, null);
    }

    /** The sale's gift card and store credit tenders summed per card. */
    private static Map<CardKey, BigDecimal> byCard(List<PosSaleTender> tenders) {
        Map<CardKey, BigDecimal> byCard = new LinkedHashMap<>();
        for (PosSaleTender tender : tenders) {
            if (PosSaleTender.GIFT_CARD.equals(tender.type())) {
                CardKey key = new CardKey(false, CardCodes.normalized(tender.reference()).map(CardCodes::hash)
                        .orElse(null), CardCodes.shown(tender.reference()));
                byCard.merge(key, tender.amount(), BigDecimal::add);
            } else if (PosSaleTender.STORE_CREDIT.equals(tender.type())) {
                byCard.merge(CardKey.STORE_CREDIT, tender.amount(), BigDecimal::add);
            }
        }
        return byCard;
    }

    /** The card a tender names: the customer's store credit, or the gift card of the code; empty if none is. */
    private Optional<StoredValueCard> cardOf(CardKey key, String customerNumber) {
        return key.storeCredit() ? creditOf(customerNumber)
                : Optional.ofNullable(key.codeHash()).flatMap(this::byCodeHash);
    }

    /** Blocks a card: it pays no more online until unblocked. */
    public CardView block(long id, @NotNull @Valid CardChange change) {
        return changed(id, MovementKind.BLOCK, change, card -> {
            if (card.getState() == CardState.EXPIRED) {
                throw new Refusal(Refusal.Kind.CONFLICT, "card-expired", "card " + id + " has expired");
            }
            card.block(change.reason().strip());
        });
    }

    public CardView unblock(long id, @NotNull @Valid CardChange change) {
        return changed(id, MovementKind.UNBLOCK, change, card -> {
            if (card.getState() != CardState.BLOCKED) {
                throw new Refusal(Refusal.Kind.CONFLICT, "card-not-blocked", "card " + id + " is " + card.getState());
            }
            card.unblock();
        });
    }

    /** Gives a gift card another last day (goodwill, a date keyed wrong), or none. */
    public CardView changeExpiry(long id, @NotNull @Valid CardChange change) {
        return changed(id, MovementKind.EXPIRY, change, card -> {
            if (card.getKind() != CardKind.GIFT_CARD || card.getState() == CardState.EXPIRED) {
                throw new Refusal(Refusal.Kind.CONFLICT, "expiry-fixed", "card " + id + " is "
                        + (card.getKind() == CardKind.GIFT_CARD ? "expired already" : "store credit, which does "
                        + "not expire"));
            }
            card.expireOn(change.expiresOn());
        });
    }

    /**
     * A change of a card's state or expiry, with its reason in the card's history: by a caller who may change cards
     * where the card was sold (a store manager the cards of their stores; store credit and cards sold online by
     * callers bound to no store).
     */
    private CardView changed(long id, MovementKind kind, CardChange change,
                             java.util.function.Consumer<StoredValueCard> apply) {
        access.require(Scopes.STORED_VALUE_WRITE);
        StoredValueCard card = em.find(StoredValueCard.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (card == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-card", "no card " + id);
        }
        Caller caller = access.requireFor(Scopes.STORED_VALUE_WRITE, card.getKind() == CardKind.STORE_CREDIT ? null
                : card.getIssuedLocation());
        apply.accept(card);
        Instant now = clock.instant();
        String note = change.reason().strip() + (kind == MovementKind.EXPIRY ? " (now " + (change.expiresOn() == null
                ? "no expiry" : change.expiresOn().toString()) + ")" : "");
        em.persist(new StoredValueMovement(card, kind, BigDecimal.ZERO, kind.name().toLowerCase(java.util.Locale.ROOT)
                + " " + now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), null, note, caller.id(), now));
        em.flush();
        return view(card, movements(card));
    }

    /** Every night: cards past their expiry expire, what they held going to breakage. */
    @Schedule(hour = "2", minute = "41", persistent = false)
    void nightly() {
        if (runs.claim("stored-value-expiry", Duration.ofDays(1))) {
            int expired = Access.asSystem(this::expireDueNow);
            LOG.info(() -> "Stored value: " + expired + " card(s) expired");
        }
    }

    /** Expires every card past its expiry now, each in a transaction of its own; how many. */
    public int expireDue() {
        access.requireEverywhere(Scopes.STORED_VALUE_WRITE);
        return expireDueNow();
    }

    /** Cards due in any zone (the day after UTC's, the earliest day anywhere), each checked in its own zone. */
    private int expireDueNow() {
        LocalDate tomorrowInUtc = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        int expired = 0;
        for (Long id : em.createNamedQuery(StoredValueCard.EXPIRY_DUE, Long.class)
                .setParameter("today", tomorrowInUtc).getResultList()) {
            try {
                expired += self.expire(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "card " + id + " expires at the next run");
            }
        }
        return expired;
    }

    /**
     * Expires one card under its lock if its last day has passed where it was sold (UTC for one sold online): what
     * it holds, if anything, is breakage, posted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long id) {
        StoredValueCard card = em.find(StoredValueCard.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(card);
        if (card.getState() == CardState.EXPIRED || !card.isPastExpiry(today(zoneOf(card.getIssuedLocation())))) {
            return false;
        }
        BigDecimal left = Money.round(card.getBalance(), retailer.digits());
        Instant now = clock.instant();
        card.expired();
        em.persist(new StoredValueMovement(card, MovementKind.EXPIRE, left.signum() > 0 ? left.negate()
                : BigDecimal.ZERO, "expiry " + card.getExpiresOn(), null, left.signum() > 0 ? "breakage"
                : "nothing left" + (left.signum() < 0 ? " (overdrawn " + left + ")" : ""), "system", now));
        em.flush();
        if (left.signum() > 0) {
            journal.post(Posting.of(Vocabulary.STORED_VALUE_EXPIRED, "gift-card", String.valueOf(card.getId()),
                    card.getIssuedLocation(), null, now).line(Vocabulary.STORED_VALUE, null, left)
                    .line(Vocabulary.BREAKAGE, null, left.negate()));
        }
        return true;
    }

    /**
     * The card a typed code names, for this caller: refused while the caller is locked out; a code that names no
     * card counts against it.
     *
     * @throws Refusal TOO_MANY {@code too-many-wrong-codes}, NOT_FOUND {@code unknown-card}
     */
    private long cardOfCode(Caller caller, String typed) {
        CodeLookup found = self.lookUp(caller.id(), typed);
        if (found.lockedUntil() != null) {
            throw new Refusal(Refusal.Kind.TOO_MANY, "too-many-wrong-codes", "too many wrong codes: try again after "
                    + found.lockedUntil()).retryingAfter(Duration.between(clock.instant(), found.lockedUntil()));
        }
        if (found.cardId() == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-card", "no card has this code");
        }
        return found.cardId();
    }

    /**
     * Looks a typed code up for a caller and counts the result, committed whatever the caller does next: a wrong
     * code raises its count, a right one forgets it; a caller locked out is not looked up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CodeLookup lookUp(String callerId, String typed) {
        Instant now = clock.instant();
        CodeLockout kept = em.find(CodeLockout.class, callerId);
        Lockout lockout = kept == null ? Lockout.NONE : new Lockout(kept.getFailures(), kept.getWindowStart(),
                kept.getLockedUntil());
        if (lockout.locks(now)) {
            return new CodeLookup(null, lockout.lockedUntil());
        }
        Optional<Long> card = CardCodes.normalized(typed).map(CardCodes::hash).flatMap(this::byCodeHash)
                .map(StoredValueCard::getId);
        if (card.isPresent()) {
            if (kept != null) {
                em.remove(kept);
            }
            return new CodeLookup(card.get(), null);
        }
        Lockout after = lockout.wrong(now);
        if (kept == null) {
            kept = new CodeLockout(callerId);
            em.persist(kept);
        }
        kept.count(after.failures(), after.windowStart(), after.lockedUntil());
        return new CodeLookup(null, after.locks(now) ? after.lockedUntil() : null);
    }

    private Optional<StoredValueCard> byCodeHash(String hash) {
        return em.createNamedQuery(StoredValueCard.BY_CODE, StoredValueCard.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** Where a location is, for its day (UTC for none: a card sold online). */
    private static ZoneId zoneOf(Location location) {
        return location == null ? ZoneOffset.UTC : location.zone();
    }

    private ZoneId zoneOf(String locationCode) {
        return zoneOf(locationCode == null ? null : locations.require(locationCode));
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private Optional<StoredValueCard> creditOf(String customerNumber) {
        return em.createNamedQuery(StoredValueCard.BY_OWNER, StoredValueCard.class)
                .setParameter("owner", customerNumber).getResultStream().findFirst();
    }

    private StoredValueCard openCredit(String customerNumber, String store) {
        StoredValueCard card = StoredValueCard.storeCredit(customerNumber, retailer.currency(), clock.instant(),
                store);
        em.persist(card);
        em.flush();
        return card;
    }

    private Optional<StoredValueMovement> once(StoredValueCard card, MovementKind kind, String reference) {
        return em.createNamedQuery(StoredValueMovement.ONCE, StoredValueMovement.class)
                .setParameter("card", card.getId()).setParameter("kind", kind).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    private List<StoredValueMovement> movements(StoredValueCard card) {
        return em.createNamedQuery(StoredValueMovement.OF_CARD, StoredValueMovement.class)
                .setParameter("card", card.getId()).getResultList();
    }

    private CardView view(StoredValueCard card, List<StoredValueMovement> movements) {
        return CardView.of(card, movements, retailer.digits());
    }
}
