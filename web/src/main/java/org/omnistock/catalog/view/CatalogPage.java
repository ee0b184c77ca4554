package org.omnistock.catalog.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.boundary.NewBarcode;
import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.catalog.boundary.SkuChange;
import org.omnistock.catalog.boundary.SkuView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.boundary.SkusImported;
import org.omnistock.catalog.boundary.UnitCost;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs catalog/skus.xhtml: SKUs found by code, name or a scanned barcode, with their category, cost and barcodes;
 * one SKU changed (name, category, cost, barcodes given and taken off); a new SKU; the catalog file in and out.
 */
@Named
@ViewScoped
public class CatalogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    Skus skus;

    @Inject
    Scanning scanning;

    private String query;
    private List<SkuView> found = List.of();
    private long total;
    private String selected;
    private SkuView sku;

    private String editName;
    private String editCategory;
    private BigDecimal editCost;
    private String newBarcode;
    private String scanned;

    private String newCode;
    private String newName;
    private String newCategory;

    private List<String> importProblems = List.of();

    public void load() {
        Page<SkuView> page = skus.list(query, 0, SHOWN);
        found = page.items();
        total = page.total();
        if (selected != null) {
            select(selected);
        }
    }

    /** A scanned barcode (or a SKU code) opens its SKU. */
    public void scan() {
        scanning.sku(scanned).ifPresent(view -> select(view.code()));
        scanned = null;
    }

    public void select(String code) {
        sku = skus.findByCode(code).orElse(null);
        selected = sku == null ? null : sku.code();
        if (sku == null) {
            Messages.warn("There is no SKU " + code);
            return;
        }
        editName = sku.name();
        editCategory = sku.category();
        editCost = sku.unitCost();
    }

    public void save() {
        SkuView changed = Messages.attempt(() -> skus.change(selected, new SkuChange(editName, editCategory)));
        boolean costChanged = changed != null && (editCost == null ? sku.unitCost() != null
                : sku.unitCost() == null || editCost.compareTo(sku.unitCost()) != 0);
        if (costChanged) {
            changed = Messages.attempt(() -> skus.setUnitCost(selected, new UnitCost(editCost)));
        }
        if (changed != null) {
            Messages.info(selected + " saved");
            load();
        }
    }

    public void addBarcode() {
        Skus.BarcodeAdded added = Messages.attempt(() -> skus.addBarcode(selected, new NewBarcode(newBarcode)));
        if (added != null) {
            Messages.info(added.added() ? "Barcode " + newBarcode + " added to " + selected
                    : selected + " has barcode " + newBarcode + " already");
            newBarcode = null;
            load();
        }
    }

    public void removeBarcode(String barcode) {
        if (Messages.attempt(() -> skus.removeBarcode(selected, barcode)) != null) {
            Messages.info("Barcode " + barcode + " taken off " + selected);
            load();
        }
    }

    public void create() {
        SkuView created = Messages.attempt(() -> skus.create(new NewSku(newCode, newName, newCategory)));
        if (created != null) {
            Messages.info("SKU " + created.code() + " created");
            selected = created.code();
            newCode = null;
            newName = null;
            load();
        }
    }

    /** Imports a catalog file at once, all or none; a wrong line is listed with what is wrong. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        importProblems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.warn("The file is empty");
            return;
        }
        try {
            SkusImported imported = skus.importCsv(new String(file.getContent(), StandardCharsets.UTF_8));
            Messages.info(file.getFileName() + ": " + imported.created() + " SKUs created, " + imported.changed()
                    + " changed, " + imported.unchanged() + " unchanged");
            load();
        } catch (Refusal refusal) {
            Messages.warn(file.getFileName() + ": " + refusal.getMessage());
            importProblems = refusal.details().stream().map(d -> d.field() + ": " + d.message()).toList();
        }
    }

    public String barcodesOf(SkuView view) {
        return view.barcodes().isEmpty() ? "–" : String.join(" ", view.barcodes());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<SkuView> getFound() {
        return found;
    }

    public long getTotal() {
        return total;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected == null || selected.isBlank() ? null : selected;
    }

    public SkuView getSku() {
        return sku;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditCategory() {
        return editCategory;
    }

    public void setEditCategory(String editCategory) {
        this.editCategory = editCategory;
    }

    public BigDecimal getEditCost() {
        return editCost;
    }

    public void setEditCost(BigDecimal editCost) {
        this.editCost = editCost;
    }

    public String getNewBarcode() {
        return newBarcode;
    }

    public void setNewBarcode(String newBarcode) {
        this.newBarcode = newBarcode;
    }

    public String getScanned() {
        return scanned;
    }

    public void setScanned(String scanned) {
        this.scanned = scanned;
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

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }
}
