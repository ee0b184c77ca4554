package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Posting;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.messages.Money;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.purchasing.control.PurchasingRecords;
import org.omnistock.purchasing.entity.PurchaseOrder;
import org.omnistock.purchasing.entity.PurchaseOrderLine;
import org.omnistock.purchasing.entity.Supplier;
import org.omnistock.purchasing.entity.SupplierInvoice;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.valuation.control.Revaluation;

/**
 * Supplier invoices and landed-cost bills against purchase orders, and the three-way match of order, receipts and
 * invoices (docs/erp.md). Each is recorded once (its number is the supplier's), posted in the same transaction
 * (goods received not invoiced cleared at the order's price, the supplier's price owed), and what it adds to or
 * takes from the goods' cost revalues the units still on hand; the part of goods already sold is a cost of the
 * period. A back-dated document keeps its date but is booked now: nothing is re-costed.
 */
@Stateless
public class SupplierInvoices {

    static final String INVOICE_DOCUMENT = "supplier-invoice";
    static final String LANDED_COST_DOCUMENT = "landed-cost";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PurchasingRecords records;

    @Inject
    StockLedger ledger;

    @Inject
    Revaluation revaluation;

    @Inject
    Journal journal;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    /** An order line's part of a document, before it is booked. */
    private record Part(PurchaseOrderLine line, long quantity, BigDecimal unitPrice, BigDecimal amount,
                        BigDecimal orderedAmount, BigDecimal cost) {
    }

