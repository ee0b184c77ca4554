package org.omnistock.webhook.boundary;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/** A subscription's endpoint, topics and filters, all of them (what {@link NewSubscription} says of each). */
public record SubscriptionChange(@NotBlank @Size(max = 2000) String url,
                                 @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> topics,
                                 @Size(max = Limits.MAX_CODE) String channel,
                                 @Size(max = Limits.MAX_CODE) String location,
                                 @Size(max = Limits.MAX_CODE) String sku) {
}
