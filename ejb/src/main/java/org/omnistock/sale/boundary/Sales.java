package org.omnistock.sale.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.omnistock.analytics.control.SalesFacts;
import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Posting;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.customer.boundary.Activity;
import org.omnistock.document.entity.DocumentKind;
import org.omnistock.customer.control.ActivityQuery;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.entity.Customer;
import org.omnistock.customer.entity.KeyKind;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.location.entity.LocationType;
import org.omnistock.messages.Headers;
import org.omnistock.messages.Money;
import org.omnistock.messages.sale.CardCodes;
import org.omnistock.messages.sale.PosSale;
import org.omnistock.messages.sale.PosSaleLine;
import org.omnistock.messages.sale.PosSaleTax;
import org.omnistock.messages.sale.PosSaleTender;
import org.omnistock.messages.tax.MissingTaxRate;
import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxRate;
import org.omnistock.pricing.boundary.PriceContext;
import org.omnistock.pricing.boundary.PriceResolver;
import org.omnistock.operations.OperationsMetrics;
import org.omnistock.platform.Retailer;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.returns.boundary.Returns;
import org.omnistock.sale.entity.Sale;
import org.omnistock.sale.entity.SaleLine;
import org.omnistock.tax.entity.TaxSummaryLine;
import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.document.boundary.DocumentView;
import org.omnistock.document.boundary.Documents;
import org.omnistock.platform.Refusal;
import org.omnistock.tender.control.RefundRule;
import org.omnistock.sale.entity.SaleTender;
import org.omnistock.storedvalue.boundary.StoredValue;
import org.omnistock.tax.boundary.TaxConfiguration;
import org.omnistock.tillday.boundary.DayTotal;
import org.omnistock.tillday.boundary.TillDays;
import org.omnistock.stock.boundary.PostedMovement;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.control.GroupCommit;
import org.omnistock.stock.entity.StockState;

/** Records POS sales; see the package documentation for the outcomes. */
@Stateless
public class Sales {

    /** What the books, documents and till days say a till receipt is. */
    private static final String TILL_RECEIPT = "till-receipt";
    private static final String RECEIPT_PREFIX = "POS ";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    PriceResolver prices;

    @Inject
    TillDays tillDays;

    @Inject
    StoredValue storedValue;

    @Inject
    Documents documents;

    @Inject
    Access access;

    @Inject
    TaxConfiguration taxes;

    @Inject
    Locations locations;

    @Inject
    Skus skus;

    @Inject
    StockLedger ledger;

    @Inject
    Returns returns;

    @Inject
    Customers customers;

    @Inject
    Loyalty loyalty;

    @Inject
    SalesFacts salesFacts;

    @Inject
    Retailer retailer;

    @Inject
    BasketPricing pricing;

    @Inject
    Journal journal;

    @Inject
    Clock clock;

    @Inject
    OperationsMetrics metrics;

    /** A POS sale as the broker delivered it: what the till sent, and the broker user that sent it. */
    public record Received(PosSale sale, String sender) {
    }

    /**
     * Records a batch of sales in one transaction, each as {@link #record} would alone, one after the other, so that
     * each sees what the ones before it wrote (the same receipt twice, a refund of a receipt in the same batch, a gift
     * card spent by two of them). A sale rejected here wrote nothing before it was rejected, so the others stand;
     * a fault that undoes the transaction (the database refuses a value) fails the batch, and {@link GroupCommit}
     * then records each of its sales alone, so that only the bad one is refused.
     *
     * <p>One commit, and so one wait for the disk, for the batch instead of one per sale (docs/benchmarks.md, B3).
     * The batch's stock levels are locked first, all in the ledger's lock order: the sales then post to them in
     * their own lines' order without waiting, in a cycle, on another transaction that locks the same levels.</p>
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<GroupCommit.Outcome<SaleOutcome>> recordTogether(List<Received> batch) {
        metrics.salesBatch(batch.size());
        Map<String, Sku> known = skusOf(batch);
        if (batch.size() > 1) {
            lockLevelsOf(batch, known);
        }
        List<GroupCommit.Outcome<SaleOutcome>> outcomes = new ArrayList<>(batch.size());
        for (Received received : batch) {
            outcomes.add(GroupCommit.Outcome.of(record(received.sale(), received.sender(), known)));
        }
        return outcomes;
    }

    /** The SKUs the batch's well-formed sales name that exist, by code: one query for the batch. */
    private Map<String, Sku> skusOf(List<Received> batch) {
        List<String> codes = batch.stream().map(Received::sale).filter(sale -> sale.problems().isEmpty())
                .flatMap(sale -> sale.lines().stream()).map(PosSaleLine::sku).distinct().toList();
        return skus.findAll(codes).stream().collect(Collectors.toMap(Sku::getCode, Function.identity()));
    }

