package org.omnistock.purchasing.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.Page;
import org.omnistock.platform.view.Messages;
import org.omnistock.purchasing.boundary.NewPurchaseOrder;
import org.omnistock.purchasing.boundary.NewSupplier;
import org.omnistock.purchasing.boundary.PurchaseOrderView;
import org.omnistock.purchasing.boundary.Purchasing;
import org.omnistock.purchasing.boundary.SupplierItemRequest;
import org.omnistock.purchasing.boundary.NewLandedCost;
import org.omnistock.purchasing.boundary.NewSupplierInvoice;
import org.omnistock.purchasing.boundary.PurchaseSuggestions;
import org.omnistock.purchasing.boundary.SuggestedLine;
import org.omnistock.purchasing.boundary.SupplierInvoiceView;
import org.omnistock.purchasing.boundary.SupplierInvoices;
import org.omnistock.purchasing.boundary.SupplierView;
import org.omnistock.purchasing.entity.PurchaseOrderStatus;
import org.omnistock.purchasing.entity.SupplierInvoice;

/**
 * Backs purchasing/orders.xhtml: a merchandiser's purchasing from the back office: suppliers and what they supply,
 * drafting an order line by line, sending, closing or cancelling it, and each order's lines, what came of them and
 * its trail. Receiving is at the door (goods in), by who may change the location's stock. An accountant records the
 * supplier's invoice (units and prices per line, what came and is not invoiced yet by default) and bills of landed
 * costs here, and sees each line's three-way match. The suggested orders (what to buy now, and why) are drafted
 * into an order per supplier with one click.
 */
