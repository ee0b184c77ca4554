package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.purchasing.StoreGoodsReceipt;
import org.omnistock.platform.DocumentNumbers;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.purchasing.control.PurchasingRecords;
import org.omnistock.purchasing.entity.CategoryTolerance;
import org.omnistock.purchasing.entity.PurchaseOrder;
import org.omnistock.purchasing.entity.PurchaseOrderLine;
import org.omnistock.purchasing.entity.PurchaseOrderStatus;
import org.omnistock.purchasing.entity.ShippingNotice;
import org.omnistock.purchasing.entity.Supplier;
import org.omnistock.purchasing.entity.SupplierItem;
import org.omnistock.stock.boundary.StateMove;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.control.DeliveryArriving;
import org.omnistock.stock.entity.StockState;
import org.omnistock.valuation.control.ReceiptCosts;

/** Suppliers and purchase orders, from draft to closed; see the package documentation. */
@Stateless
public class Purchasing {

    /** The kind of document whose numbers purchase orders take ({@code PO-2026-000001}). */
    static final String NUMBER_KIND = "PO";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    @Inject
    ReceiptCosts receiptCosts;

    @Inject
    PurchasingRecords records;

    @Inject
    DocumentNumbers numbers;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    @Idempotent
    public SupplierView createSupplier(@NotNull @Valid NewSupplier request) {
        access.require(Scopes.PURCHASING_WRITE);
        if (records.supplier(request.code()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "supplier-exists", "there is a supplier " + request.code());
        }
        String currency = request.currency() == null ? retailer.currency() : request.currency();
        if (!currency.equals(retailer.currency())) {
            throw new Refusal(Refusal.Kind.INVALID, "foreign-currency", "suppliers are paid in "
                    + retailer.currency() + " for now: the books are kept in it and exchange rates are not kept");
        }
        Supplier supplier = new Supplier(request.code(), request.name().strip(), currency, request.leadTimeDays(),
                request.paymentTermsDays(), request.overPercent() == null ? BigDecimal.ZERO : request.overPercent(),
                request.overUnits() == null ? 0 : request.overUnits(), clock.instant());
        if (request.priceTolerancePercent() != null) {
            supplier.priceTolerance(request.priceTolerancePercent());
        }
        em.persist(supplier);
        return view(supplier);
    }

    public List<SupplierView> suppliers() {
        access.require(Scopes.PURCHASING_READ);
        return em.createNamedQuery(Supplier.ALL, Supplier.class).getResultStream().map(this::view).toList();
    }

    public SupplierView supplierView(String code) {
        access.require(Scopes.PURCHASING_READ);
        return view(records.knownSupplier(code));
    }

