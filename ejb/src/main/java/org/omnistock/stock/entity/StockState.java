package org.omnistock.stock.entity;

/** The states a unit on hand can be in; only AVAILABLE units can be promised. */
public enum StockState {
    AVAILABLE, DAMAGED, QUALITY_CONTROL
}