@Named
@ViewScoped
public class PurchaseOrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Purchasing purchasing;

    @Inject
    SupplierInvoices supplierInvoices;

    @Inject
    Clock clock;

    @Inject
    PurchaseSuggestions purchaseSuggestions;

    private String status;
    private String number;
    private Page<PurchaseOrderView> orders;
    private PurchaseOrderView selected;
    private List<SupplierView> suppliers = List.of();

    private String supplierCode;
    private String supplierName;
    private int leadTimeDays = 7;
    private int paymentTermsDays = 30;
    private BigDecimal overPercent = BigDecimal.ZERO;

    private String itemSupplier;
    private String itemSku;
    private BigDecimal itemPrice;
    private Integer itemPack = 1;
    private Integer itemMinimum = 1;

    private String draftSupplier;
    private String lineSku;
    private String lineLocation;
    private Long lineQuantity;
    private final List<NewPurchaseOrder.Line> draftLines = new ArrayList<>();

    private List<SupplierInvoiceView> invoices = List.of();
    private List<SuggestedLine> suggestions = List.of();
    private String suggestSupplier;
    // Units as BigDecimal too: an input bound to a map value gets no type from it, so the page converts both alike.
    private final Map<Integer, BigDecimal> invoiceUnits = new HashMap<>();
    private final Map<Integer, BigDecimal> invoicePrices = new HashMap<>();
    private String invoiceNumber;
    private LocalDate invoiceDate;
    private String billSupplier;
    private String billNumber;
    private LocalDate billDate;
    private BigDecimal billAmount;
    private String billSpread = SupplierInvoice.SpreadBy.VALUE.name();
    private String billDescription;

    public void load() {
        suppliers = Messages.attempt(purchasing::suppliers);
        if (suppliers == null) {
            suppliers = List.of();
            return;
        }
        PurchaseOrderStatus filter = status == null || status.isBlank() ? null : PurchaseOrderStatus.valueOf(status);
        orders = purchasing.orders(filter, 0, 100);
        selected = number == null || number.isBlank() ? null : Messages.attempt(() -> purchasing.order(number));
        invoices = selected == null ? List.of() : supplierInvoices.of(selected.number());
        suggestions = purchaseSuggestions.suggest(null, null);
        LocalDate today = LocalDate.now(clock);
        invoiceDate = invoiceDate == null ? today : invoiceDate;
        billDate = billDate == null ? today : billDate;
        invoiceUnits.clear();
        invoicePrices.clear();
        if (selected != null) {
            for (PurchaseOrderView.Line line : selected.lines()) {
                invoiceUnits.put(line.lineNo(), BigDecimal.valueOf(line.received() - line.invoiced()));
                invoicePrices.put(line.lineNo(), line.unitPrice());
            }
        }
    }

    /** A draft order of what is suggested to order from the chosen supplier now; shown once drafted. */
    public void draftSuggested() {
        PurchaseOrderView drafted = Messages.attempt(() -> purchaseSuggestions.draft(suggestSupplier, null));
        if (drafted != null) {
            Messages.info(drafted.number() + " drafted from the suggestions: " + drafted.lines().size()
                    + " line(s), " + drafted.total() + " " + drafted.currency());
            number = drafted.number();
            load();
        }
    }

    public List<SuggestedLine> getSuggestions() {
        return suggestions;
    }

    public String getSuggestSupplier() {
        return suggestSupplier;
    }

    public void setSuggestSupplier(String suggestSupplier) {
        this.suggestSupplier = suggestSupplier;
    }

    /** The supplier's invoice for what came and is not invoiced yet, at the prices typed (the order's by default). */
    public void recordInvoice() {
        List<NewSupplierInvoice.Line> lines = new ArrayList<>();
        invoiceUnits.forEach((lineNo, units) -> {
            if (units != null && units.signum() > 0) {
                lines.add(new NewSupplierInvoice.Line(lineNo, units.longValueExact(), invoicePrices.get(lineNo)));
            }
        });
        if (lines.isEmpty()) {
            Messages.warn("Nothing to invoice: give the units billed of a line that came and is not invoiced yet");
            return;
        }
        lines.sort(Comparator.comparingInt(NewSupplierInvoice.Line::lineNo));
        SupplierInvoiceView recorded = Messages.attempt(() -> supplierInvoices.invoice(number,
                new NewSupplierInvoice(invoiceNumber, invoiceDate, null, lines)));
        if (recorded != null) {
            Messages.info("Invoice " + recorded.number() + " recorded: " + recorded.total());
            invoiceNumber = null;
            load();
        }
    }

    public void recordBill() {
        SupplierInvoiceView recorded = Messages.attempt(() -> supplierInvoices.landedCost(number, new NewLandedCost(
                billSupplier == null || billSupplier.isBlank() ? null : billSupplier, billNumber, billDate,
                billAmount, SupplierInvoice.SpreadBy.valueOf(billSpread), billDescription)));
        if (recorded != null) {
            Messages.info("Landed cost " + recorded.number() + " recorded: " + recorded.total());
            billNumber = null;
            billAmount = null;
            billDescription = null;
            load();
        }
    }

    public BigDecimal onHandPart(SupplierInvoiceView invoice) {
        return invoice.lines().stream().map(SupplierInvoiceView.Line::onHandPart).reduce(BigDecimal::add)
                .orElse(BigDecimal.ZERO);
    }

    public BigDecimal soldPart(SupplierInvoiceView invoice) {
        return invoice.lines().stream().map(SupplierInvoiceView.Line::soldPart).reduce(BigDecimal::add)
                .orElse(BigDecimal.ZERO);
    }

    public List<SupplierInvoiceView> getInvoices() {
        return invoices;
    }

    public Map<Integer, BigDecimal> getInvoiceUnits() {
        return invoiceUnits;
    }

    public Map<Integer, BigDecimal> getInvoicePrices() {
        return invoicePrices;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public String getBillSupplier() {
        return billSupplier;
    }

    public void setBillSupplier(String billSupplier) {
        this.billSupplier = billSupplier;
    }

    public String getBillNumber() {
        return billNumber;
    }

    public void setBillNumber(String billNumber) {
        this.billNumber = billNumber;
    }

    public LocalDate getBillDate() {
        return billDate;
    }

    public void setBillDate(LocalDate billDate) {
        this.billDate = billDate;
    }

    public BigDecimal getBillAmount() {
        return billAmount;
    }

    public void setBillAmount(BigDecimal billAmount) {
        this.billAmount = billAmount;
    }

    public String getBillSpread() {
        return billSpread;
    }

    public void setBillSpread(String billSpread) {
        this.billSpread = billSpread;
    }

    public String getBillDescription() {
        return billDescription;
    }

    public void setBillDescription(String billDescription) {
        this.billDescription = billDescription;
    }

    public String show() {
        return "/purchasing/orders?faces-redirect=true&includeViewParams=true";
    }

    public void createSupplier() {
        SupplierView created = Messages.attempt(() -> purchasing.createSupplier(new NewSupplier(supplierCode,
                supplierName, null, leadTimeDays, paymentTermsDays, overPercent, 0, null)));
        if (created != null) {
            Messages.info("Supplier " + created.code() + " created");
            supplierCode = null;
            supplierName = null;
            load();
        }
    }

    public void setItem() {
        SupplierView changed = Messages.attempt(() -> purchasing.setItem(itemSupplier, new SupplierItemRequest(
                itemSku, null, itemPrice, itemPack, itemMinimum)));
        if (changed != null) {
            Messages.info(itemSupplier + " supplies " + itemSku + " at " + itemPrice.toPlainString());
            load();
        }
    }

    public void addLine() {
        if (lineSku == null || lineSku.isBlank() || lineLocation == null || lineLocation.isBlank()
                || lineQuantity == null || lineQuantity <= 0) {
            Messages.warn("Give a SKU, a location and a quantity");
            return;
        }
        draftLines.add(new NewPurchaseOrder.Line(lineSku.strip(), lineLocation.strip(), lineQuantity, null, null));
        lineSku = null;
        lineQuantity = null;
    }

    public void removeLine(NewPurchaseOrder.Line line) {
        draftLines.remove(line);
    }

    public void draft() {
        PurchaseOrderView drafted = Messages.attempt(() -> purchasing.draft(new NewPurchaseOrder(draftSupplier,
                List.copyOf(draftLines))));
        if (drafted != null) {
            Messages.info(drafted.number() + " drafted: " + drafted.lines().size() + " line(s), " + drafted.total()
                    + " " + drafted.currency());
            draftLines.clear();
            number = drafted.number();
            load();
        }
    }

    public void send() {
        act(Messages.attempt(() -> purchasing.send(number)), "sent");
    }

    public void close() {
        act(Messages.attempt(() -> purchasing.close(number)), "closed");
    }

    public void cancel() {
        act(Messages.attempt(() -> purchasing.cancel(number)), "cancelled");
    }

    private void act(PurchaseOrderView done, String what) {
        if (done != null) {
            Messages.info(done.number() + " " + what);
            load();
        }
    }

    public List<String> getStatuses() {
        return Arrays.stream(PurchaseOrderStatus.values()).map(Enum::name).toList();
    }

    public Page<PurchaseOrderView> getOrders() {
        return orders;
    }

    public PurchaseOrderView getSelected() {
        return selected;
    }

    public List<SupplierView> getSuppliers() {
        return suppliers;
    }

    public List<NewPurchaseOrder.Line> getDraftLines() {
        return draftLines;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public void setSupplierCode(String supplierCode) {
        this.supplierCode = supplierCode;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public void setSupplierName(String supplierName) {
        this.supplierName = supplierName;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(int leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public int getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public void setPaymentTermsDays(int paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }

    public BigDecimal getOverPercent() {
        return overPercent;
    }

    public void setOverPercent(BigDecimal overPercent) {
        this.overPercent = overPercent;
    }

    public String getItemSupplier() {
        return itemSupplier;
    }

    public void setItemSupplier(String itemSupplier) {
        this.itemSupplier = itemSupplier;
    }

    public String getItemSku() {
        return itemSku;
    }

    public void setItemSku(String itemSku) {
        this.itemSku = itemSku;
    }

    public BigDecimal getItemPrice() {
        return itemPrice;
    }

    public void setItemPrice(BigDecimal itemPrice) {
        this.itemPrice = itemPrice;
    }

    public Integer getItemPack() {
        return itemPack;
    }

    public void setItemPack(Integer itemPack) {
        this.itemPack = itemPack;
    }

    public Integer getItemMinimum() {
        return itemMinimum;
    }

    public void setItemMinimum(Integer itemMinimum) {
        this.itemMinimum = itemMinimum;
    }

    public String getDraftSupplier() {
        return draftSupplier;
    }

    public void setDraftSupplier(String draftSupplier) {
        this.draftSupplier = draftSupplier;
    }

    public String getLineSku() {
        return lineSku;
    }

    public void setLineSku(String lineSku) {
        this.lineSku = lineSku;
    }

    public String getLineLocation() {
        return lineLocation;
    }

    public void setLineLocation(String lineLocation) {
        this.lineLocation = lineLocation;
    }

    public Long getLineQuantity() {
        return lineQuantity;
    }

    public void setLineQuantity(Long lineQuantity) {
        this.lineQuantity = lineQuantity;
    }
}
