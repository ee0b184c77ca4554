package org.omnistock.fulfilment.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a fulfilment, per mode: which report moves it where, which report is a repeat of a step already
 * passed (a late "packed" after "shipped"; nothing to do), and which is refused. Plain logic, tested on its own.
 */
public final class FulfilmentFlow {

    /** What a location (or the system) reports or asks. */
    public enum Action {
        ACCEPT, PICK, PACK, SHIP, DELIVER, ARRIVE, COLLECT, REJECT, CANCEL, EXPIRE, NOT_COLLECTED
    }

    /** The answer: move to a status, nothing to do, or refused with why. */
    public record Step(FulfilmentStatus next, boolean repeat, String refusal) {

        static Step to(FulfilmentStatus next) {
            return new Step(next, false, null);
        }

        static Step repeated() {
            return new Step(null, true, null);
        }

        static Step refused(String why) {
            return new Step(null, false, why);
        }

        public boolean moves() {
            return next != null;
        }
    }

    /** Each mode's path, in order; a fulfilment moves along it, skipping steps if a location reports them late. */
    private static final Map<FulfilmentMode, List<FulfilmentStatus>> PATHS = Map.of(
            FulfilmentMode.SHIP, List.of(FulfilmentStatus.SENT, FulfilmentStatus.ACCEPTED, FulfilmentStatus.PICKED,
                    FulfilmentStatus.PACKED, FulfilmentStatus.SHIPPED, FulfilmentStatus.DELIVERED),
            FulfilmentMode.SHIP_TO_STORE, List.of(FulfilmentStatus.SENT, FulfilmentStatus.ACCEPTED,
                    FulfilmentStatus.PICKED, FulfilmentStatus.PACKED, FulfilmentStatus.SHIPPED),
            FulfilmentMode.PICKUP, List.of(FulfilmentStatus.AWAITING_ARRIVAL, FulfilmentStatus.SENT,
                    FulfilmentStatus.ACCEPTED, FulfilmentStatus.PICKED, FulfilmentStatus.READY_FOR_PICKUP,
                    FulfilmentStatus.COLLECTED));

    private static final Set<FulfilmentStatus> GIVE_UP_FROM = Set.of(FulfilmentStatus.SENT, FulfilmentStatus.ACCEPTED,
            FulfilmentStatus.PICKED);

    private FulfilmentFlow() {
    }

    public static Step next(FulfilmentMode mode, FulfilmentStatus current, Action action) {
        List<FulfilmentStatus> path = PATHS.get(mode);
        return switch (action) {
            case REJECT, CANCEL, EXPIRE -> giveUp(current, action);
            case NOT_COLLECTED -> current == FulfilmentStatus.READY_FOR_PICKUP
                    ? Step.to(FulfilmentStatus.NOT_COLLECTED) : current == FulfilmentStatus.NOT_COLLECTED
                    ? Step.repeated() : Step.refused("only a pickup ready for its customer can go uncollected");
            case ARRIVE -> current == FulfilmentStatus.AWAITING_ARRIVAL ? Step.to(FulfilmentStatus.READY_FOR_PICKUP)
                    : mode == FulfilmentMode.PICKUP && path.indexOf(current) > 0 ? Step.repeated()
                    : Step.refused("nothing is on its way to this store for it");
            default -> along(path, current, target(mode, action));
        };
    }

    private static FulfilmentStatus target(FulfilmentMode mode, Action action) {
        return switch (action) {
            case ACCEPT -> FulfilmentStatus.ACCEPTED;
            case PICK -> FulfilmentStatus.PICKED;
            case PACK -> mode == FulfilmentMode.PICKUP ? FulfilmentStatus.READY_FOR_PICKUP : FulfilmentStatus.PACKED;
            case SHIP -> FulfilmentStatus.SHIPPED;
            case DELIVER -> FulfilmentStatus.DELIVERED;
            case COLLECT -> FulfilmentStatus.COLLECTED;
            default -> throw new IllegalArgumentException(action.name());
        };
    }

    private static Step along(List<FulfilmentStatus> path, FulfilmentStatus current, FulfilmentStatus target) {
        int at = path.indexOf(current);
        int to = path.indexOf(target);
        if (to < 0) {
            return Step.refused("a fulfilment of this kind is not " + describe(target));
        }
        if (at < 0) {
            return Step.refused("it is " + describe(current) + "; it cannot be " + describe(target) + " any more");
        }
        if (to <= at) {
            return Step.repeated();
        }
        if (current == FulfilmentStatus.AWAITING_ARRIVAL) {
            return Step.refused("its units have not arrived at the store yet");
        }
        if (target == FulfilmentStatus.COLLECTED && current != FulfilmentStatus.READY_FOR_PICKUP) {
            return Step.refused("it is not ready for pickup yet");
        }
        return Step.to(target);
    }

    private static Step giveUp(FulfilmentStatus current, Action action) {
        FulfilmentStatus outcome = switch (action) {
            case REJECT -> FulfilmentStatus.REJECTED;
            case CANCEL -> FulfilmentStatus.CANCELLED;
            default -> FulfilmentStatus.EXPIRED;
        };
        if (current == outcome) {
            return Step.repeated();
        }
        if (action == Action.EXPIRE && current != FulfilmentStatus.SENT) {
            return Step.refused("it was accepted");
        }
        return GIVE_UP_FROM.contains(current) ? Step.to(outcome)
                : Step.refused("it is " + describe(current) + ": too late to " + action.name().toLowerCase());
    }

    private static String describe(FulfilmentStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }
}
