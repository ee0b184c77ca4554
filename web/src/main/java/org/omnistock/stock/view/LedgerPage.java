package org.omnistock.stock.view;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;
import org.omnistock.stock.boundary.MovementView;
import org.omnistock.stock.boundary.SafetyStock;
import org.omnistock.stock.boundary.StateMove;
import org.omnistock.stock.boundary.StockAdjustment;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.StockLevelView;
import org.omnistock.stock.entity.AdjustmentReason;
import org.omnistock.stock.entity.StockState;

/** Backs stock/ledger.xhtml: one SKU at one location, its ledger, and the changes a store manager makes by hand. */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    StockLedger ledger;

    private String sku;
    private String location;
    private StockLevelView level;
    private List<MovementView> movements = List.of();
    private long totalMovements;
    /** Whether this level's ledger could be read: a user who may not see it here may not change it either. */
    private boolean readable;

    private Long adjustQuantity;
    private AdjustmentReason adjustReason = AdjustmentReason.STOCK_COUNT;
    private String reference;
    private Long moveQuantity;
    private StockState moveFrom = StockState.AVAILABLE;
    private StockState moveTo = StockState.DAMAGED;
    private Long safetyStock;

    public void load() {
        if (sku == null || location == null) {
            return;
        }
        Page<MovementView> page;
        readable = false;
        try {
            page = ledger.movements(sku, location, 0, SHOWN);
            level = ledger.levelsOfSku(sku).levels().stream().filter(l -> l.locationId().equals(location))
                    .findFirst().orElse(null);
        } catch (Refusal e) {
            Messages.warn(e.getMessage());
            return;
        }
        readable = true;
        movements = page.items();
        totalMovements = page.total();
        if (level != null && safetyStock == null) {
            safetyStock = level.safetyStock();
        }
    }

    public void adjust() {
        apply(() -> ledger.adjust(new StockAdjustment(sku, location, adjustQuantity, adjustReason, reference, null),
                null), "Adjusted by " + adjustQuantity);
    }

    public void move() {
        apply(() -> ledger.move(new StateMove(sku, location, moveQuantity, moveFrom, moveTo, reference), null),
                "Moved " + moveQuantity + " from " + moveFrom + " to " + moveTo);
    }

    public void holdBack() {
        apply(() -> ledger.holdBack(new SafetyStock(sku, location, safetyStock), null),
                "Safety stock set to " + safetyStock);
    }

    private void apply(Supplier<?> change, String done) {
        if (Messages.attempt(change) != null) {
            Messages.info(done);
            adjustQuantity = null;
            moveQuantity = null;
            reference = null;
        }
        load();
    }

    public AdjustmentReason[] getReasons() {
        return AdjustmentReason.values();
    }

    public StockState[] getStates() {
        return StockState.values();
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isReadable() {
        return readable;
    }

    public StockLevelView getLevel() {
        return level;
    }

    public List<MovementView> getMovements() {
        return movements;
    }

    public long getTotalMovements() {
        return totalMovements;
    }

    public Long getAdjustQuantity() {
        return adjustQuantity;
    }

    public void setAdjustQuantity(Long adjustQuantity) {
        this.adjustQuantity = adjustQuantity;
    }

    public AdjustmentReason getAdjustReason() {
        return adjustReason;
    }

    public void setAdjustReason(AdjustmentReason adjustReason) {
        this.adjustReason = adjustReason;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getMoveQuantity() {
        return moveQuantity;
    }

    public void setMoveQuantity(Long moveQuantity) {
        this.moveQuantity = moveQuantity;
    }

    public StockState getMoveFrom() {
        return moveFrom;
    }

    public void setMoveFrom(StockState moveFrom) {
        this.moveFrom = moveFrom;
    }

    public StockState getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(StockState moveTo) {
        this.moveTo = moveTo;
    }

    public Long getSafetyStock() {
        return safetyStock;
    }

    public void setSafetyStock(Long safetyStock) {
        this.safetyStock = safetyStock;
    }
}