    /**
     * Records the supplier's invoice for goods received against the order. Units beyond those received and not yet
     * invoiced are refused (the goods come first); a price beyond the supplier's price tolerance is booked but marks
     * the line's match {@code PRICE_DIFFERENCE}, for someone to look at before paying.
     */
    @Idempotent
    public SupplierInvoiceView invoice(String orderNumber, @NotNull @Valid NewSupplierInvoice request) {
        Caller caller = access.require(Scopes.PAYABLES_WRITE);
        PurchaseOrder order = records.order(orderNumber, true);
        Supplier supplier = order.getSupplier();
        requireNew(supplier, request.number());
        int digits = retailer.digits();
        List<String> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<Part> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(digits);
        for (NewSupplierInvoice.Line line : request.lines()) {
            Optional<PurchaseOrderLine> ordered = order.line(line.lineNo());
            if (ordered.isEmpty()) {
                problems.add("line " + line.lineNo() + " is not one of " + orderNumber);
            } else if (!seen.add(line.lineNo())) {
                problems.add("line " + line.lineNo() + " is given twice");
            } else if (line.quantity() > ordered.get().invoiceable()) {
                problems.add("line " + line.lineNo() + ": " + line.quantity() + " invoiced, "
                        + ordered.get().invoiceable() + " received and not invoiced yet");
            } else {
                BigDecimal amount = Money.round(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())),
                        digits);
                BigDecimal atOrderPrice = Money.round(ordered.get().getUnitPrice()
                        .multiply(BigDecimal.valueOf(line.quantity())), digits);
                total = total.add(amount);
                parts.add(new Part(ordered.get(), line.quantity(), line.unitPrice(), amount, atOrderPrice,
                        amount.subtract(atOrderPrice)));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-invoice", String.join("; ", problems));
        }
        if (request.total() != null && request.total().compareTo(total) != 0) {
            throw new Refusal(Refusal.Kind.INVALID, "total-mismatch", "the lines come to " + total
                    + ", the invoice says " + request.total());
        }
        SupplierInvoice invoice = new SupplierInvoice(supplier, request.number().strip(), order,
                SupplierInvoice.Kind.GOODS, request.invoiceDate(), clock.instant(), caller.id(), total, null, null);
        book(invoice, parts, Vocabulary.SUPPLIER_INVOICE, INVOICE_DOCUMENT, Vocabulary.PRICE_DIFFERENCE);
        for (Part part : parts) {
            part.line().invoiced(part.quantity(), supplier.withinPriceTolerance(part.line().getUnitPrice(),
                    part.unitPrice()));
        }
        order.record(invoice.getRecordedAt(), caller.id(), "INVOICE", "invoice " + invoice.getNumber() + " of "
                + supplier.getCode() + ": " + total + " " + order.getCurrency());
        return SupplierInvoiceView.of(invoice, digits);
    }

    /**
     * Records a bill of costs landed on the order's goods: shared over the lines received so far, by value or by
     * units, each line's share revaluing what of it is still on hand and costing what was sold.
     */
    @Idempotent
    public SupplierInvoiceView landedCost(String orderNumber, @NotNull @Valid NewLandedCost request) {
        Caller caller = access.require(Scopes.PAYABLES_WRITE);
        PurchaseOrder order = records.order(orderNumber, true);
        Supplier biller = request.supplier() == null ? order.getSupplier()
                : records.knownSupplier(request.supplier());
        requireNew(biller, request.number());
        int digits = retailer.digits();
        if (request.amount().scale() > digits) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-amount", "an amount has at most " + digits
                    + " decimals: " + request.amount());
        }
        SupplierInvoice.SpreadBy spreadBy = request.spreadBy() == null ? SupplierInvoice.SpreadBy.VALUE
                : request.spreadBy();
        List<PurchaseOrderLine> received = order.getLines().stream().filter(l -> l.getReceived() > 0).toList();
        if (received.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "nothing-received", "nothing of " + orderNumber
                    + " was received yet: a landed cost is shared over what came");
        }
        BigDecimal amount = request.amount().setScale(digits);
        List<BigDecimal> weights = received.stream().map(l -> spreadBy == SupplierInvoice.SpreadBy.QUANTITY
                ? BigDecimal.valueOf(l.getReceived())
                : l.getUnitPrice().multiply(BigDecimal.valueOf(l.getReceived()))).toList();
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            weights = received.stream().map(l -> BigDecimal.valueOf(l.getReceived())).toList();
        }
        List<BigDecimal> shares = Money.share(amount, weights, digits);
        List<Part> parts = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        for (int i = 0; i < received.size(); i++) {
            parts.add(new Part(received.get(i), 0, null, shares.get(i), zero, shares.get(i)));
        }
        SupplierInvoice bill = new SupplierInvoice(biller, request.number().strip(), order,
                SupplierInvoice.Kind.LANDED_COST, request.billDate(), clock.instant(), caller.id(), amount,
                spreadBy, request.description() == null ? null : request.description().strip());
        book(bill, parts, Vocabulary.LANDED_COST, LANDED_COST_DOCUMENT, Vocabulary.LANDED);
        parts.forEach(part -> part.line().landed(part.cost()));
        order.record(bill.getRecordedAt(), caller.id(), "LANDED_COST", "bill " + bill.getNumber() + " of "
                + biller.getCode() + ": " + amount + " " + order.getCurrency() + " by " + spreadBy.name()
                .toLowerCase() + (bill.getDescription() == null ? "" : " (" + bill.getDescription() + ")"));
        return SupplierInvoiceView.of(bill, digits);
    }

    /** The order's invoices and bills, oldest first. */
    public List<SupplierInvoiceView> of(String orderNumber) {
        access.require(Scopes.PURCHASING_READ);
        PurchaseOrder order = records.order(orderNumber, false);
        records.requireSees(order);
        int digits = retailer.digits();
        return em.createNamedQuery(SupplierInvoice.OF_ORDER, SupplierInvoice.class).setParameter("order", order)
                .getResultStream().map(i -> SupplierInvoiceView.of(i, digits)).toList();
    }

    private void requireNew(Supplier supplier, String number) {
        if (!em.createNamedQuery(SupplierInvoice.BY_NUMBER, SupplierInvoice.class).setParameter("supplier", supplier)
                .setParameter("number", number.strip()).getResultList().isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "invoice-known", supplier.getCode() + "'s document "
                    + number.strip() + " is recorded already");
        }
    }

    /**
     * Revalues each line's level by its part's cost (under the level's lock, in the ledger's lock order), keeps the
     * lines, and posts one entry per location: what the order's price made of the units against GRNI, the cost to
     * stock (on hand) and to {@code soldRole} (gone), and what is owed to the supplier.
     */
    private void book(SupplierInvoice document, List<Part> parts, String event, String documentType,
                      String soldRole) {
        Instant now = document.getRecordedAt();
        BigDecimal zero = BigDecimal.ZERO.setScale(retailer.digits());
        String reference = document.getSupplier().getCode() + "/" + document.getNumber();
        List<StockLedger.LevelWork<Revaluation.Split>> work = parts.stream()
                .map(part -> new StockLedger.LevelWork<>(part.line().getSku(), part.line().getLocation(), () -> {
                    Optional<StockLevel> level = ledger.lockForValue(part.line().getSku(), part.line().getLocation());
                    return level.map(l -> revaluation.add(l, document.getOrder().getNumber(), part.cost(),
                                    reference, now))
                            .orElseGet(() -> new Revaluation.Split(0, 0, zero, part.cost()));
                })).toList();
        List<Revaluation.Split> splits = ledger.inLockOrder(work);
        Map<String, Posting> entries = new LinkedHashMap<>();
        Instant documentDate = document.getDocumentDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Revaluation.Split split = splits.get(i);
            document.add(part.line(), part.quantity(), part.unitPrice(), part.amount(), part.orderedAmount(),
                    split.onHand(), split.sold());
            String location = part.line().getLocation().getCode();
            String category = part.line().getSku().getCategory();
            entries.put(location, entries.getOrDefault(location, Posting.of(event, documentType, reference,
                            location, null, documentDate).countingFor(now))
                    .line(Vocabulary.GRNI, category, part.orderedAmount())
                    .line(Vocabulary.STOCK, category, split.onHand())
                    .line(soldRole, category, split.sold())
                    .line(Vocabulary.PAYABLE, category, part.amount().negate()));
        }
        em.persist(document);
        entries.values().forEach(journal::post);
    }
}
