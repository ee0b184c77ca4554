/**
 * Demo data: a small fashion retailer in the Netherlands and Belgium (2 warehouses, 10 stores, 250 SKUs in five
 * categories, each with an EAN-13 of GS1's in-store range, stock everywhere, Dutch and Belgian VAT on its locations
 * and channels), loaded at start-up when {@code omnistock.demo.data} is true. It goes through the
 * same boundaries as real data (so every receipt is in the ledger and publishes its event), and is idempotent:
 * existing SKUs and locations are kept, and a location's opening receipts are one posting (the ledger's delivery
 * path, 250 lines in one transaction), made only where the location has no stock yet, so a restart loads nothing
 * twice; a
 * start that finds the week's last order (the last thing loaded) checks nothing else and only issues the stores'
 * broker users again (each build makes a fresh broker instance). It
 * runs as the system, and adds the documented demo users and API clients (README, "Demo logins"), a week of
 * orders from every channel (backdated, with the loyalty points they earned), the dozen customers who placed
 * them, loyalty terms with two tiers (silver from 100 euros spent in a year, gold from 300, priced as VIP; points
 * valid a year) when none are set, three wish lists, what a unit costs (40% of its price; accessories unknown),
 * 90 days of sales history before the demo's first day ({@link org.omnistock.demo.DemoHistory}), and goods on their
 * way to S001 (a purchase order sent to the supplier NORDTEX and a transfer from W01, for goods in), once.
 */
package org.omnistock.demo;