    /** Locks the levels the batch's sales will post to, where they exist, in the ledger's lock order. */
    private void lockLevelsOf(List<Received> batch, Map<String, Sku> known) {
        Map<String, StockLedger.LevelWork<Object>> levels = new LinkedHashMap<>();
        for (Received received : batch) {
            PosSale sale = received.sale();
            if (!sale.problems().isEmpty() || !sale.storeId().equals(received.sender())) {
                continue;
            }
            Optional<Location> found = locations.find(sale.storeId());
            if (found.isEmpty() || found.get().getType() != LocationType.STORE) {
                continue;
            }
            Location store = found.get();
            for (PosSaleLine line : sale.lines()) {
                Sku sku = known.get(line.sku());
                if (sku != null) {
                    levels.putIfAbsent(StockLedger.lockKey(sku.getCode(), store.getCode()),
                            new StockLedger.LevelWork<>(sku, store, () -> ledger.lockForValue(sku, store)));
                }
            }
        }
        ledger.inLockOrder(List.copyOf(levels.values()));
    }

    /**
     * Records the sale and its stock movements, once per (store, receipt id), in the batch's transaction. Everything
     * is checked before anything is written, so a rejected sale changes nothing.
     *
     * <p>In a transaction apart from the message's acknowledgement: if the database refuses a value, the listener can
     * still dead-letter the message with the reason. This is safe because a sale is recorded once per receipt: one
     * redelivered after a crash between the commit and the acknowledgement is a duplicate, and changes nothing.</p>
     *
     * @param sender   the broker user that sent the sale ({@link org.omnistock.messages.Headers#SENDER}): a store
     *                 sends only its own sales
     * @param batchSkus the SKUs of the batch's sales that exist, by code
     */
    private SaleOutcome record(PosSale posSale, String sender, Map<String, Sku> batchSkus) {
        List<String> problems = posSale.problems();
        if (!problems.isEmpty()) {
            return SaleOutcome.rejected("invalid sale: " + String.join("; ", problems));
        }
        if (posSale.pointsDiscount() != null
                && Math.max(0, posSale.pointsDiscount().stripTrailingZeros().scale()) > retailer.digits()) {
            return SaleOutcome.rejected("pointsDiscount " + posSale.pointsDiscount().toPlainString() + " has more "
                    + "decimals than " + retailer.currency() + " has");
        }
        for (PosSaleTender tender : posSale.tenders()) {
            for (BigDecimal amount : new BigDecimal[] {tender.amount(), tender.given()}) {
                if (amount != null && Math.max(0, amount.stripTrailingZeros().scale()) > retailer.digits()) {
                    return SaleOutcome.rejected("tender amount " + amount.toPlainString() + " has more decimals than "
                            + retailer.currency() + " has");
                }
            }
        }
        if (sender == null) {
            return SaleOutcome.rejected("the sale has no authenticated sender (" + Headers.SENDER + "); is the "
                    + "Omnistock plugin installed in the broker?");
        }
        if (!sender.equals(posSale.storeId())) {
            return SaleOutcome.rejected("a sale of store " + posSale.storeId() + " sent by broker user " + sender
                    + ": a store sends only its own sales");
        }
        Optional<Location> found = locations.find(posSale.storeId());
        if (found.isEmpty()) {
            return SaleOutcome.rejected("unknown store " + posSale.storeId());
        }
        Location store = found.get();
        if (store.getType() != LocationType.STORE) {
            return SaleOutcome.rejected("location " + store.getCode() + " is a " + store.getType() + ", not a store");
        }
        if (recorded(store, posSale.receiptId()).isPresent()) {
            return SaleOutcome.duplicate();
        }
        List<String> codes = posSale.lines().stream().map(PosSaleLine::sku).distinct().toList();
        Map<String, Sku> known = codes.stream().filter(batchSkus::containsKey)
                .collect(Collectors.toMap(Function.identity(), batchSkus::get));
        List<String> unknown = codes.stream().filter(code -> !known.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            return SaleOutcome.rejected("unknown SKU " + String.join(", ", unknown));
        }

        List<Returns.TillReturn> orderReturns = posSale.lines().stream().filter(line -> line.orderNumber() != null)
                .map(line -> new Returns.TillReturn(line.orderNumber(), line.orderLineNo(), line.sku(),
                        line.quantity(), StockState.valueOf(line.returnCondition()))).toList();
        if (!orderReturns.isEmpty()) {
            List<String> cannot = returns.tillReturnProblems(orderReturns);
            if (!cannot.isEmpty()) {
                return SaleOutcome.rejected("lines brought back cannot be taken back: " + String.join("; ", cannot));
            }
        }
        List<String> promotionProblems = pricing.tillProblems(posSale.promotions());
        if (!promotionProblems.isEmpty()) {
            return SaleOutcome.rejected("promotions the till applied cannot be counted: "
                    + String.join("; ", promotionProblems));
        }
        PosSaleTax tax;
        try {
            tax = taxOf(posSale, store, known);
        } catch (MissingTaxRate e) {
            return SaleOutcome.rejected("the sale cannot be taxed: " + e.getMessage());
        }
        BigDecimal takings = tax == null ? Money.round(posSale.total(), retailer.digits()) : tax.gross();
        if (!posSale.tenders().isEmpty()) {
            BigDecimal paid = posSale.tenders().stream().map(PosSaleTender::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            if (paid.compareTo(takings) != 0) {
                return SaleOutcome.rejected("the tenders come to " + paid.toPlainString() + ", the receipt to "
                        + takings.toPlainString());
            }
        }
        List<String> refundProblems = refundProblems(posSale, store);
        if (!refundProblems.isEmpty()) {
            return SaleOutcome.rejected("what the receipt pays back cannot go where it says: "
                    + String.join("; ", refundProblems));
        }
        Optional<Customer> customer = customerOf(posSale);
        String customerNumber = customer.map(Customer::getNumber).orElse(null);
        List<String> storedValueProblems = storedValue.saleProblems(posSale.tenders(), customerNumber,
                posSale.redemptionReference());
        if (!storedValueProblems.isEmpty()) {
            return SaleOutcome.rejected("gift card or store credit tenders cannot be taken: "
                    + String.join("; ", storedValueProblems));
        }
        Sale sale = new Sale(store, posSale.receiptId(), posSale.soldAt(), clock.instant());
        sale.refunding(posSale.refundOf());
        // A gift card's code is a bearer secret: the sale keeps what a receipt may print of it.
        sale.paidWith(posSale.tenders().stream().map(t -> new SaleTender(t.type(), t.amount(),
                PosSaleTender.GIFT_CARD.equals(t.type()) ? CardCodes.shown(t.reference()) : t.reference(),
                t.given())).toList());
        if (tax != null) {
            sale.taxedAs(tax.summary().stream().map(t -> new TaxSummaryLine(t.name(), t.percent(), t.base(),
                    t.tax())).toList());
        }
        customer.ifPresent(c -> sale.forCustomer(c.getNumber()));
        posSale.lines().forEach(line -> sale.addLine(known.get(line.sku()), line.quantity(), line.unitPrice(),
                line.isReturn() ? StockState.valueOf(line.returnCondition()) : null));
        em.persist(sale);
        em.flush();
        String reference = reference(store.getCode(), sale.getReceiptId());
        List<StockLedger.LevelWork<PostedMovement>> postings = new ArrayList<>();
        for (SaleLine line : sale.getLines()) {
            String key = "pos:" + store.getCode() + ":" + sale.getReceiptId() + ":" + line.getLineNo();
            postings.add(new StockLedger.LevelWork<>(line.getSku(), store, () -> line.getReturnCondition() == null
                    ? ledger.recordSale(line.getSku(), store, line.getQuantity(), reference, key, sale.getSoldAt())
                    : ledger.recordReturn(line.getSku(), store, line.getQuantity(), line.getReturnCondition(),
                    reference, key, sale.getSoldAt())));
        }
        ledger.inLockOrder(postings);
        Posting posting = Posting.of(Vocabulary.SALE, TILL_RECEIPT, reference, store.getCode(),
                SalesFacts.STORE_CHANNEL, sale.getSoldAt())
                .line(Vocabulary.REVENUE, null, (tax == null ? takings : tax.net()).negate());
        if (posSale.tenders().isEmpty()) {
            posting = posting.line(Vocabulary.TENDER, null, takings);
        }
        for (PosSaleTender tender : posSale.tenders()) {
            posting = posting.line(tenderRole(tender), null, Money.round(tender.amount(), retailer.digits()));
        }
        if (tax != null) {
            for (TaxAmount component : tax.summary()) {
                if (component.tax().signum() != 0) {
                    posting = posting.line(Vocabulary.TAX, null, component.tax().negate());
                }
            }
        }
        journal.post(posting);
        storedValue.recordSale(posSale.tenders(), customerNumber, posSale.redemptionReference(), store.getCode(),
                sender, sale.getSoldAt());
        salesFacts.record(facts(posSale, sale, store, tax));
        pricing.countTillSale(posSale.redemptionReference(), customerNumber,
                posSale.promotions(), posSale.total(), retailer.currency());
        if (!orderReturns.isEmpty()) {
            returns.recordTillReturns(store, sale.getReceiptId(), sale.getSoldAt(), orderReturns);
        }
        customer.ifPresent(c -> {
            BigDecimal total = posSale.total();
            String source = "pos " + store.getCode() + "/" + sale.getReceiptId();
            if (posSale.pointsSpent() != null) {
                loyalty.spend(c, posSale.pointsSpent(), "redemption " + store.getCode() + "/" + sale.getReceiptId(),
                        null, store.getCode(), posSale.pointsDiscount(), true, sender, sale.getSoldAt());
            }
            if (total.signum() > 0) {
                loyalty.earn(c, source, total, null, store.getCode(), sale.getSoldAt(), sender);
            } else {
                loyalty.reverse(c, source, total.negate(), null, store.getCode(), sale.getSoldAt(), sender);
            }
        });
        // Numbered and counted into the store's day by the next fold: no sale waits on its store's series or day.
        DocumentKind kind = takings.signum() < 0 ? DocumentKind.CREDIT_NOTE : DocumentKind.SIMPLIFIED;
        tillDays.pend(store.getCode(), TILL_RECEIPT, reference, kind, sale.getSoldAt(), takings,
                tax == null ? BigDecimal.ZERO : tax.tax(), dayTotals(posSale, tax, takings, kind));
        return SaleOutcome.recorded();
    }

    /**
     * The receipt's own lines as sales figures: sold lines net of their share of the points' worth ({@link
     * Money#share}, by value, at the retailer's currency's digits) and, where the store taxes, of tax; lines brought
     * back negative. A line returning
     * another channel's order counts for that order's channel, through the returns capability.
     */
    private List<SalesFacts.Line> facts(PosSale posSale, Sale sale, Location store, PosSaleTax tax) {
        List<SaleLine> lines = sale.getLines();
        List<BigDecimal> soldValues = new ArrayList<>();
        for (SaleLine line : lines) {
            soldValues.add(line.getReturnCondition() == null ? valueOf(line) : BigDecimal.ZERO);
        }
        // Where the store taxes, the receipt's tax already shared the points over its lines: its net is the figure.
        boolean pointsSpent = tax == null && posSale.pointsDiscount() != null && posSale.pointsDiscount().signum() > 0;
        List<BigDecimal> pointsShares = pointsSpent ? Money.share(posSale.pointsDiscount(), soldValues,
                retailer.digits()) : null;
        List<SalesFacts.Line> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SaleLine line = lines.get(i);
            if (posSale.lines().get(i).orderNumber() != null) {
                continue;
            }
            BigDecimal value = valueOf(line);
            int units = line.getQuantity();
            if (tax != null) {
                value = tax.lineNet().get(i);
                units = line.getReturnCondition() != null ? -units : units;
            } else if (line.getReturnCondition() != null) {
                value = value.negate();
                units = -units;
            } else if (pointsShares != null) {
                value = value.subtract(pointsShares.get(i));
            }
            facts.add(new SalesFacts.Line("pos:" + store.getCode() + ":" + sale.getReceiptId() + ":"
                    + line.getLineNo(), sale.getSoldAt(), SalesFacts.STORE_CHANNEL, store, line.getSku(), units,
                    value));
        }
        return facts;
    }

