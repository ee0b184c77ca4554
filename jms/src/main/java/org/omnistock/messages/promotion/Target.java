package org.omnistock.messages.promotion;

/** Which lines a promotion looks at: all of them, those of some categories, or those of some SKUs. */
public enum Target {
    BASKET, CATEGORY, SKU
}
