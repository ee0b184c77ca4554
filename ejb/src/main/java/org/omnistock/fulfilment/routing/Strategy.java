package org.omnistock.fulfilment.routing;

import java.io.Serializable;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One way of sourcing a delivery group, tried in the rule set's order: its filters say which locations may take
 * part, its weights how they compare, its split settings how many locations one group may come from.
 *
 * @param modes             the delivery modes it applies to; empty for all
 * @param channels          the channels it applies to; empty for all
 * @param locationTypes     the location types that may take part; empty for all
 * @param maxDistanceKm     the farthest a location may be from where the parcel goes; null for no limit
 * @param keepAvailable     units each location keeps back for its own customers: it gives only what it has beyond
 *                          them
 * @param excludedLocations locations this strategy never uses
 * @param shipToStore       for pickup: other locations may ship the units to the pickup store
 * @param splitPenalty      points each extra location (a split) adds to a plan
 * @param maxSplits         how many extra locations a group may come from (0: all from one)
 * @param splitLines        whether one line's units may come from several locations
 * @param allowPartial      when no plan fills every line: allocate what can be, the rest waits (unfillable)
 *
 * <p>The validation annotations bound what a rule set may ask (the search grows with the split limit); the engine
 * itself needs no container to read them.</p>
 */
public record Strategy(@NotBlank @Size(max = 64) String name,
                       @Size(max = 2) Set<@NotNull DeliveryMode> modes,
                       @Size(max = 50) Set<@NotBlank @Size(max = 32) String> channels,
                       @Size(max = 3) Set<@NotNull @Pattern(regexp = "STORE|WAREHOUSE|DARK_STORE",
                               message = "must be STORE, WAREHOUSE or DARK_STORE") String> locationTypes,
                       @DecimalMin("0") @DecimalMax("20000") Double maxDistanceKm,
                       @Min(0) @Max(1_000_000) int keepAvailable,
                       @Size(max = 1000) Set<@NotBlank @Size(max = 32) String> excludedLocations,
                       boolean shipToStore,
                       @Valid Weights weights,
                       @DecimalMin("0") @DecimalMax("1000") double splitPenalty,
                       @Min(0) @Max(4) int maxSplits,
                       boolean splitLines,
                       boolean allowPartial) implements Serializable {

    public Strategy {
        modes = modes == null ? Set.of() : Set.copyOf(modes);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        locationTypes = locationTypes == null ? Set.of() : Set.copyOf(locationTypes);
        excludedLocations = excludedLocations == null ? Set.of() : Set.copyOf(excludedLocations);
        weights = weights == null ? Weights.BALANCED : weights;
    }

    /** Whether the strategy is for this delivery group at all. */
    public boolean appliesTo(RoutingRequest request) {
        return (modes.isEmpty() || modes.contains(request.mode()))
                && (channels.isEmpty() || request.channel() != null && channels.contains(request.channel()));
    }
}