    /**
     * What is wrong with where the receipt pays money back ({@link RefundRule}): against the receipt it names, which
     * must have been recorded, by that receipt's tenders less what was paid back against it before. A receipt that
     * names none, or names one that said no tenders, is held to nothing more than its own tenders adding up.
     */
    private List<String> refundProblems(PosSale posSale, Location store) {
        Map<String, BigDecimal> now = sums(posSale.tenders().stream().filter(t -> t.amount().signum() < 0)
                .map(t -> new SaleTender(t.type(), t.amount(), null, null)).toList(), true);
        if (posSale.refundOf() == null || now.isEmpty()) {
            return List.of();
        }
        int slash = posSale.refundOf().indexOf('/');
        Optional<Sale> original = locations.find(posSale.refundOf().substring(0, slash))
                .flatMap(at -> recorded(at, posSale.refundOf().substring(slash + 1)));
        if (original.isEmpty()) {
            return List.of("the receipt " + posSale.refundOf() + " it names is not recorded");
        }
        if (original.get().getTenders().isEmpty()) {
            return List.of();
        }
        List<SaleTender> before = em.createNamedQuery(Sale.FIND_REFUNDS_OF, Sale.class)
                .setParameter("receipt", posSale.refundOf()).getResultStream()
                .flatMap(refund -> refund.getTenders().stream()).filter(t -> t.getAmount().signum() < 0).toList();
        return RefundRule.problems(posSale.refundOf(), sums(original.get().getTenders(), false), sums(before, true),
                now);
    }

