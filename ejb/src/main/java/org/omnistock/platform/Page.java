package org.omnistock.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total how many items there are on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) implements Serializable {

    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
    }

    /** The index of this page's first item, for a query's first result. */
    public static int firstResult(int page, int size) {
        return Math.multiplyExact(page, size);
    }
}