    /** What the supplier supplies of a SKU, set or changed: orders drafted from now on take it. */
    public SupplierView setItem(String supplierCode, @NotNull @Valid SupplierItemRequest request) {
        access.require(Scopes.PURCHASING_WRITE);
        Supplier supplier = records.knownSupplier(supplierCode);
        Sku sku = skus.find(request.sku()).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-sku",
                "there is no SKU " + request.sku()));
        SupplierItem item = em.createNamedQuery(SupplierItem.FIND, SupplierItem.class)
                .setParameter("supplier", supplier).setParameter("sku", sku).getResultStream().findFirst()
                .orElseGet(() -> {
                    SupplierItem created = new SupplierItem(supplier, sku);
                    em.persist(created);
                    return created;
                });
        item.set(request.supplierCode(), request.unitPrice(), request.packSize() == null ? 1 : request.packSize(),
                request.minimumQuantity() == null ? 1 : request.minimumQuantity());
        return view(supplier);
    }

    /**
     * A draft order, numbered: each line's quantity rounded up to the supplier's pack and minimum, its price the
     * supplier's unless given, expected after the supplier's lead time unless a date is given. One line per SKU and
     * location.
     */
    @Idempotent
    public PurchaseOrderView draft(@NotNull @Valid NewPurchaseOrder request) {
        Caller caller = access.require(Scopes.PURCHASING_WRITE);
        Supplier supplier = records.knownSupplier(request.supplier());
        if (!supplier.isActive()) {
            throw new Refusal(Refusal.Kind.INVALID, "supplier-inactive", supplier.getCode() + " is not active");
        }
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<DraftLine> resolved = new ArrayList<>();
        for (NewPurchaseOrder.Line line : request.lines()) {
            Optional<Sku> sku = skus.find(line.sku());
            Optional<Location> location = locations.find(line.locationId());
            if (sku.isEmpty() || location.isEmpty()) {
                problems.add(sku.isEmpty() ? "there is no SKU " + line.sku() : "there is no location "
                        + line.locationId());
                continue;
            }
            if (!seen.add(line.sku() + "@" + line.locationId())) {
                problems.add(line.sku() + " for " + line.locationId() + " is on two lines: make it one");
                continue;
            }
            Optional<SupplierItem> item = em.createNamedQuery(SupplierItem.FIND, SupplierItem.class)
                    .setParameter("supplier", supplier).setParameter("sku", sku.get()).getResultStream().findFirst();
            BigDecimal price = line.unitPrice() != null ? line.unitPrice()
                    : item.map(SupplierItem::getUnitPrice).orElse(null);
            if (price == null) {
                problems.add(supplier.getCode() + " has no price for " + line.sku() + ": give one");
                continue;
            }
            long quantity = item.map(i -> i.orderable(line.quantity())).orElse(line.quantity());
            Instant expected = line.expectedAt() != null ? line.expectedAt()
                    : now.plus(Duration.ofDays(supplier.getLeadTimeDays()));
            resolved.add(new DraftLine(sku.get(), location.get(), quantity, price, expected));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-lines", String.join("; ", problems));
        }
        PurchaseOrder order = new PurchaseOrder(numbers.next(NUMBER_KIND, now.atZone(ZoneOffset.UTC).getYear()),
                supplier, now, caller.id());
        for (DraftLine line : resolved) {
            order.addLine(line.sku(), line.location(), line.quantity(), line.unitPrice(), line.expectedAt());
        }
        em.persist(order);
        return PurchaseOrderView.of(order);
    }

    /** A line of a draft, resolved and checked, before the order is numbered. */
    private record DraftLine(Sku sku, Location location, long quantity, BigDecimal unitPrice, Instant expectedAt) {
    }

    public PurchaseOrderView order(String number) {
        access.require(Scopes.PURCHASING_READ);
        PurchaseOrder order = records.order(number, false);
        records.requireSees(order);
        return PurchaseOrderView.of(order);
    }

    /** The latest orders, of one status if given; a caller bound to stores sees those with lines there only. */
    public Page<PurchaseOrderView> orders(PurchaseOrderStatus status, int page, int size) {
        Optional<Set<String>> visible = access.visibleLocations(Scopes.PURCHASING_READ);
        String where = " WHERE 1 = 1" + (status == null ? "" : " AND o.status = :status") + (visible.isEmpty() ? ""
                : " AND EXISTS (SELECT l FROM PurchaseOrderLine l WHERE l.order = o AND l.location.code IN :codes)");
        var select = em.createQuery("SELECT o FROM PurchaseOrder o" + where + " ORDER BY o.createdAt DESC, o.id DESC",
                PurchaseOrder.class);
        var count = em.createQuery("SELECT COUNT(o) FROM PurchaseOrder o" + where, Long.class);
        if (status != null) {
            select.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (visible.isPresent()) {
            select.setParameter("codes", visible.get());
            count.setParameter("codes", visible.get());
        }
        List<PurchaseOrderView> items = select.setFirstResult(Page.firstResult(page, size)).setMaxResults(size)
                .getResultStream().map(PurchaseOrderView::of).toList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /** Sends a draft: each line is announced as incoming at its location under the order's number. */
    public PurchaseOrderView send(String number) {
        Caller caller = access.require(Scopes.PURCHASING_WRITE);
        PurchaseOrder order = records.order(number, true);
        PurchasingRecords.requireStatus(order, "sent", PurchaseOrderStatus.DRAFT);
        List<StockLedger.LevelWork<Object>> work = new ArrayList<>();
        for (PurchaseOrderLine line : order.getLines()) {
            work.add(new StockLedger.LevelWork<>(line.getSku(), line.getLocation(), () -> {
                ledger.announce(line.getSku(), line.getLocation(), line.getQuantity(), line.getExpectedAt(),
                        order.getNumber());
                line.announcedAs(order.getNumber());
                return null;
            }));
        }
        ledger.inLockOrder(work);
        order.move(PurchaseOrderStatus.SENT, clock.instant(), caller.id(), "sent to " + order.getSupplier()
                .getCode() + ": " + order.getLines().size() + " line(s) incoming");
        return PurchaseOrderView.of(order);
    }

    /**
     * Goods that came against the order at one location, line by line: on hand up in the one ledger at the line's
     * price (valuation credits goods received not invoiced), damaged units set aside, the line's announcement
     * settled and what is still open announced again. More than the supplier's tolerance needs
     * {@code purchasing:exceed} and a reason, or nothing is received. Sent again under the same
     * {@code Idempotency-Key}, the first answer is given and nothing is received twice.
     */
    @Idempotent
    public PurchaseOrderView receive(String number, @NotNull @Valid GoodsReceipt receipt) {
        return receiveAs(access.requireAt(Scopes.STOCK_WRITE, receipt.locationId()), number, receipt);
    }

    /**
     * A store's receipt its agent sent through the broker ({@link StoreGoodsReceipts}), received as the store
     * (which may not go beyond tolerance) in a transaction of its own, once per store and receipt id.
     *
     * @return false if the store had sent this receipt before: nothing is received again
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean receiveForStore(String store, String receiptId, String number, List<StoreGoodsReceipt.Line> came) {
        if (!em.createNativeQuery("SELECT receipt_id FROM store_goods_receipt WHERE store_code = ? AND receipt_id = ?")
                .setParameter(1, store).setParameter(2, receiptId).getResultList().isEmpty()) {
            return false;
        }
        PurchaseOrder order = records.order(number, false);
        List<String> problems = new ArrayList<>();
        List<GoodsReceipt.Line> lines = new ArrayList<>();
        for (StoreGoodsReceipt.Line line : came) {
            Optional<PurchaseOrderLine> ordered = order.getLines().stream().filter(l -> l.getSku().getCode()
                    .equals(line.sku()) && l.getLocation().getCode().equals(store)).findFirst();
            if (ordered.isEmpty()) {
                problems.add(line.sku() + " is not ordered for " + store + " on " + number);
            } else {
                lines.add(new GoodsReceipt.Line(ordered.get().getLineNo(), line.quantity(), line.damaged()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-receipt", String.join("; ", problems));
        }
        em.createNativeQuery("INSERT INTO store_goods_receipt (store_code, receipt_id, order_number, recorded_at) "
                        + "VALUES (?, ?, ?, ?)").setParameter(1, store).setParameter(2, receiptId)
                .setParameter(3, number).setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        Caller storeAgent = new Caller("broker:" + store, Caller.Kind.CLIENT, Set.of(Scopes.STOCK_WRITE), Set.of(store),
                null);
        receiveAs(storeAgent, number, new GoodsReceipt(store, lines, null, null));
        return true;
    }

    private PurchaseOrderView receiveAs(Caller caller, String number, GoodsReceipt asSent) {
        PurchaseOrder order = records.order(number, true);
        GoodsReceipt receipt = asNoticed(order, asSent);
        if (!order.getStatus().receivable()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-receivable", order.getNumber() + " is "
                    + order.getStatus().name().toLowerCase() + ": nothing can be received against it");
        }
        List<String> problems = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        Map<Integer, GoodsReceipt.Line> byLine = new HashMap<>();
        for (GoodsReceipt.Line line : receipt.lines()) {
            Optional<PurchaseOrderLine> ordered = order.line(line.lineNo());
            long damaged = line.damaged() == null ? 0 : line.damaged();
            if (ordered.isEmpty() || !ordered.get().getLocation().getCode().equals(receipt.locationId())) {
                problems.add("line " + line.lineNo() + " is not one of " + number + " for " + receipt.locationId());
            } else if (byLine.put(line.lineNo(), line) != null) {
                problems.add("line " + line.lineNo() + " is given twice");
            } else if (damaged > line.quantity()) {
                problems.add("line " + line.lineNo() + ": " + damaged + " damaged of " + line.quantity() + " that came");
            } else {
                PurchaseOrderLine known = ordered.get();
                long most = mostAccepted(order.getSupplier(), known);
                if (known.getReceived() + line.quantity() > most) {
                    beyond.add("line " + line.lineNo() + ": " + (known.getReceived() + line.quantity()) + " of "
                            + known.getQuantity() + " ordered, " + most + " accepted");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-receipt", String.join("; ", problems));
        }
        boolean exceeds = !beyond.isEmpty();
        if (exceeds && !caller.has(Scopes.PURCHASING_EXCEED)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "over-tolerance", "beyond the tolerance (the category's where "
                    + "it has one, else " + order.getSupplier().getCode() + "'s): " + String.join("; ", beyond)
                    + "; receiving it needs "
                    + Scopes.PURCHASING_EXCEED);
        }
        if (exceeds && (receipt.reason() == null || receipt.reason().isBlank())) {
            throw new Refusal(Refusal.Kind.INVALID, "reason-required", "receiving beyond tolerance needs a reason: "
                    + String.join("; ", beyond));
        }
        Instant now = clock.instant();
        List<StockLedger.LevelWork<Object>> work = new ArrayList<>();
        List<String> received = new ArrayList<>();
        for (GoodsReceipt.Line came : receipt.lines()) {
            if (came.quantity() == 0) {
                continue;
            }
            PurchaseOrderLine line = order.line(came.lineNo()).orElseThrow();
            long damaged = came.damaged() == null ? 0 : came.damaged();
            received.add("line " + line.getLineNo() + " " + came.quantity() + (damaged > 0 ? " (" + damaged
                    + " damaged)" : ""));
            work.add(new StockLedger.LevelWork<>(line.getSku(), line.getLocation(), () -> {
                receiveLine(order, line, came.quantity(), damaged, now);
                return null;
            }));
        }
        if (work.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "nothing-received", "no line of the receipt brought anything: "
                    + "what is expected stays expected (close the order if it will not come)");
        }
        ledger.inLockOrder(work);
        String detail = "received at " + receipt.locationId() + (receipt.shippingNotice() == null ? ""
                : " with notice " + receipt.shippingNotice()) + ": " + String.join(", ", received)
                + (exceeds ? "; beyond tolerance (" + String.join("; ", beyond) + "): " + receipt.reason().strip()
                : "");
        if (order.fullyReceived()) {
            order.move(PurchaseOrderStatus.RECEIVED, now, caller.id(), detail);
        } else if (order.getStatus() == PurchaseOrderStatus.SENT) {
            order.move(PurchaseOrderStatus.PARTLY_RECEIVED, now, caller.id(), detail);
        } else {
            order.record(now, caller.id(), "RECEIPT", detail);
        }
        return PurchaseOrderView.of(order);
    }

    /**
     * Goods in received a delivery announced under one of the orders' references (at the door, on the goods-in
     * page): it is received as a receipt against the order, by the order's rules, line by line by SKU.
     */
    public void deliveryArriving(@Observes DeliveryArriving delivery) {
        int part = delivery.reference().indexOf('.');
        String number = part < 0 ? delivery.reference() : delivery.reference().substring(0, part);
        Optional<PurchaseOrder> order = em.createNamedQuery(PurchaseOrder.BY_NUMBER, PurchaseOrder.class)
                .setParameter("number", number).getResultStream().findFirst();
        if (order.isEmpty()) {
            return;
        }
        delivery.take();
        String location = delivery.location().getCode();
        List<GoodsReceipt.Line> lines = new ArrayList<>();
        delivery.lines().forEach((sku, quantity) -> order.get().getLines().stream()
                .filter(l -> l.getSku().getId().equals(sku.getId()) && l.getLocation().getCode().equals(location))
                .findFirst().ifPresent(line -> lines.add(new GoodsReceipt.Line(line.getLineNo(), quantity, 0L))));
        receive(number, new GoodsReceipt(location, lines, null, null));
    }

    /** One line's delivery, under its level's lock: valued at the line's price, its still-open units announced. */
    private void receiveLine(PurchaseOrder order, PurchaseOrderLine line, long quantity, long damaged, Instant now) {
        String reference = line.getAnnouncedAs() != null ? line.getAnnouncedAs() : order.getNumber();
        receiptCosts.expect(reference, line.getSku().getId(), line.getLocation().getId(), line.getUnitPrice());
        ledger.receiveDeliveryLine(line.getSku(), line.getLocation(), reference, quantity);
        if (damaged > 0) {
            ledger.move(new StateMove(line.getSku().getCode(), line.getLocation().getCode(), damaged,
                    StockState.AVAILABLE, StockState.DAMAGED, reference), null);
        }
        line.delivered(quantity, damaged);
        long open = line.getQuantity() - line.getReceived();
        if (open > 0) {
            String next = order.getNumber() + "." + (line.getDeliveries() + 1);
            ledger.announce(line.getSku(), line.getLocation(), open, line.getExpectedAt().isAfter(now)
                    ? line.getExpectedAt() : now, next);
            line.announcedAs(next);
        }
    }

    /**
     * The receipt with its lines: as given, or, when it names a shipping notice and gives none, the notice's lines
     * for the location as noticed. A notice must be one of the order's.
     */
    private GoodsReceipt asNoticed(PurchaseOrder order, GoodsReceipt receipt) {
        if (receipt.shippingNotice() == null) {
            return receipt;
        }
        ShippingNotice notice = em.createNamedQuery(ShippingNotice.BY_NUMBER, ShippingNotice.class)
                .setParameter("supplier", order.getSupplier()).setParameter("number", receipt.shippingNotice())
                .getResultStream().filter(n -> n.getOrder().getId().equals(order.getId())).findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-shipping-notice", order.getNumber()
                        + " has no shipping notice " + receipt.shippingNotice()));
        if (!receipt.lines().isEmpty()) {
            return receipt;
        }
        List<GoodsReceipt.Line> noticed = notice.getLines().stream()
                .filter(l -> l.getOrderLine().getLocation().getCode().equals(receipt.locationId()))
                .map(l -> new GoodsReceipt.Line(l.getOrderLine().getLineNo(), l.getQuantity(), 0L)).toList();
        return new GoodsReceipt(receipt.locationId(), noticed, receipt.reason(), receipt.shippingNotice());
    }

    /** The line's tolerance: its SKU's category's if one is set, else the supplier's. */
    private long mostAccepted(Supplier supplier, PurchaseOrderLine line) {
        String category = line.getSku().getCategory();
        CategoryTolerance byCategory = category == null ? null : em.find(CategoryTolerance.class, category);
        return byCategory != null ? byCategory.mostAccepted(line.getQuantity())
                : supplier.mostAccepted(line.getQuantity());
    }

    /** Sets a category's delivery tolerance, which from now on takes the place of the suppliers' for its SKUs. */
    public CategoryToleranceView setCategoryTolerance(String category,
                                                      @NotNull @Valid CategoryToleranceRequest request) {
        Caller caller = access.require(Scopes.PURCHASING_WRITE);
        if (category == null || category.isBlank() || category.length() > 100) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-category", "a category of 1 to 100 characters");
        }
        CategoryTolerance tolerance = em.find(CategoryTolerance.class, category);
        if (tolerance == null) {
            tolerance = new CategoryTolerance(category);
            em.persist(tolerance);
        }
        tolerance.set(request.overPercent() == null ? BigDecimal.ZERO : request.overPercent(),
                request.overUnits() == null ? 0 : request.overUnits(), clock.instant(), caller.id());
        return view(tolerance);
    }

    /** The category goes back to its suppliers' tolerances. */
    public void removeCategoryTolerance(String category) {
        access.require(Scopes.PURCHASING_WRITE);
        CategoryTolerance tolerance = em.find(CategoryTolerance.class, category);
        if (tolerance == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-category-tolerance", category
                    + " has no tolerance of its own");
        }
        em.remove(tolerance);
    }

    public List<CategoryToleranceView> categoryTolerances() {
        access.require(Scopes.PURCHASING_READ);
        return em.createNamedQuery(CategoryTolerance.ALL, CategoryTolerance.class).getResultStream()
                .map(Purchasing::view).toList();
    }

    private static CategoryToleranceView view(CategoryTolerance tolerance) {
        return new CategoryToleranceView(tolerance.getCategory(), tolerance.getOverPercent(),
                tolerance.getOverUnits(), tolerance.getUpdatedAt(), tolerance.getUpdatedBy());
    }

    /** What is still open is no longer expected: its announcements are withdrawn. */
    public PurchaseOrderView close(String number) {
        Caller caller = access.require(Scopes.PURCHASING_WRITE);
        PurchaseOrder order = records.order(number, true);
        PurchasingRecords.requireStatus(order, "closed", PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTLY_RECEIVED);
        long open = withdrawOpen(order);
        order.move(PurchaseOrderStatus.CLOSED, clock.instant(), caller.id(), open + " unit(s) still open no longer "
                + "expected");
        return PurchaseOrderView.of(order);
    }

    /** A draft or a sent order nothing came of is cancelled; a sent one's announcements are withdrawn. */
    public PurchaseOrderView cancel(String number) {
        Caller caller = access.require(Scopes.PURCHASING_WRITE);
        PurchaseOrder order = records.order(number, true);
        PurchasingRecords.requireStatus(order, "cancelled", PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SENT);
        long open = withdrawOpen(order);
        order.move(PurchaseOrderStatus.CANCELLED, clock.instant(), caller.id(), open == 0 ? "cancelled"
                : open + " unit(s) no longer expected");
        return PurchaseOrderView.of(order);
    }

    private long withdrawOpen(PurchaseOrder order) {
        List<StockLedger.LevelWork<Object>> work = new ArrayList<>();
        long open = 0;
        for (PurchaseOrderLine line : order.getLines()) {
            if (line.getAnnouncedAs() != null) {
                open += line.open();
                work.add(new StockLedger.LevelWork<>(line.getSku(), line.getLocation(), () -> {
                    ledger.withdrawAnnouncement(line.getSku(), line.getLocation(), line.getAnnouncedAs());
                    line.withdrawn();
                    return null;
                }));
            }
        }
        ledger.inLockOrder(work);
        return open;
    }

    private SupplierView view(Supplier supplier) {
        List<SupplierView.Item> items = supplier.getId() == null ? List.of()
                : em.createNamedQuery(SupplierItem.OF_SUPPLIER, SupplierItem.class).setParameter("supplier", supplier)
                .getResultStream().map(i -> new SupplierView.Item(i.getSku().getCode(), i.getSku().getName(),
                        i.getSupplierCode(), i.getUnitPrice(), i.getPackSize(), i.getMinimumQuantity())).toList();
        return new SupplierView(supplier.getCode(), supplier.getName(), supplier.getCurrency(),
                supplier.getLeadTimeDays(), supplier.getPaymentTermsDays(), supplier.getOverPercent(),
                supplier.getOverUnits(), supplier.getPriceTolerancePercent(), supplier.isActive(), items);
    }
}
