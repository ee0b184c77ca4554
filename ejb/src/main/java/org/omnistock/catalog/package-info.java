/**
 * Catalog: the SKUs Omnistock knows. A SKU is one sellable variant, identified by its code (unique, upper-case
 * letters, digits and {@code - _ .}), in a category, with what a unit costs the retailer where known (set from
 * then on; sales already counted keep the cost they had, and margins leave out what has none). Products, barcodes
 * and attributes come later. Reading needs the scope {@code read}; creating a SKU or setting its cost
 * {@code catalog:write}.
 */
package org.omnistock.catalog;