    /** Tenders summed per type, positive: what was paid, or ({@code back}) what was paid back. */
    private Map<String, BigDecimal> sums(List<SaleTender> tenders, boolean back) {
        Map<String, BigDecimal> sums = new HashMap<>();
        tenders.stream().filter(t -> back == (t.getAmount().signum() < 0)).forEach(t -> sums.merge(t.getType(),
                Money.stored(t.getAmount().abs(), retailer.digits()), BigDecimal::add));
        return sums;
    }

    /**
     * A recorded receipt as it is printed, for whoever may read its store: its document, lines, tax by rate,
     * tenders and the texts its country's documents carry.
     *
     * @throws Refusal NOT_FOUND {@code unknown-receipt}
     */
    public ReceiptView receipt(String storeCode, String receiptId) {
        access.requireAt(Scopes.READ, storeCode);
        Optional<Location> store = locations.find(storeCode);
        Sale sale = store.flatMap(at -> recorded(at, receiptId)).orElseThrow(() -> new Refusal(
                Refusal.Kind.NOT_FOUND, "unknown-receipt", storeCode + " has no recorded receipt " + receiptId));
        int digits = retailer.digits();
        List<ReceiptView.Line> lines = sale.getLines().stream().map(line -> {
            int sign = line.getReturnCondition() == null ? 1 : -1;
            return new ReceiptView.Line(line.getSku().getCode(), line.getSku().getName(), sign * line.getQuantity(),
                    Money.stored(line.getUnitPrice(), digits), Money.stored(valueOf(line), digits)
                    .multiply(BigDecimal.valueOf(sign)), line.getReturnCondition() == null ? null
                    : line.getReturnCondition().name());
        }).toList();
        List<ReceiptView.Tax> byRate = sale.getTaxes().stream().map(t -> new ReceiptView.Tax(t.getName(),
                TaxRate.plain(t.getPercent()), Money.stored(t.getBase(), digits),
                Money.stored(t.getTax(), digits))).toList();
        BigDecimal goods = Money.stored(sale.getTotal(), digits);
        BigDecimal tax = byRate.stream().map(ReceiptView.Tax::tax).reduce(BigDecimal.ZERO.setScale(digits),
                BigDecimal::add);
        BigDecimal net = byRate.isEmpty() ? goods : byRate.stream().map(ReceiptView.Tax::base)
                .reduce(BigDecimal.ZERO.setScale(digits), BigDecimal::add);
        List<ReceiptView.Tender> tenders = sale.getTenders().stream().map(t -> new ReceiptView.Tender(t.getType(),
                Money.stored(t.getAmount(), digits), t.getReference(), t.getGiven() == null ? null
                : Money.stored(t.getGiven(), digits), t.getGiven() == null ? null
                : Money.stored(t.getGiven().subtract(t.getAmount()), digits))).toList();
        BigDecimal total = tenders.isEmpty() ? net.add(tax) : tenders.stream().map(ReceiptView.Tender::amount)
                .reduce(BigDecimal.ZERO.setScale(digits), BigDecimal::add);
        Location at = store.get();
        return new ReceiptView(at.getCode(), at.getName(), at.getCountry(), sale.getReceiptId(), sale.getSoldAt(),
                documents.of(TILL_RECEIPT, reference(at.getCode(), sale.getReceiptId())),
                sale.getCustomerNumber(), sale.getRefundOf(), lines, goods, byRate, net, tax, total, tenders,
                taxes.documentText(at.getCountry()));
    }

