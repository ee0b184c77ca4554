package org.omnistock.books.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.control.AccountMappings;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.books.entity.Account;
import org.omnistock.books.entity.AccountMapping;
import org.omnistock.books.entity.JournalEntry;
import org.omnistock.books.entity.JournalLine;
import org.omnistock.messages.Money;
import org.omnistock.platform.Csv;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;

/**
 * The books as finance reads and keeps them: the journal's feed and entries, the trial balance, CSV per period, the
 * chart and its mappings. See the package documentation.
 */
@Stateless
public class Books {

    /** The most entries a feed page holds. */
    public static final int MAX_PAGE = 500;

    /** The journal's lines as CSV: one record per line, with its entry. */
    public static final String CSV_HEADER = "entry,position,posted_at,document_date,event,reason,document,location,"
            + "channel,currency,line,account,account_name,line_location,debit,credit";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AccountMappings mappings;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    /**
     * The entries after the cursor, in the order they became visible committed (the journal's publisher gives
     * positions about a second after commit). Concerns every location: a caller bound to some may not read it.
     */
    public JournalFeedPage feed(long after, int limit) {
        access.requireEverywhere(Scopes.BOOKS_READ);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<Object[]> positions = em.createQuery("SELECT f.position, f.entryId FROM JournalFeedPosition f "
                + "WHERE f.position > :after ORDER BY f.position", Object[].class).setParameter("after", after)
                .setMaxResults(size).getResultList();
        if (positions.isEmpty()) {
            return new JournalFeedPage(List.of(), after);
        }
        Map<Long, Long> positionOf = new LinkedHashMap<>();
        positions.forEach(row -> positionOf.put((Long) row[1], (Long) row[0]));
        Map<Long, JournalEntry> entries = entriesById(List.copyOf(positionOf.keySet()));
        Map<String, String> names = accountNames();
        List<EntryView> views = new ArrayList<>();
        positionOf.forEach((id, position) -> views.add(EntryView.of(entries.get(id), position, names)));
        return new JournalFeedPage(views, (Long) positions.get(positions.size() - 1)[0]);
    }

    /** One entry; a caller bound to locations reads only those of its locations. */
    public EntryView entry(long id) {
        access.require(Scopes.BOOKS_READ);
        JournalEntry entry = em.find(JournalEntry.class, id);
        if (entry == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-entry", "there is no journal entry " + id);
        }
        requireAt(entry);
        return EntryView.of(entry, positionOf(id), accountNames());
    }

    /** The entries a document caused (a till receipt's revenue and cost, a transfer's two ends), oldest first. */
    public List<EntryView> entriesOf(String documentType, String documentId) {
        access.require(Scopes.BOOKS_READ);
        Map<String, String> names = accountNames();
        List<JournalEntry> entries = em.createNamedQuery(JournalEntry.OF_DOCUMENT, JournalEntry.class)
                .setParameter("type", documentType).setParameter("id", documentId).getResultList();
        entries.forEach(this::requireAt);
        return entries.stream().map(e -> EntryView.of(e, positionOf(e.getId()), names)).toList();
    }

    /** The latest entries posted in the period, newest first, at a location or (null) anywhere: the back office. */
    public List<EntryView> recent(Instant from, Instant to, String location, int limit) {
        access.requireFor(Scopes.BOOKS_READ, location);
        var query = em.createQuery("SELECT e.id FROM JournalEntry e WHERE e.postedAt >= :from AND e.postedAt < :to"
                + (location == null ? "" : " AND e.location = :location") + " ORDER BY e.postedAt DESC, e.id DESC",
                Long.class).setParameter("from", from).setParameter("to", to);
        if (location != null) {
            query.setParameter("location", location);
        }
        List<Long> ids = query.setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList();
        Map<Long, JournalEntry> entries = entriesById(ids);
        Map<String, String> names = accountNames();
        return ids.stream().map(id -> EntryView.of(entries.get(id), null, names)).toList();
    }

