package org.omnistock.webhook.boundary;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * A webhook subscription to create.
 *
 * @param url      HTTPS; plain HTTP only to this machine (localhost), for development
 * @param topics   the topics wanted ({@code GET /webhooks/topics} lists those the caller may have)
 * @param channel  only events of this channel, of those that carry a channel; null for every channel
 * @param location only events of this location, of those that carry one; null for every location
 * @param sku      only events of this SKU, of those that carry one; null for every SKU
 * @param clientId the API client it belongs to: an admin names one; a client's own subscription is its own
 */
public record NewSubscription(@NotBlank @Size(max = 2000) String url,
                              @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> topics,
                              @Size(max = Limits.MAX_CODE) String channel,
                              @Size(max = Limits.MAX_CODE) String location,
                              @Size(max = Limits.MAX_CODE) String sku,
                              @Size(max = 64) String clientId) {
}
