package org.omnistock.customer.control;

import java.util.ArrayList;
import java.util.List;

import org.omnistock.customer.boundary.Activity;

/**
 * Asks every capability that records what customers do (orders, POS sales, returns) for its newest entries of
 * these customer numbers: each observer adds at most {@code max}. The customer capability then depends on none of
 * them, and a new source of activity is one more observer.
 */
public record ActivityQuery(List<String> customerNumbers, int max, List<Activity> found) {

    public ActivityQuery(List<String> customerNumbers, int max) {
        this(List.copyOf(customerNumbers), max, new ArrayList<>());
    }

    public void add(List<Activity> entries) {
        found.addAll(entries);
    }
}
