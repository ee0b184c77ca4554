package org.omnistock.books.boundary;

import java.util.List;

/**
 * A page of the journal feed, in commit order.
 *
 * @param next the cursor to ask with for what follows (the last entry's position, or the one asked with if the page
 *             is empty): nothing is ever inserted before it
 */
public record JournalFeedPage(List<EntryView> entries, long next) {

    public JournalFeedPage {
        entries = List.copyOf(entries);
    }
}
