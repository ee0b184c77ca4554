package org.omnistock.catalog.boundary;

/** What a catalog file did: SKUs created, SKUs changed, and lines that changed nothing. */
public record SkusImported(int created, int changed, int unchanged) {
}
