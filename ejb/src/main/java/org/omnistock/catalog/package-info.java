/**
 * Catalog: the SKUs Omnistock knows. A SKU is one sellable variant, identified by its code (unique, upper-case
 * letters, digits and {@code - _ .}). Products, barcodes and attributes come later. Reading needs the scope
 * {@code read}, creating {@code catalog:write}.
 */
package org.omnistock.catalog;
