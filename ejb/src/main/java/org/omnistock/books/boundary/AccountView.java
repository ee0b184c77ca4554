package org.omnistock.books.boundary;

/** An account of the chart. */
public record AccountView(String number, String name, String type) {
}