    /**
     * A numbered document as it is printed, for whoever may read its location: a till receipt's document prints its
     * receipt; an order's invoice or a return's credit note prints the lines and tax it was issued with, its source
     * (the fulfilment, the return's receipt) in the receipt's place, and no tenders (the order's payments are not
     * the document's).
     *
     * @throws Refusal NOT_FOUND {@code unknown-document}
     */
    public ReceiptView receiptOfDocument(String number) {
        Documents.Printed printed = documents.printed(number);
        DocumentView document = printed.document();
        if (TILL_RECEIPT.equals(document.sourceType())) {
            String source = document.sourceId().substring(RECEIPT_PREFIX.length());
            int slash = source.indexOf('/');
            return receipt(source.substring(0, slash), source.substring(slash + 1));
        }
        Optional<Location> at = locations.find(document.location());
        String country = at.map(Location::getCountry).orElse(null);
        List<ReceiptView.Line> lines = printed.lines().stream().map(l -> new ReceiptView.Line(l.sku(), l.name(),
                l.quantity(), l.unitPrice(), l.amount(), l.note())).toList();
        List<ReceiptView.Tax> byRate = printed.taxes().stream().map(t -> new ReceiptView.Tax(t.name(), t.percent(),
                t.base(), t.tax())).toList();
        BigDecimal goods = lines.stream().map(ReceiptView.Line::amount).reduce(BigDecimal.ZERO.setScale(
                retailer.digits()), BigDecimal::add);
        return new ReceiptView(document.location(), at.map(Location::getName).orElse(document.location()), country,
                document.sourceId(), document.issuedAt(), List.of(document), null, null,
                lines, goods, byRate, document.gross().subtract(document.tax()), document.tax(), document.gross(),
                List.of(), taxes.documentText(country));
    }

