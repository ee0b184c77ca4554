/** Messages about webhooks: {@link org.omnistock.messages.webhook.WebhookDisabled}. */
package org.omnistock.messages.webhook;