    /**
     * The trial balance of a period, of the entries at a location (whole entries: a transfer's arrival credits the
     * stock in transit of the location it left, and its entry still balances), or of the whole business for none.
     * Balances are debits minus credits.
     */
    public TrialBalance trialBalance(@NotNull Instant from, @NotNull Instant to, String location) {
        access.requireFor(Scopes.BOOKS_READ, location);
        if (!from.isBefore(to)) {
            throw new Refusal(Refusal.Kind.INVALID, "empty-period", "a period runs from before its end");
        }
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        String where = location == null ? "" : " AND l.entry.location = :location";
        var before = em.createQuery("SELECT l.account, SUM(l.debit), SUM(l.credit) FROM JournalLine l "
                + "WHERE l.entry.postedAt < :from" + where + " GROUP BY l.account", Object[].class)
                .setParameter("from", from);
        var within = em.createQuery("SELECT l.account, SUM(l.debit), SUM(l.credit) FROM JournalLine l "
                + "WHERE l.entry.postedAt >= :from AND l.entry.postedAt < :to" + where + " GROUP BY l.account",
                Object[].class).setParameter("from", from).setParameter("to", to);
        if (location != null) {
            before.setParameter("location", location);
            within.setParameter("location", location);
        }
        int digits = retailer.digits();
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        for (Object[] row : before.getResultList()) {
            sums.computeIfAbsent((String) row[0], k -> new BigDecimal[] {zero, zero, zero})[0] =
                    Money.stored((BigDecimal) row[1], digits).subtract(Money.stored((BigDecimal) row[2], digits));
        }
        for (Object[] row : within.getResultList()) {
            BigDecimal[] sum = sums.computeIfAbsent((String) row[0], k -> new BigDecimal[] {zero, zero, zero});
            sum[1] = Money.stored((BigDecimal) row[1], digits);
            sum[2] = Money.stored((BigDecimal) row[2], digits);
        }
        List<TrialBalance.Row> rows = new ArrayList<>();
        BigDecimal debits = zero;
        BigDecimal credits = zero;
        for (Account account : em.createNamedQuery(Account.ALL, Account.class).getResultList()) {
            BigDecimal[] sum = sums.get(account.getNumber());
            if (sum == null) {
                continue;
            }
            rows.add(new TrialBalance.Row(account.getNumber(), account.getName(), account.getType().name(), sum[0],
                    sum[1], sum[2], sum[0].add(sum[1]).subtract(sum[2])));
            debits = debits.add(sum[1]);
            credits = credits.add(sum[2]);
        }
        return new TrialBalance(from, to, location, retailer.currency(), rows, debits, credits);
    }

