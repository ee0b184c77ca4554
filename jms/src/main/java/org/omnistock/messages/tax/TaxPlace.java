package org.omnistock.messages.tax;

/**
 * Where a supply is taxed, and from where it is made: the store for a till sale or a pickup, the delivery address
 * for an order shipped; the seller is the location that sells (its region decides GST's intra- or inter-state).
 *
 * @param supplyCountry null when unknown: nothing is taxed (a location not yet given a country)
 */
public record TaxPlace(String sellerCountry, String sellerRegion, String supplyCountry, String supplyRegion) {

    /** A sale at a store: supplied where it is made. */
    public static TaxPlace at(String country, String region) {
        return new TaxPlace(country, region, country, region);
    }

    /** Whether the supply stays inside the seller's region (GST: CGST + SGST, not IGST). */
    public boolean insideSellersRegion() {
        return sellerCountry != null && sellerCountry.equals(supplyCountry) && sellerRegion != null
                && sellerRegion.equals(supplyRegion);
    }
}
