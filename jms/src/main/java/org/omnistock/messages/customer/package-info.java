/** Messages about customers: {@link org.omnistock.messages.customer.CustomerChanged}. */
package org.omnistock.messages.customer;