    /** How the books, the documents and the till days name a store's receipt: {@code POS <store>/<receipt>}. */
    private static String reference(String store, String receiptId) {
        return RECEIPT_PREFIX + store + "/" + receiptId;
    }

    /** The books' role of what a tender paid with: cash in the tills, card settlements, stored value owed. */
    private static String tenderRole(PosSaleTender tender) {
        return switch (tender.type()) {
            case PosSaleTender.CASH -> Vocabulary.CASH;
            case PosSaleTender.CARD -> Vocabulary.CARD;
            default -> Vocabulary.STORED_VALUE;
        };
    }

    /** What the receipt adds to its store's day: per tender (or unsaid), per tax component, per kind of document. */
    private List<DayTotal> dayTotals(PosSale posSale, PosSaleTax tax, BigDecimal takings, DocumentKind kind) {
        BigDecimal zero = BigDecimal.ZERO.setScale(retailer.digits());
        List<DayTotal> totals = new ArrayList<>();
        if (posSale.tenders().isEmpty()) {
            totals.add(new DayTotal(DayTotal.TENDER, DayTotal.UNSAID, takings, zero, 1));
        }
        Map<String, BigDecimal> byTender = new HashMap<>();
        posSale.tenders().forEach(t -> byTender.merge(t.type(), Money.round(t.amount(), retailer.digits()),
                BigDecimal::add));
        byTender.forEach((type, amount) -> totals.add(new DayTotal(DayTotal.TENDER, type, amount, zero, 1)));
        if (tax != null) {
            tax.summary().forEach(t -> totals.add(new DayTotal(DayTotal.TAX, t.name() + "@"
                    + t.percent().toPlainString(), t.tax(), t.base(), 1)));
        }
        totals.add(new DayTotal(DayTotal.DOCUMENT, kind.name(), takings, zero, 1));
        return totals;
    }

