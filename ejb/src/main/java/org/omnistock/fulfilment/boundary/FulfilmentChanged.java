package org.omnistock.fulfilment.boundary;

import org.omnistock.order.entity.CustomerOrder;

/**
 * Something happened to an order's fulfilment, in the transaction that did it: the order records it in its trail
 * and derives its status again.
 *
 * @param kind   a short name for the trail: {@code ROUTED}, {@code ACCEPTED}, {@code SHIPPED}, {@code REJECTED} ...
 * @param detail what happened, for people
 * @param actor  who did it ({@code Caller.id()})
 */
public record FulfilmentChanged(CustomerOrder order, String kind, String detail, String actor) {
}
