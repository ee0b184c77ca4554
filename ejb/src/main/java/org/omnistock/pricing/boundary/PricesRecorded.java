package org.omnistock.pricing.boundary;

/**
 * @param recorded  how many prices were recorded
 * @param unchanged how many were already recorded alike, and left as they were
 * @param messages  how many messages tell stores and channels
 */
public record PricesRecorded(String priceList, int recorded, int unchanged, int messages) {
}
