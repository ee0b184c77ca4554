package org.omnistock.returns.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.order.boundary.NewOrder;

/** The units of an order the customer will bring back, and why. */
public record ReturnRequest(@NotEmpty @Size(max = NewOrder.MAX_LINES) List<@NotNull @Valid Line> lines) {

    public record Line(@NotNull @Min(1) @Max(NewOrder.MAX_LINES) Integer lineNo,
                       @NotNull @Min(1) @Max(10_000) Integer quantity,
                       @NotBlank @Size(max = 200) String reason) {
    }
}
