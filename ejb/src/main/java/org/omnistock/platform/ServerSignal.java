package org.omnistock.platform;

/**
 * What one server tells the others, and what they receive as a CDI event ({@link ServerSignals}): that something
 * they hold in memory changed, or that the outbox has events in partitions they publish.
 *
 * @param subject    what changed: {@link #OUTBOX} or the name of what a server holds ({@code tax-rules}, ...)
 * @param key        which one of it, where it is held per key (an API client's id); empty for all of it
 * @param partitions for {@link #OUTBOX}: the partitions with new events, one bit each
 */
public record ServerSignal(String subject, String key, int partitions) {

    public static final String OUTBOX = "outbox";

    public static ServerSignal outbox(int partitions) {
        return new ServerSignal(OUTBOX, "", partitions);
    }

    public static ServerSignal changed(String subject) {
        return new ServerSignal(subject, "", 0);
    }

    public static ServerSignal changed(String subject, String key) {
        return new ServerSignal(subject, key, 0);
    }

    public boolean is(String name) {
        return subject.equals(name);
    }
}
