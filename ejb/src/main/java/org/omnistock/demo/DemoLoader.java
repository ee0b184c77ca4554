package org.omnistock.demo;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.boundary.NewChannel;
import org.omnistock.channel.boundary.NewRule;
import org.omnistock.channel.entity.ChannelType;
import org.omnistock.channel.entity.RuleKind;
import org.omnistock.channel.entity.RuleScope;
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

    @Inject
    Channels channels;

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
     * The web shop sells from every location; the app from the warehouses; Amazon from the e-commerce warehouse,
     * holding back 10% and never selling accessories.
     */
    public void createMissingChannels(List<NewLocation> all) {
        List<String> everywhere = all.stream().map(NewLocation::code).toList();
        List<String> warehouses = all.stream().filter(l -> l.type() == LocationType.WAREHOUSE)
                .map(NewLocation::code).toList();
        createChannel(new NewChannel("WEB", "Web shop", ChannelType.WEB, everywhere));
        createChannel(new NewChannel("APP", "Mobile app", ChannelType.APP, warehouses));
        if (createChannel(new NewChannel("AMAZON", "Amazon marketplace", ChannelType.MARKETPLACE, List.of("W02")))) {
            channels.setRule("AMAZON", new NewRule(RuleScope.ALL, null, RuleKind.BUFFER_PERCENT,
                    java.math.BigDecimal.TEN));
            channels.setRule("AMAZON", new NewRule(RuleScope.CATEGORY, "Accessories", RuleKind.EXCLUDE, null));
        }
    }

    private boolean createChannel(NewChannel channel) {
        if (channels.findByCode(channel.code()).isPresent()) {
            return false;
        }
        channels.create(channel);
        return true;
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
