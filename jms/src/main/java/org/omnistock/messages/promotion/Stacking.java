package org.omnistock.messages.promotion;

/** How a promotion goes with others; the engine's rules are in the package documentation. */
public enum Stacking {
    /** Applies together with every other combinable promotion. */
    COMBINABLE,
    /** When it applies, nothing else does; among several, the highest priority wins. */
    EXCLUSIVE,
    /** Applies alone, if that is cheaper for the customer than the combinable promotions together. */
    BEST_DEAL
}
