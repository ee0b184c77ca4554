package org.omnistock.pricing.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.Page;
import org.omnistock.platform.view.Messages;
import org.omnistock.platform.view.UtcTimes;
import org.omnistock.pricing.boundary.NewPrice;
import org.omnistock.pricing.boundary.NewPriceList;
import org.omnistock.pricing.boundary.PriceImport;
import org.omnistock.pricing.boundary.PriceImports;
import org.omnistock.pricing.boundary.PriceListChange;
import org.omnistock.pricing.boundary.PriceListScope;
import org.omnistock.pricing.boundary.PriceListView;
import org.omnistock.pricing.boundary.PriceLists;
import org.omnistock.pricing.boundary.PriceView;
import org.omnistock.pricing.boundary.PricesRecorded;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs pricing/price-lists.xhtml: the price lists, a new list, and for the selected list its prices, a price change
 * (now or scheduled), and the CSV import with its validation report and progress.
 */
@Named
@ViewScoped
public class PriceListsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    PriceLists priceLists;

    @Inject
    PriceImports imports;

    private List<PriceListView> lists = List.of();
    private String selected;
    private String skuFilter;
    private List<PriceView> prices = List.of();
    private long totalPrices;

    private String newCode;
    private String newName;
    private String newCurrency = "EUR";
    private String newChannel;
    private String newZone;
    private String newGroup;
    private int newPriority;
    private LocalDateTime newValidFrom;
    private LocalDateTime newValidTo;

    private String priceSku;
    private BigDecimal priceAmount;
    private Integer priceTier;
    private LocalDateTime priceEffectiveFrom;

    private String importId;

    /** The selected list's changeable fields, as shown in its form: whom it prices for, name, priority, window. */
    private String editingList;
    private String editName;
    private String editChannel;
    private String editZone;
    private String editGroup;
    private int editPriority;
    private LocalDateTime editValidFrom;
    private LocalDateTime editValidTo;

    public void load() {
        lists = priceLists.list();
        if (selected != null && lists.stream().noneMatch(l -> l.code().equals(selected))) {
            Messages.warn("There is no price list " + selected);
            selected = null;
        }
        if (selected != null) {
            Page<PriceView> page = priceLists.prices(selected, skuFilter, 0, SHOWN);
            prices = page.items();
            totalPrices = page.total();
            if (!selected.equals(editingList)) {
                fillForm(getSelectedList());
            }
        }
    }

    private void fillForm(PriceListView list) {
        editingList = list.code();
        editName = list.name();
        editChannel = list.channel();
        editZone = list.priceZone();
        editGroup = list.customerGroup();
        editPriority = list.priority();
        editValidFrom = UtcTimes.toPicked(list.validFrom());
        editValidTo = UtcTimes.toPicked(list.validTo());
    }

    /** Saves the selected list's name, priority and window, and whom it prices for if that changed. */
    public void saveList() {
        PriceListView before = getSelectedList();
        PriceListView changed = Messages.attempt(() -> priceLists.change(selected, new PriceListChange(editName,
                editPriority, UtcTimes.toInstant(editValidFrom), UtcTimes.toInstant(editValidTo))));
        boolean rescoped = changed != null && (!same(before.channel(), editChannel)
                || !same(before.priceZone(), editZone) || !same(before.customerGroup(), editGroup));
        if (rescoped) {
            changed = Messages.attempt(() -> priceLists.changeScope(selected, new PriceListScope(editChannel,
                    editZone, editGroup)));
        }
        if (changed != null) {
            Messages.info("Price list " + selected + " saved" + (rescoped
                    ? "; its prices went out again to the stores and channels it now reaches" : ""));
            fillForm(changed);
        }
        load();
    }

    private static boolean same(String held, String edited) {
        return java.util.Objects.equals(held, edited == null || edited.isBlank() ? null : edited.strip());
    }

    public void createList() {
        PriceListView created = Messages.attempt(() -> priceLists.create(new NewPriceList(newCode, newName,
                newCurrency, newChannel, newZone, newGroup, newPriority, UtcTimes.toInstant(newValidFrom),
                UtcTimes.toInstant(newValidTo))));
        if (created != null) {
            Messages.info("Price list " + created.code() + " created");
            selected = created.code();
            newCode = null;
            newName = null;
        }
        load();
    }

    public void recordPrice() {
        PricesRecorded recorded = Messages.attempt(() -> priceLists.record(selected, List.of(new NewPrice(priceSku,
                priceAmount, priceTier, UtcTimes.toInstant(priceEffectiveFrom)))));
        if (recorded != null) {
            Messages.info(recorded.recorded() == 0 ? "That price is already in force"
                    : "Price of " + priceSku + " recorded" + (priceEffectiveFrom == null ? ", in force now"
                    : ", effective " + priceEffectiveFrom + " UTC") + "; stores and channels are told");
            priceSku = null;
            priceAmount = null;
            priceTier = null;
            priceEffectiveFrom = null;
        }
        load();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0) {
            Messages.warn("The file is empty");
            return;
        }
        String csv = new String(file.getContent(), StandardCharsets.UTF_8);
        PriceImport started = Messages.attempt(() -> imports.submit(selected, file.getFileName(), csv));
        if (started != null) {
            importId = started.getId();
        }
    }

    /** Polled while an import runs; refreshes the prices when it is done. */
    public void refreshImport() {
        PriceImport current = getCurrentImport();
        if (current != null && current.isFinished()) {
            load();
        }
    }

    public PriceImport getCurrentImport() {
        return importId == null ? null : imports.find(importId).orElse(null);
    }

    public boolean isImportRunning() {
        PriceImport current = getCurrentImport();
        return current != null && !current.isFinished();
    }

    public PriceListView getSelectedList() {
        return lists.stream().filter(l -> l.code().equals(selected)).findFirst().orElse(null);
    }

    public List<PriceListView> getLists() {
        return lists;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected == null || selected.isBlank() ? null : selected;
    }

    public String getSkuFilter() {
        return skuFilter;
    }

    public void setSkuFilter(String skuFilter) {
        this.skuFilter = skuFilter;
    }

    public List<PriceView> getPrices() {
        return prices;
    }

    public long getTotalPrices() {
        return totalPrices;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewCurrency() {
        return newCurrency;
    }

    public void setNewCurrency(String newCurrency) {
        this.newCurrency = newCurrency;
    }

    public String getNewChannel() {
        return newChannel;
    }

    public void setNewChannel(String newChannel) {
        this.newChannel = newChannel;
    }

    public String getNewZone() {
        return newZone;
    }

    public void setNewZone(String newZone) {
        this.newZone = newZone;
    }

    public String getNewGroup() {
        return newGroup;
    }

    public void setNewGroup(String newGroup) {
        this.newGroup = newGroup;
    }

    public int getNewPriority() {
        return newPriority;
    }

    public void setNewPriority(int newPriority) {
        this.newPriority = newPriority;
    }

    public LocalDateTime getNewValidFrom() {
        return newValidFrom;
    }

    public void setNewValidFrom(LocalDateTime newValidFrom) {
        this.newValidFrom = newValidFrom;
    }

    public LocalDateTime getNewValidTo() {
        return newValidTo;
    }

    public void setNewValidTo(LocalDateTime newValidTo) {
        this.newValidTo = newValidTo;
    }

    public String getPriceSku() {
        return priceSku;
    }

    public void setPriceSku(String priceSku) {
        this.priceSku = priceSku;
    }

    public BigDecimal getPriceAmount() {
        return priceAmount;
    }

    public void setPriceAmount(BigDecimal priceAmount) {
        this.priceAmount = priceAmount;
    }

    public Integer getPriceTier() {
        return priceTier;
    }

    public void setPriceTier(Integer priceTier) {
        this.priceTier = priceTier;
    }

    public LocalDateTime getPriceEffectiveFrom() {
        return priceEffectiveFrom;
    }

    public void setPriceEffectiveFrom(LocalDateTime priceEffectiveFrom) {
        this.priceEffectiveFrom = priceEffectiveFrom;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditChannel() {
        return editChannel;
    }

    public void setEditChannel(String editChannel) {
        this.editChannel = editChannel;
    }

    public String getEditZone() {
        return editZone;
    }

    public void setEditZone(String editZone) {
        this.editZone = editZone;
    }

    public String getEditGroup() {
        return editGroup;
    }

    public void setEditGroup(String editGroup) {
        this.editGroup = editGroup;
    }

    public int getEditPriority() {
        return editPriority;
    }

    public void setEditPriority(int editPriority) {
        this.editPriority = editPriority;
    }

    public LocalDateTime getEditValidFrom() {
        return editValidFrom;
    }

    public void setEditValidFrom(LocalDateTime editValidFrom) {
        this.editValidFrom = editValidFrom;
    }

    public LocalDateTime getEditValidTo() {
        return editValidTo;
    }

    public void setEditValidTo(LocalDateTime editValidTo) {
        this.editValidTo = editValidTo;
    }
}
