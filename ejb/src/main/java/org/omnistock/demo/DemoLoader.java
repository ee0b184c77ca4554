package org.omnistock.demo;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.entity.LocationType;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.StockReceipt;

/** The demo retailer's steps, each in one transaction. */
@Stateless
public class DemoLoader {

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    public int createMissingSkus(List<NewSku> wanted) {
        int created = 0;
        for (NewSku sku : wanted) {
            if (skus.find(sku.code()).isEmpty()) {
                skus.create(sku);
                created++;
            }
        }
        return created;
    }

    public int createMissingLocations(List<NewLocation> wanted) {
        int created = 0;
        for (NewLocation location : wanted) {
            if (locations.find(location.code()).isEmpty()) {
                locations.create(location);
                created++;
            }
        }
        return created;
    }

    /**
     * One opening receipt per SKU: warehouses hold more than stores, and the quantities vary by SKU and location
     * but are the same on every run.
     *
     * @return how many receipts were new
     */
    public int receiveOpeningStock(NewLocation location, List<NewSku> wanted) {
        int received = 0;
        for (NewSku sku : wanted) {
            int spread = Math.floorMod((sku.code() + "@" + location.code()).hashCode(), 100);
            long quantity = location.type() == LocationType.WAREHOUSE ? 40 + spread : 1 + spread / 8;
            boolean isNew = !ledger.receive(new StockReceipt(sku.code(), location.code(), quantity, "opening stock",
                    null), "demo:opening:" + location.code() + ":" + sku.code()).replayed();
            if (isNew) {
                received++;
            }
        }
        return received;
    }
}
