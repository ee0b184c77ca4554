package org.omnistock.promotion.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Refusal;
import org.omnistock.promotion.control.PromotionEvents;
import org.omnistock.promotion.entity.Coupon;
import org.omnistock.promotion.entity.Promotion;

/** Promotions and their coupon codes; see the promotion package. */
@Stateless
public class Promotions {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int GENERATED_CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Channels channels;

    @Inject
    PromotionEvents events;

    @Inject
    Clock clock;

    @Idempotent
    public PromotionView create(@NotNull PromotionRule rule) {
        access.require(Scopes.PROMOTIONS_WRITE);
        check(rule);
        if (find(rule.code()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "promotion-exists", "promotion " + rule.code() + " already exists");
        }
        Promotion promotion = new Promotion(rule, clock.instant());
        em.persist(promotion);
        em.flush();
        events.changed(promotion);
        return PromotionView.of(promotion, 0);
    }

    /** Replaces the rule (also of a withdrawn promotion, which applies again); redemptions so far stay counted. */
    public PromotionView change(String code, @NotNull PromotionRule rule) {
        access.require(Scopes.PROMOTIONS_WRITE);
        if (!code.equals(rule.code())) {
            throw new Refusal(Refusal.Kind.INVALID, "code-mismatch", "the rule's code " + rule.code()
                    + " is not the promotion's code " + code);
        }
        check(rule);
        Promotion promotion = locked(code);
        promotion.change(rule, clock.instant());
        events.changed(promotion);
        return view(promotion);
    }

    /** Stops the promotion everywhere at once; kept, with its redemptions, for the record. */
    public PromotionView withdraw(String code) {
        access.require(Scopes.PROMOTIONS_WRITE);
        Promotion promotion = locked(code);
        if (!promotion.isWithdrawn()) {
            promotion.withdraw(clock.instant());
            events.changed(promotion);
        }
        return view(promotion);
    }

    public List<PromotionView> list() {
        access.require(Scopes.READ);
        return em.createNamedQuery(Promotion.FIND_ALL, Promotion.class).getResultStream().map(this::view).toList();
    }

    public Optional<PromotionView> findByCode(String code) {
        access.require(Scopes.READ);
        return find(code).map(this::view);
    }

    @Idempotent
    public List<CouponView> addCoupons(String promotionCode, @NotNull @Valid NewCoupons request) {
        access.require(Scopes.PROMOTIONS_WRITE);
        Promotion promotion = require(promotionCode);
        if ((request.code() == null) == (request.count() == null)) {
            throw new Refusal(Refusal.Kind.INVALID, "code-or-count", "give either a code or a count of codes");
        }
        Instant now = clock.instant();
        List<Coupon> created = new ArrayList<>();
        if (request.code() != null) {
            String code = request.code().toUpperCase(Locale.ROOT);
            if (!em.createNamedQuery(Coupon.FIND_BY_CODE, Coupon.class).setParameter("code", code).getResultList()
                    .isEmpty()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "coupon-exists", "coupon code " + code + " already exists");
            }
            created.add(new Coupon(code, promotion, request.maxUses(), now));
        } else {
            int maxUses = request.maxUses() == null ? 1 : request.maxUses();
            for (int i = 0; i < request.count(); i++) {
                created.add(new Coupon(generatedCode(promotion.getCode()), promotion, maxUses, now));
            }
        }
        created.forEach(em::persist);
        return created.stream().map(CouponView::of).toList();
    }

    /** The codes themselves: only for those who manage promotions. */
    public List<CouponView> coupons(String promotionCode) {
        access.require(Scopes.PROMOTIONS_WRITE);
        return em.createNamedQuery(Coupon.OF_PROMOTION, Coupon.class).setParameter("promotion",
                require(promotionCode)).getResultStream().map(CouponView::of).toList();
    }

    private void check(PromotionRule rule) {
        List<Refusal.Detail> problems = new ArrayList<>(rule.problems().stream()
                .map(p -> new Refusal.Detail("rule", p)).toList());
        rule.channels().stream().filter(c -> channels.findByCode(c).isEmpty())
                .forEach(c -> problems.add(new Refusal.Detail("channels", "there is no channel " + c)));
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-promotion", "the promotion is not valid: "
                    + problems.get(0).message(), problems);
        }
    }

    private PromotionView view(Promotion promotion) {
        long coupons = em.createNamedQuery(Coupon.COUNT_OF_PROMOTION, Long.class).setParameter("promotion", promotion)
                .getSingleResult();
        return PromotionView.of(promotion, coupons);
    }

    /** A code hard to guess (50 bits of chance), without letters that read alike (0/O, 1/I). */
    private static String generatedCode(String promotionCode) {
        StringBuilder code = new StringBuilder(promotionCode.toUpperCase(Locale.ROOT)).append('-');
        for (int i = 0; i < GENERATED_CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private Optional<Promotion> find(String code) {
        return byCode(code).getResultStream().findFirst();
    }

    private Promotion require(String code) {
        return find(code).orElseThrow(() -> unknownPromotion(code));
    }

    private Promotion locked(String code) {
        return byCode(code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> unknownPromotion(code));
    }

    private TypedQuery<Promotion> byCode(String code) {
        return em.createNamedQuery(Promotion.FIND_BY_CODE, Promotion.class).setParameter("code", code);
    }

    private static Refusal unknownPromotion(String code) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "unknown-promotion", "there is no promotion " + code);
    }
}
