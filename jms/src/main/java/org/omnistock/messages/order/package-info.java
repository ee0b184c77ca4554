/** What the server tells channels of their orders. */
package org.omnistock.messages.order;
