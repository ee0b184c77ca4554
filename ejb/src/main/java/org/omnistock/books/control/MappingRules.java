package org.omnistock.books.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.omnistock.books.entity.AccountMapping;

/**
 * Which account each line of a posting goes to, and the entry's lines (docs/erp.md, "the books"). Of the mappings
 * of the line's event (or of any event) and role in effect at the posting's instant, whose narrowings (channel,
 * location, category, reason) all match the line, the most specific wins: the most narrowings, an event's own over
 * any event's, then the latest in effect. A mapping made later therefore applies from its instant on, and never to
 * what was posted before.
 */
public final class MappingRules {

    /** The mappings as one immutable list, so a posting reads one consistent set. */
    private final List<AccountMapping> mappings;

    public MappingRules(List<AccountMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    /** No mapping for a role: the chart cannot post the event; a bug (the default chart maps every role). */
    public static final class Unmapped extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Unmapped(String message) {
            super(message);
        }
    }

    /** Every account a line of this role posts to or has posted to: a stock account, say, whatever its narrowing. */
    public Set<String> accountsOf(String role) {
        Set<String> accounts = new TreeSet<>();
        mappings.stream().filter(m -> m.getRole().equals(role)).forEach(m -> accounts.add(m.getAccount()));
        return accounts;
    }

    /** The account for one line. */
    public String account(Posting posting, Posting.Line line, Instant at) {
        AccountMapping best = null;
        int bestScore = -1;
        for (AccountMapping mapping : mappings) {
            if (mapping.getEffectiveFrom().isAfter(at) || !mapping.getRole().equals(line.role())) {
                continue;
            }
            boolean ownEvent = mapping.getEventType().equals(posting.eventType());
            if (!ownEvent && !AccountMapping.ANY_EVENT.equals(mapping.getEventType())) {
                continue;
            }
            if (!matches(mapping.getChannel(), posting.channel()) || !matches(mapping.getLocation(), line.location())
                    || !matches(mapping.getCategory(), line.category())
                    || !matches(mapping.getReason(), posting.reason())) {
                continue;
            }
            int score = narrowings(mapping) * 2 + (ownEvent ? 1 : 0);
            if (score > bestScore || score == bestScore && !mapping.getEffectiveFrom().isBefore(
                    best.getEffectiveFrom())) {
                best = mapping;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new Unmapped("no account for the " + line.role() + " line of a " + posting.eventType());
        }
        return best.getAccount();
    }

    /**
     * The posting as an entry's lines: each line's account, the amounts of one account at one location netted,
     * checked. Empty when every amount nets to zero (a movement worth nothing posts nothing).
     *
     * @throws EntryLines.Unbalanced when the lines do not balance: the caller's transaction must not commit
     */
    public List<EntryLine> lines(Posting posting, Instant at, int digits) {
        Map<List<String>, BigDecimal> net = new LinkedHashMap<>();
        for (Posting.Line line : posting.lines()) {
            net.merge(Arrays.asList(account(posting, line, at), line.location()), line.amount(),
                    BigDecimal::add);
        }
        EntryLines entry = EntryLines.in(digits);
        List<List<String>> keys = new ArrayList<>();
        for (Map.Entry<List<String>, BigDecimal> each : net.entrySet()) {
            if (each.getValue().signum() != 0) {
                entry = entry.signed(each.getKey().get(0), each.getValue());
                keys.add(each.getKey());
            }
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        List<EntryLines.Line> checked = entry.balanced().lines();
        List<EntryLine> lines = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            lines.add(new EntryLine(checked.get(i).account(), keys.get(i).get(1), checked.get(i).debit(),
                    checked.get(i).credit()));
        }
        return lines;
    }

    /** A checked line of an entry: an account at a location, a debit or a credit. */
    public record EntryLine(String account, String location, BigDecimal debit, BigDecimal credit) {
    }

    private static boolean matches(String narrowing, String value) {
        return narrowing == null || Objects.equals(narrowing, value);
    }

    private static int narrowings(AccountMapping mapping) {
        int count = 0;
        for (String narrowing : new String[] {mapping.getChannel(), mapping.getLocation(), mapping.getCategory(),
                mapping.getReason()}) {
            if (narrowing != null) {
                count++;
            }
        }
        return count;
    }
}
