package org.omnistock.purchasing.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * What came of a purchase order at one location, line by line, or as a shipping notice said.
 *
 * @param lines          what came; may be left out with a {@code shippingNotice}: its lines for the location came
 *                       as noticed
 * @param reason         why more came than the tolerance allows, when it did (needs {@code purchasing:exceed})
 * @param shippingNotice the supplier's notice the delivery came with, if any (in the order's trail)
 */
public record GoodsReceipt(@NotBlank @Size(max = 32) String locationId,
                           @Size(max = 500) List<@NotNull @Valid Line> lines,
                           @Size(max = 500) String reason,
                           @Size(max = 64) String shippingNotice) {

    public GoodsReceipt {
        lines = lines == null ? List.of() : lines;
    }

    /**
     * One line of the order.
     *
     * @param quantity the units that came, damaged ones among them (0: none this time, still expected)
     * @param damaged  of those, the units that came damaged (on hand, not for sale)
     */
    public record Line(@Min(1) int lineNo, @NotNull @Min(0) @Max(Limits.MAX_QUANTITY) Long quantity,
                       @Min(0) @Max(Limits.MAX_QUANTITY) Long damaged) {
    }
}
