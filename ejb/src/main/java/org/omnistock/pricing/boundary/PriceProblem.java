package org.omnistock.pricing.boundary;

/**
 * What is wrong with one price of a batch.
 *
 * @param index zero-based position in the batch
 */
public record PriceProblem(int index, String sku, String problem) {
}