    /**
     * The receipt's tax when its store taxes (it has a country): the store is the place of supply, the rates those
     * valid at {@code soldAt}, the basis that of the list that prices the first line there; null when it does not.
     */
    private PosSaleTax taxOf(PosSale posSale, Location store, Map<String, Sku> known) {
        if (store.getCountry() == null) {
            return null;
        }
        Map<String, SkuTax> taxOf = new HashMap<>();
        known.forEach((code, sku) -> taxOf.put(code, sku.tax()));
        boolean inclusive = prices.pricesIncludeTax(known.get(posSale.lines().get(0).sku()), new PriceContext(
                retailer.currency(), null, store.getCode(), null, posSale.soldAt()));
        return PosSaleTax.of(posSale, taxOf, TaxPlace.at(store.getCountry(), store.getRegion()), taxes.rules(),
                inclusive, retailer.currency());
    }

    private static BigDecimal valueOf(SaleLine line) {
        return line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity()));
    }

    /**
     * The customer the till named, by card or number. One it does not know earns nothing, but the sale is real and
     * is recorded all the same: the customer can be given the points later by a person.
     */
    private Optional<Customer> customerOf(PosSale posSale) {
        if (posSale.customerNumber() != null) {
            return customers.activeOrNone(posSale.customerNumber());
        }
        return posSale.loyaltyCard() == null ? Optional.empty()
                : customers.owner(KeyKind.CARD, posSale.loyaltyCard());
    }

    /**
     * The store's receipt, once recorded (there is one per store and receipt id). The transaction's changes are not
     * written first: a sale is written as soon as it is recorded ({@link #record}), also the batch's earlier ones.
     */
    private Optional<Sale> recorded(Location store, String receiptId) {
        return em.createNamedQuery(Sale.FIND_BY_RECEIPT, Sale.class).setParameter("store", store)
                .setParameter("receiptId", receiptId).setFlushMode(FlushModeType.COMMIT).getResultStream()
                .findFirst();
    }

    /** The newest POS sales rung up for a customer, for their timeline. */
    public void activityOf(@Observes ActivityQuery query) {
        query.add(em.createNamedQuery(Sale.FIND_BY_CUSTOMERS, Sale.class)
                .setParameter("customers", query.customerNumbers()).setMaxResults(query.max()).getResultStream()
                .map(s -> new Activity(s.getSoldAt(), "SALE", s.getReceiptId(), null, s.getStore().getCode(),
                        s.getTotal(), s.getLines().size() + " line(s)"))
                .toList());
    }
}