    /** The lines of the entries posted in a period, as CSV, oldest first. */
    public String csv(@NotNull Instant from, @NotNull Instant to) {
        access.requireEverywhere(Scopes.BOOKS_READ);
        Map<String, String> names = accountNames();
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        List<Long> ids = em.createQuery("SELECT e.id FROM JournalEntry e WHERE e.postedAt >= :from "
                + "AND e.postedAt < :to ORDER BY e.postedAt, e.id", Long.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
        for (int start = 0; start < ids.size(); start += MAX_PAGE) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + MAX_PAGE));
            Map<Long, JournalEntry> entries = entriesById(chunk);
            Map<Long, Long> positions = positionsOf(chunk);
            for (Long id : chunk) {
                JournalEntry e = entries.get(id);
                for (JournalLine line : e.getLines()) {
                    List<Object> fields = Arrays.asList(e.getId(), positions.get(id), e.getPostedAt(),
                            e.getDocumentDate(), e.getEventType(), e.getReason(), e.getDocumentType() + "/"
                                    + e.getDocumentId(), e.getLocation(), e.getChannel(), e.getCurrency(),
                            line.getLineNo(), line.getAccount(), names.get(line.getAccount()), line.getLocation(),
                            line.getDebit().toPlainString(), line.getCredit().toPlainString());
                    out.append(Csv.record(fields));
                }
            }
        }
        return out.toString();
    }

    public List<AccountView> accounts() {
        access.require(Scopes.BOOKS_READ);
        return em.createNamedQuery(Account.ALL, Account.class).getResultStream()
                .map(a -> new AccountView(a.getNumber(), a.getName(), a.getType().name())).toList();
    }

    public AccountView addAccount(@NotNull @Valid NewAccount request) {
        access.require(Scopes.BOOKS_ADMIN);
        if (em.find(Account.class, request.number()) != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "account-exists", "account " + request.number()
                    + " is in the chart already");
        }
        Account account = new Account(request.number(), request.name().strip(), request.type(), clock.instant());
        em.persist(account);
        return new AccountView(account.getNumber(), account.getName(), account.getType().name());
    }

    public List<MappingView> mappings() {
        access.require(Scopes.BOOKS_READ);
        return em.createNamedQuery(AccountMapping.ALL, AccountMapping.class).getResultStream().map(MappingView::of)
                .toList();
    }

    /** A mapping that applies from its instant on; what was posted before stays as it was. */
    public MappingView addMapping(@NotNull @Valid NewMapping request) {
        var caller = access.require(Scopes.BOOKS_ADMIN);
        if (!AccountMapping.ANY_EVENT.equals(request.eventType()) && !Vocabulary.EVENTS.contains(request.eventType())) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-event", "no event " + request.eventType()
                    + " is posted; events are * or " + String.join(", ", Vocabulary.EVENTS));
        }
        if (!Vocabulary.ROLES.contains(request.role())) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-role", "no line has the role " + request.role()
                    + "; roles are " + String.join(", ", Vocabulary.ROLES));
        }
        if (em.find(Account.class, request.account()) == null) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-account", "there is no account " + request.account());
        }
        Instant now = clock.instant();
        Instant earliest = now.plus(AccountMappings.LIFE);
        Instant from = request.effectiveFrom() == null ? earliest : request.effectiveFrom();
        if (from.isBefore(earliest)) {
            throw new Refusal(Refusal.Kind.INVALID, "mapping-too-soon", "a mapping applies from "
                    + AccountMappings.LIFE.toSeconds() + " s after it is made at the earliest (every server must "
                    + "have read it), not from " + from);
        }
        AccountMapping mapping = new AccountMapping(request.eventType(), request.role(),
                blankToNull(request.channel()), blankToNull(request.location()), blankToNull(request.category()),
                blankToNull(request.reason()), request.account(), from, caller.id(), now);
        em.persist(mapping);
        em.flush();
        mappings.forget();
        return MappingView.of(mapping);
    }

    /** The accounts' names by number, for views. */
    private Map<String, String> accountNames() {
        Map<String, String> names = new HashMap<>();
        em.createNamedQuery(Account.ALL, Account.class).getResultStream()
                .forEach(a -> names.put(a.getNumber(), a.getName()));
        return names;
    }

    private Map<Long, JournalEntry> entriesById(List<Long> ids) {
        Map<Long, JournalEntry> entries = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e FROM JournalEntry e WHERE e.id IN :ids", JournalEntry.class)
                    .setParameter("ids", ids).setHint("eclipselink.batch", "e.lines")
                    .setHint("eclipselink.batch.type", "IN").getResultStream().forEach(e -> entries.put(e.getId(), e));
        }
        return entries;
    }

    private Long positionOf(long entryId) {
        return positionsOf(List.of(entryId)).get(entryId);
    }

    private Map<Long, Long> positionsOf(List<Long> entryIds) {
        Map<Long, Long> positions = new HashMap<>();
        em.createQuery("SELECT f.entryId, f.position FROM JournalFeedPosition f WHERE f.entryId IN :ids",
                Object[].class).setParameter("ids", entryIds).getResultStream()
                .forEach(row -> positions.put((Long) row[0], (Long) row[1]));
        return positions;
    }

    /** A caller bound to locations reads the entries of those only (an entry with none concerns all). */
    private void requireAt(JournalEntry entry) {
        access.requireFor(Scopes.BOOKS_READ, entry.getLocation());
    }

}
