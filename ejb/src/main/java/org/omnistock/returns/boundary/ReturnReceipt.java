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
import org.omnistock.stock.entity.StockState;

/** Goods of a return that arrived at a location, and the state they are in. */
public record ReturnReceipt(@NotBlank @Size(max = 32) String locationId,
                            @NotEmpty @Size(max = NewOrder.MAX_LINES) List<@NotNull @Valid Line> lines) {

    public record Line(@NotNull @Min(1) @Max(NewOrder.MAX_LINES) Integer lineNo,
                       @NotNull @Min(1) @Max(10_000) Integer quantity,
                       @NotNull StockState condition) {
    }
}
