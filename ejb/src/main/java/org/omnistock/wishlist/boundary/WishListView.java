package org.omnistock.wishlist.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.omnistock.messages.Money;
import org.omnistock.wishlist.entity.WishListItem;

/** A customer's wish list, newest first. */
public record WishListView(String customer, List<Item> items) implements Serializable {

    /**
     * @param price      the customer's price when they were last told of it (or when they wished for it)
     * @param notifiedAt when a notice about it last went out; null if none has
     */
    public record Item(String sku, String name, String channel, String currency, BigDecimal price, Instant addedAt,
                       Instant notifiedAt) implements Serializable {

        static Item of(WishListItem item) {
            BigDecimal price = item.getNoticedPrice() == null ? null
                    : Money.round(item.getNoticedPrice(), Money.digits(item.getCurrency()));
            return new Item(item.getSku().getCode(), item.getSku().getName(), item.getChannel(), item.getCurrency(),
                    price, item.getAddedAt(), item.getNotifiedAt());
        }
    }
}
