/**
 * Messages about customers: {@link org.omnistock.messages.customer.CustomerChanged} and
 * {@link org.omnistock.messages.customer.WishNotice}.
 */
package org.omnistock.messages.customer;
