package org.omnistock.fulfilment.boundary;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.messages.Limits;
import org.omnistock.order.boundary.NewOrder;

/**
 * A delivery group to route without placing it: where it would come from now, and why.
 *
 * @param ruleSetVersion the rules to route by (a draft, to try it); null for the active ones
 */
public record RoutingPreview(@Size(max = 32) String channel,
                             @NotNull DeliveryMode mode,
                             @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                             @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
                             @Size(max = 32) String pickupLocationId,
                             @NotEmpty @Size(max = NewOrder.MAX_LINES) List<@NotNull @Valid Line> lines,
                             @Min(1) Integer ruleSetVersion) {

    public record Line(@NotBlank @Size(max = Limits.MAX_SKU_CODE) String sku,
                       @NotNull @Min(1) @Max(10_000) Integer quantity) {
    }
}
