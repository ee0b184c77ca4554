package org.omnistock.order.boundary;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What to cancel of an order: some lines (all their units), or the whole order when {@code lines} is empty.
 */
public record OrderCancellation(@Size(max = NewOrder.MAX_LINES) List<@NotNull @Min(1)
                                        @Max(NewOrder.MAX_LINES) Integer> lines,
                                @NotBlank @Size(max = 200) String reason) {

    public OrderCancellation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
