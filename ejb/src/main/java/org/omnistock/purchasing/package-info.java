/**
 * Purchasing: suppliers, what they supply, and purchase orders from draft to closed (docs/erp.md is the design).
 * Above valuation and stock: it announces what it ordered in the one ledger and receives against it, and tells
 * valuation what the goods cost.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.purchasing.entity.Supplier supplier}: code, name, currency (the retailer's, for now),
 *       lead time, payment terms, and its tolerance: a line may bring the larger of a percent of what was ordered
 *       (rounded down) and a number of units more before receiving it needs {@code purchasing:exceed}.</li>
 *   <li>{@link org.omnistock.purchasing.entity.SupplierItem supplier item}: the supplier's code, price (a unit cost,
 *       four decimals), pack size and minimum for a SKU; an order's quantity is rounded up to the minimum and to
 *       whole packs, its price is the item's unless the order gives one.</li>
 *   <li>{@link org.omnistock.purchasing.entity.PurchaseOrder purchase order}: numbered gap-free per year
 *       ({@code PO-2026-000001}, {@link org.omnistock.platform.DocumentNumbers}), one line per SKU and location,
 *       states {@code DRAFT -> SENT -> PARTLY_RECEIVED -> RECEIVED}, {@code CLOSED} from sent or partly received,
 *       {@code CANCELLED} from draft or sent; every change is a
 *       {@link org.omnistock.purchasing.entity.PurchaseOrderEvent} (who, when, what): the audit trail.</li>
 *   <li>{@link org.omnistock.purchasing.entity.SupplierInvoice supplier invoice}: a supplier's document against an
 *       order, recorded once (its number is the supplier's, once per supplier) and never changed: the invoice for
 *       its goods ({@code GOODS}, lines per order line: units, unit price) or a bill of landed costs
 *       ({@code LANDED_COST}: freight, duty, from the supplier or another one, shared over the lines received by
 *       value or by units). Each line keeps what the order's price made of its units and how the difference was
 *       split between units on hand and units gone.</li>
 *   <li>{@link org.omnistock.purchasing.entity.ShippingNotice shipping notice}: what a supplier says it has sent of
 *       an order (lines by SKU and location, parcels, arrival), recorded once per supplier and number, by REST or on
 *       {@code omnistock.purchasing.asn} as the supplier's broker user
 *       ({@link org.omnistock.purchasing.boundary.SupplierCredentials}); a receipt may be against one.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Sending announces each line as incoming at its location under the order's number, with its expected date:
 *       availability, cover and routing see it at once.</li>
 *   <li>Receiving at a location (its {@code stock:write}) is line by line what came, damaged among it. Each line's
 *       units go on hand in the one ledger under the reference they were announced under, settling that
 *       announcement, at the line's price: valuation values them at it and credits goods received not invoiced
 *       ({@link org.omnistock.valuation.control.ReceiptCosts}). Damaged units are set aside (on hand, not for sale).
 *       What is still open is announced again, under {@code <number>.2}, {@code .3}... so the goods-in page shows
 *       it as the delivery still to come. Beyond the tolerance the whole receipt is refused (403
 *       {@code over-tolerance}) unless the caller has {@code purchasing:exceed} and gives a reason, which the trail
 *       keeps. All lines of a receipt are received in one transaction, or none.</li>
 *   <li>A store's agent sends what came of an order at the store on {@code omnistock.purchasing.receipts}
 *       ({@link org.omnistock.purchasing.boundary.StoreGoodsReceiptsListener}): received once per store and receipt
 *       id (table {@code store_goods_receipt}), as the store (which may not go beyond tolerance), against the order's
 *       line for the store by SKU; what cannot be received is dead-lettered with the reason.</li>
 *   <li>Closing withdraws what is still announced; cancelling a sent order does too.</li>
 *   <li>An invoice bills at most what was received and not invoiced yet (the goods come first; 422 otherwise), and
 *       if it states a total the lines must come to it. It posts, per location, GRNI at the order's price / accounts
 *       payable at the supplier's, and the difference to stock for the units still on hand
 *       ({@link org.omnistock.valuation.control.Revaluation}) and to purchase price differences for those gone. A
 *       price beyond the supplier's price tolerance is booked but marks the line's three-way match
 *       {@code PRICE_DIFFERENCE}; otherwise a line is {@code AWAITING_GOODS}, {@code NOT_INVOICED},
 *       {@code PART_INVOICED} or {@code MATCHED}. A landed cost posts stock (on hand) and landed costs (gone) /
 *       payable. A back-dated document keeps its date on the entry and is booked now.</li>
 *   <li>Who may: {@code purchasing:read} (merchandisers, store managers: those bound to stores see only orders with
 *       a line there), {@code purchasing:write} (merchandisers, an ERP's client) for suppliers and orders,
 *       {@code stock:write} at the location to receive, {@code purchasing:exceed} beyond tolerance,
 *       {@code payables:write} (accountants) for invoices and bills.</li>
 * </ul>
 *
 * <p>A {@link org.omnistock.purchasing.entity.CategoryTolerance category's tolerance}, where one is set, takes the
 * place of the supplier's for the category's SKUs.
 *
 * <p>Suggested orders ({@link org.omnistock.purchasing.boundary.PurchaseSuggestions}, the rule in
 * {@link org.omnistock.purchasing.control.OrderSuggestions}): per SKU and location holding it, from the SKU's
 * cheapest active supplier, an order-point rule on the forecast pace (the Forecast page's, four weeks ahead), lead
 * time, 7 review and 7 safety days, rounded as the supplier sells; drafted into an order per supplier on demand.
 *
 * <p>To come (docs/erp.md): a notice moving the incoming units' expected date.
 */
package org.omnistock.purchasing;
