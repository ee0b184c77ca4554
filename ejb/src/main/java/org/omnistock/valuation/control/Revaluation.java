package org.omnistock.valuation.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.messages.Money;
import org.omnistock.platform.Retailer;
import org.omnistock.stock.entity.MovementType;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.valuation.entity.ValuationMovement;
import org.omnistock.valuation.entity.ValuedLevel;

/**
 * A cost learnt after goods came in (a freight bill, an invoice's price difference) added to what they are worth
 * (docs/erp.md, "landed costs"): the part of the receipt still on hand revalues the level's position, the rest was
 * sold and is the caller's to post as a cost. What of a receipt is still on hand is counted first in, first out:
 * the units the position holds beyond those that came in after the receipt, at most the receipt's.
 *
 * <p>Called under the level's lock (the ledger's {@code inLockOrder}), in the transaction that posts the cost, so
 * the position, its valued movement and the entry are one change. It posts nothing itself: the caller's entry
 * carries the stock line ({@link Split#onHand()}) beside its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Revaluation {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Retailer retailer;

    /**
     * How a cost was split.
     *
     * @param received the units received under the references
     * @param held     of those, the units still on hand
     * @param onHand   the part added to the position (the stock account's change)
     * @param sold     the part of goods already gone (a cost of the period)
     */
    public record Split(long received, long held, BigDecimal onHand, BigDecimal sold) {
    }

    /**
     * Adds {@code amount} to the cost of what was received at the level under {@code receiptReference} and the
     * part deliveries announced under it ({@code <reference>.2}, ...).
     *
     * @param document what the cost comes from, recorded on the valued movement (an invoice, a bill)
     */
    public Split add(StockLevel level, String receiptReference, BigDecimal amount, String document, Instant at) {
        int digits = retailer.digits();
        BigDecimal cost = Money.stored(amount, digits);
        Object[] receipts = em.createQuery("SELECT SUM(v.units), MAX(v.recordedAt) FROM ValuationMovement v "
                        + "WHERE v.levelId = :level AND v.kind = :kind AND v.units > 0 "
                        + "AND (v.reference = :reference OR v.reference LIKE :parts)", Object[].class)
                .setParameter("level", level.getId()).setParameter("kind", MovementType.RECEIPT.name())
                .setParameter("reference", receiptReference).setParameter("parts", receiptReference + ".%")
                .getSingleResult();
        long received = receipts[0] == null ? 0 : ((Number) receipts[0]).longValue();
        ValuedLevel stored = em.find(ValuedLevel.class, level.getId());
        if (received == 0 || stored == null) {
            return new Split(received, 0, BigDecimal.ZERO.setScale(digits), cost);
        }
        Instant lastReceipt = (Instant) receipts[1];
        // A number, not a Long: PostgreSQL sums BIGINT as NUMERIC.
        Number after = em.createQuery("SELECT SUM(v.units) FROM ValuationMovement v WHERE v.levelId = :level "
                        + "AND v.units > 0 AND v.recordedAt > :after", Number.class)
                .setParameter("level", level.getId()).setParameter("after", lastReceipt).getSingleResult();
        long cameAfter = after == null ? 0 : after.longValue();
        CostPosition before = stored.position(digits);
        long held = Math.max(0, Math.min(received, before.units() - cameAfter));
        BigDecimal onHand = held == 0 ? BigDecimal.ZERO.setScale(digits) : signedShare(cost, held, received, digits);
        BigDecimal sold = cost.subtract(onHand);
        CostPosition.Change change = before.revalue(onHand);
        if (onHand.signum() != 0) {
            stored.set(change.after(), at);
        }
        em.persist(new ValuationMovement(null, stored, ValuationMovement.REVALUATION, document, 0, onHand, sold,
                BigDecimal.ZERO.setScale(digits), change.after().units(), change.after().value(), at));
        return new Split(received, held, onHand, sold);
    }

    /** The part of {@code amount} for {@code part} of {@code of} units, by largest remainder, of either sign. */
    private static BigDecimal signedShare(BigDecimal amount, long part, long of, int digits) {
        BigDecimal share = Money.share(amount.abs(), List.of(BigDecimal.valueOf(part),
                BigDecimal.valueOf(of - part)), digits).get(0);
        return amount.signum() < 0 ? share.negate() : share;
    }
}
