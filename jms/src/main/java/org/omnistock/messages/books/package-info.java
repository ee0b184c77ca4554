/** Messages of the books: {@link org.omnistock.messages.books.JournalPosted}. */
package org.omnistock.messages.books;
