/**
 * The catalog as stores are told it: a SKU's name, category, barcodes, tax class and HSN code ({@link
 * org.omnistock.messages.catalog.CatalogChanged}; a store agent taxes offline by them), and the one form barcodes are stored and looked up in ({@link
 * org.omnistock.messages.catalog.Gtin}), shared by the server and the store agent so that both find a scanned code
 * the same way.
 */
package org.omnistock.messages.catalog;
