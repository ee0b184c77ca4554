/** What every message-driven boundary shares: putting a message it does not accept on the dead-letter address. */
package org.omnistock.messaging;
