package org.omnistock.stock.entity;

import java.io.Serializable;
/** What one movement did to each quantity of a level; the ledger keeps it, and the sums rebuild the level. */
public record StockChange(long onHand, long reserved, long safetyStock, long damaged, long qualityControl,
                          long incoming) implements Serializable {

    static StockChange onHand(long quantity) {
        return new StockChange(quantity, 0, 0, 0, 0, 0);
    }

    static StockChange reserved(long quantity) {
        return new StockChange(0, quantity, 0, 0, 0, 0);
    }

    static StockChange incoming(long quantity) {
        return new StockChange(0, 0, 0, 0, 0, quantity);
    }

    static StockChange state(StockState state, long quantity) {
        return switch (state) {
            case AVAILABLE -> new StockChange(0, 0, 0, 0, 0, 0);
            case DAMAGED -> new StockChange(0, 0, 0, quantity, 0, 0);
            case QUALITY_CONTROL -> new StockChange(0, 0, 0, 0, quantity, 0);
        };
    }

    StockChange plus(StockChange other) {
        return new StockChange(onHand + other.onHand, reserved + other.reserved, safetyStock + other.safetyStock,
                damaged + other.damaged, qualityControl + other.qualityControl, incoming + other.incoming);
    }
}
