package org.omnistock.purchasing.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import org.omnistock.purchasing.boundary.SupplierView;
import org.omnistock.purchasing.entity.PurchaseOrderStatus;

/**
 * Backs purchasing/orders.xhtml: a merchandiser's purchasing from the back office: suppliers and what they supply,
 * drafting an order line by line, sending, closing or cancelling it, and each order's lines, what came of them and
 * its trail. Receiving is at the door (goods in), by who may change the location's stock.
 */
@Named
@ViewScoped
public class PurchaseOrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Purchasing purchasing;

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

    public void load() {
        suppliers = Messages.attempt(purchasing::suppliers);
        if (suppliers == null) {
            suppliers = List.of();
            return;
        }
        PurchaseOrderStatus filter = status == null || status.isBlank() ? null : PurchaseOrderStatus.valueOf(status);
        orders = purchasing.orders(filter, 0, 100);
        selected = number == null || number.isBlank() ? null : Messages.attempt(() -> purchasing.order(number));
    }

    public String show() {
        return "/purchasing/orders?faces-redirect=true&includeViewParams=true";
    }

    public void createSupplier() {
        SupplierView created = Messages.attempt(() -> purchasing.createSupplier(new NewSupplier(supplierCode,
                supplierName, null, leadTimeDays, paymentTermsDays, overPercent, 0)));
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
