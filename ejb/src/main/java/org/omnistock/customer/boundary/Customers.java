package org.omnistock.customer.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.customer.control.ActivityQuery;
import org.omnistock.customer.control.CustomerEvents;
import org.omnistock.customer.control.CustomersErased;
import org.omnistock.customer.control.CustomersMerged;
import org.omnistock.customer.control.IdentityKeys;
import org.omnistock.customer.entity.Customer;
import org.omnistock.customer.entity.CustomerAddress;
import org.omnistock.customer.entity.CustomerKey;
import org.omnistock.customer.entity.CustomerMerge;
import org.omnistock.customer.entity.CustomerStatus;
import org.omnistock.customer.entity.KeyKind;
import org.omnistock.customer.entity.LoyaltyKind;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;

/** Customer profiles: create, find by number or any identity key, change, merge; see the package documentation. */
@Stateless
public class Customers {

    private static final Logger LOG = Logger.getLogger(Customers.class.getName());

    /** How far back a timeline reaches, in entries per source. */
    public static final int TIMELINE_DEPTH = 5_000;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    CustomerEvents events;

    @Inject
    Loyalty loyalty;

    @Inject
    Event<CustomersMerged> merges;

    @Inject
    Event<ActivityQuery> activity;

    @Inject
    Event<CustomersErased> erasures;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "omnistock.customer.country-code", defaultValue = "31")
    String countryCode;

    /**
     * @throws Refusal CONFLICT {@code key-taken} if a key already names another customer
     */
    @Idempotent
    public CustomerView create(@NotNull @Valid NewCustomer request) {
        access.require(Scopes.CUSTOMERS_WRITE);
        List<IdentityKeys.Key> keys = normalised(request.keys());
        for (IdentityKeys.Key key : keys) {
            refuseIfTaken(key, null);
        }
        Instant now = clock.instant();
        Customer customer = new Customer(blankToNull(request.name()), request.emailConsent(), request.smsConsent(),
                blankToNull(request.customerGroup()), homeStore(request.homeStore()), now);
        em.persist(customer);
        customer.numbered();
        keys.forEach(key -> customer.addKey(key.kind(), key.value(), now));
        request.addresses().forEach(address -> customer.addAddress(address(customer, address)));
        events.changed(customer, "CREATED", null);
        em.flush();
        return CustomerView.of(customer, null);
    }

    /** The profile by its number; a merged number answers with the profile it was merged into. */
    public Optional<CustomerView> find(String number) {
        access.require(Scopes.CUSTOMERS_READ);
        return byNumber(number).map(customer -> CustomerView.of(survivor(customer), number));
    }

    /** The profile a key names, however it was typed. */
    public Optional<CustomerView> lookup(@NotNull KeyKind kind, String value) {
        access.require(Scopes.CUSTOMERS_READ);
        IdentityKeys.Key key = normalised(kind, value, "key");
        return owner(key).map(customer -> CustomerView.of(customer, null));
    }

    /** The active profile a key names, for another capability (a sale's loyalty card, an order's customer). */
    public Optional<Customer> owner(KeyKind kind, String value) {
        return IdentityKeys.normalise(kind, value, countryCode).flatMap(this::owner);
    }

    /**
     * Active profiles whose name, number or a key contains the text (a phone number however it is typed), newest
     * first; all of them without a text.
     */
    public Page<CustomerSummary> search(String text, int page, int size) {
        access.require(Scopes.CUSTOMERS_READ);
        String wanted = blankToNull(text);
        if (wanted == null) {
            long total = em.createNamedQuery(Customer.COUNT_ALL, Long.class).getSingleResult();
            return new Page<>(em.createNamedQuery(Customer.LIST_ALL, Customer.class)
                    .setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultStream()
                    .map(CustomerSummary::of).toList(), page, size, total);
        }
        String keyText = IdentityKeys.normalise(KeyKind.PHONE, wanted, countryCode).map(IdentityKeys.Key::value)
                .orElse(wanted.toLowerCase(Locale.ROOT).replace("%", ""));
        var count = em.createNamedQuery(Customer.COUNT_SEARCH, Long.class);
        var query = em.createNamedQuery(Customer.SEARCH, Customer.class);
        for (var q : List.of(count, query)) {
            q.setParameter("text", "%" + wanted.toLowerCase(Locale.ROOT).replace("%", "") + "%")
                    .setParameter("keyText", "%" + keyText + "%")
                    .setParameter("number", wanted.toUpperCase(Locale.ROOT));
        }
        return new Page<>(query.setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultStream()
                .map(CustomerSummary::of).toList(), page, size, count.getSingleResult());
    }

    public CustomerView update(String number, @NotNull @Valid CustomerChange change) {
        access.require(Scopes.CUSTOMERS_WRITE);
        Customer customer = active(number);
        customer.describe(blankToNull(change.name()), change.emailConsent(), change.smsConsent(),
                blankToNull(change.customerGroup()), homeStore(change.homeStore()));
        events.changed(customer, "UPDATED", null);
        return CustomerView.of(customer, null);
    }

    /**
     * @throws Refusal CONFLICT {@code key-taken} if the key names another customer
     */
    @Idempotent
    public CustomerView addKey(String number, @NotNull @Valid KeyInput input) {
        access.require(Scopes.CUSTOMERS_WRITE);
        Customer customer = active(number);
        IdentityKeys.Key key = normalised(input.kind(), input.value(), "value");
        if (refuseIfTaken(key, customer)) {
            return CustomerView.of(customer, null);
        }
        customer.addKey(key.kind(), key.value(), clock.instant());
        events.changed(customer, "KEYS", null);
        em.flush();
        return CustomerView.of(customer, null);
    }

    /**
     * @throws Refusal CONFLICT {@code last-key} if it is the profile's only key: it could not be found again
     */
    public CustomerView removeKey(String number, @NotNull KeyKind kind, String value) {
        access.require(Scopes.CUSTOMERS_WRITE);
        Customer customer = active(number);
        IdentityKeys.Key key = normalised(kind, value, "value");
        CustomerKey owned = customer.getKeys().stream().filter(k -> k.getKind() == key.kind()
                && k.getValue().equals(key.value())).findFirst().orElseThrow(() -> new Refusal(
                Refusal.Kind.NOT_FOUND, "unknown-key", customer.getNumber() + " has no " + kind + " key "
                + key.value()));
        if (customer.getKeys().size() == 1) {
            throw new Refusal(Refusal.Kind.CONFLICT, "last-key", "a profile keeps at least one key, so that it can "
                    + "be found again; add another first");
        }
        customer.getKeys().remove(owned);
        em.remove(owned);
        events.changed(customer, "KEYS", null);
        return CustomerView.of(customer, null);
    }

    /**
     * Folds the merged profile into the survivor: its keys, addresses and points move there, its history is shown
     * with the survivor's, and its number answers with the survivor from now on.
     *
     * @throws Refusal CONFLICT {@code not-active} if either profile was merged or erased already
     */
    public CustomerView merge(String survivorNumber, @NotNull @Valid MergeRequest request) {
        Caller caller = access.require(Scopes.CUSTOMERS_WRITE);
        Customer survivor = active(survivorNumber);
        Customer merged = active(request.merged());
        if (survivor == merged) {
            throw new Refusal(Refusal.Kind.INVALID, "merge-with-itself", "a profile cannot be merged into itself");
        }
        boolean survivorFirst = survivor.getId() < merged.getId();
        Customer first = lock(survivorFirst ? survivor : merged);
        Customer second = lock(survivorFirst ? merged : survivor);
        survivor = survivorFirst ? first : second;
        merged = survivorFirst ? second : first;
        for (Customer customer : List.of(survivor, merged)) {
            if (customer.getStatus() != CustomerStatus.ACTIVE) {
                throw new Refusal(Refusal.Kind.CONFLICT, "not-active", customer.getNumber() + " is "
                        + customer.getStatus().name().toLowerCase(Locale.ROOT) + " meanwhile");
            }
        }
        Instant now = clock.instant();
        long points = merged.getPointsBalance();
        if (points != 0) {
            String source = "merge " + merged.getNumber() + " into " + survivor.getNumber();
            loyalty.post(merged, LoyaltyKind.MERGE_OUT, -points, source, null, null, null, null, caller.id(), now);
            loyalty.post(survivor, LoyaltyKind.MERGE_IN, points, source, null, null, null, null, caller.id(), now);
        }
        List<CustomerKey> keys = new ArrayList<>(merged.getKeys());
        List<CustomerAddress> addresses = new ArrayList<>(merged.getAddresses());
        keys.forEach(survivor::adopt);
        addresses.forEach(survivor::adopt);
        em.createNamedQuery(Customer.REPOINT_MERGED).setParameter("from", merged).setParameter("to", survivor)
                .executeUpdate();
        merged.mergedInto(survivor);
        em.persist(new CustomerMerge(survivor, merged, keys.size(), addresses.size(), points, now, caller.id()));
        em.flush();
        loyalty.reviewTier(survivor);
        merges.fire(new CustomersMerged(merged.getNumber(), survivor.getNumber()));
        events.changed(survivor, "MERGED", merged.getNumber());
        em.flush();
        return CustomerView.of(survivor, null);
    }

    /**
     * What the customer did in every channel, newest first: orders, POS sales, returns, carts and loyalty movements,
     * also those of profiles merged into this one. Each source gives its newest entries up to the end of the page
     * asked (at most {@value #TIMELINE_DEPTH} in all), merged by time.
     */
    public Page<Activity> timeline(String number, int page, int size) {
        access.require(Scopes.CUSTOMERS_READ);
        Customer customer = active(number);
        List<Long> ids = profileIds(customer);
        int depth = (int) Math.min(TIMELINE_DEPTH, (long) (page + 1) * size);
        List<Activity> all = activity(numbersOf(ids), depth);
        all.addAll(loyalty.activityOf(ids, depth));
        all.sort(Comparator.comparing(Activity::at).reversed());
        int from = Math.min(all.size(), Page.firstResult(page, size));
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /**
     * Everything kept about the customer, for their right of access (GDPR article 15): the profile, the profiles
     * merged into it, every loyalty movement and the whole timeline.
     */
    public PersonalData export(String number) {
        access.require(Scopes.CUSTOMERS_READ);
        Customer customer = active(number);
        List<Long> ids = profileIds(customer);
        List<String> numbers = numbersOf(ids);
        List<Activity> all = activity(numbers, TIMELINE_DEPTH);
        all.sort(Comparator.comparing(Activity::at).reversed());
        return new PersonalData(clock.instant(), CustomerView.of(customer, null),
                numbers.stream().filter(n -> !n.equals(customer.getNumber())).toList(),
                loyalty.movementsOf(ids), all);
    }

    /**
     * Forgets the customer at their request (GDPR article 17): name, consents, keys and addresses go, here and on
     * their orders (recipient, street, postal code, the channel's id for them), and the profiles merged into it
     * likewise. What happened stays: the number, the orders' and sales' amounts, the points and their ledger, so
     * the books and every total still add up. Cannot be undone.
     */
    public CustomerView erase(String number) {
        Caller caller = access.require(Scopes.ADMIN);
        Customer customer = lock(active(number));
        List<Long> ids = profileIds(customer);
        List<String> numbers = numbersOf(ids);
        List<String> external = new ArrayList<>();
        for (Long id : ids) {
            Customer profile = em.find(Customer.class, id);
            profile.getKeys().stream().filter(k -> k.getKind() == KeyKind.EXTERNAL)
                    .forEach(k -> external.add(k.getValue()));
        }
        erasures.fire(new CustomersErased(numbers, external));
        for (Long id : ids) {
            Customer profile = em.find(Customer.class, id);
            profile.getKeys().forEach(em::remove);
            profile.getAddresses().forEach(em::remove);
            profile.erase();
        }
        events.changed(customer, "ERASED", null);
        em.flush();
        LOG.info(() -> "Customer " + customer.getNumber() + " erased by " + caller.id());
        return CustomerView.of(customer, null);
    }

    /** The profile and every profile merged into it: whose history is this customer's. */
    public List<Long> profileIds(Customer customer) {
        if (customer.getMergedProfiles() == 0) {
            return List.of(customer.getId());
        }
        List<Long> ids = new ArrayList<>();
        ids.add(customer.getId());
        ids.addAll(em.createNamedQuery(Customer.FIND_MERGED_INTO, Long.class).setParameter("survivor", customer)
                .getResultList());
        return ids;
    }

    /**
     * The profile a basket, order or sale names, when we know it: by its customer number (a till or person that
     * looked the customer up), or by the channel's own id for it ({@code <channel>:<id>}) when the caller is that
     * channel's system or a person. The one rule for every capability that is told who the customer is.
     */
    public Optional<Customer> named(Caller caller, String channel, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<Customer> byNumber = activeOrNone(id);
        boolean vouched = channel != null && (caller.kind() != Caller.Kind.CLIENT || caller.channel() != null);
        if (byNumber.isPresent() || !vouched) {
            return byNumber;
        }
        return owner(KeyKind.EXTERNAL, channel + ":" + id.strip());
    }

    /** The active profile a number names (following a merge), for another capability; empty if none. */
    public Optional<Customer> activeOrNone(String number) {
        return byNumber(number).map(Customers::survivor).filter(c -> c.getStatus() == CustomerStatus.ACTIVE);
    }

    /**
     * Holds the customer's row lock until the transaction ends: work that must happen once per customer (their one
     * cart per channel) is done one caller after the other.
     */
    public Customer lockProfile(Customer customer) {
        return lock(customer);
    }

    /** An active profile by number (following a merge), or refused: for this capability's other services. */
    public Customer active(String number) {
        Customer customer = byNumber(number).map(Customers::survivor).orElseThrow(() -> new Refusal(
                Refusal.Kind.NOT_FOUND, "unknown-customer", "there is no customer " + number));
        if (customer.getStatus() != CustomerStatus.ACTIVE) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-active", customer.getNumber() + " is "
                    + customer.getStatus().name().toLowerCase(Locale.ROOT));
        }
        return customer;
    }

    /** What the capabilities that record customers' doings have of these numbers, newest {@code max} of each. */
    private List<Activity> activity(List<String> numbers, int max) {
        ActivityQuery query = new ActivityQuery(numbers, max);
        activity.fire(query);
        return new ArrayList<>(query.found());
    }

    private List<String> numbersOf(List<Long> ids) {
        return em.createNamedQuery(Customer.FIND_NUMBERS, String.class).setParameter("ids", ids).getResultList();
    }

    private Optional<Customer> byNumber(String number) {
        return number == null ? Optional.empty() : em.createNamedQuery(Customer.FIND_BY_NUMBER, Customer.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private static Customer survivor(Customer customer) {
        return customer.getStatus() == CustomerStatus.MERGED ? customer.getMergedInto() : customer;
    }

    private Optional<Customer> owner(IdentityKeys.Key key) {
        return em.createNamedQuery(CustomerKey.FIND, CustomerKey.class).setParameter("kind", key.kind())
                .setParameter("value", key.value()).getResultStream().findFirst().map(CustomerKey::getCustomer);
    }

    /** True if the key is the customer's own already; refused if it names another. */
    private boolean refuseIfTaken(IdentityKeys.Key key, Customer customer) {
        Optional<Customer> owner = owner(key);
        if (owner.isPresent() && owner.get() != customer) {
            throw new Refusal(Refusal.Kind.CONFLICT, "key-taken", "the " + key.kind().name().toLowerCase(Locale.ROOT)
                    + " key " + key.value() + " already names customer " + owner.get().getNumber());
        }
        return owner.isPresent();
    }

    private Customer lock(Customer customer) {
        Customer locked = em.find(Customer.class, customer.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    private List<IdentityKeys.Key> normalised(List<KeyInput> inputs) {
        List<IdentityKeys.Key> keys = new ArrayList<>();
        List<Refusal.Detail> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            KeyInput input = inputs.get(i);
            Optional<String> problem = IdentityKeys.problem(input.kind(), input.value(), countryCode);
            if (problem.isPresent()) {
                problems.add(new Refusal.Detail("keys[" + i + "]", problem.get()));
            } else {
                IdentityKeys.Key key = IdentityKeys.normalise(input.kind(), input.value(), countryCode).orElseThrow();
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-key", "the profile's keys are not all valid", problems);
        }
        return keys;
    }

    private IdentityKeys.Key normalised(KeyKind kind, String value, String field) {
        return IdentityKeys.normalise(kind, value, countryCode).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                "invalid-key", IdentityKeys.problem(kind, value, countryCode).orElseThrow(),
                List.of(new Refusal.Detail(field, IdentityKeys.problem(kind, value, countryCode).orElseThrow()))));
    }

    private Location homeStore(String code) {
        String store = blankToNull(code);
        return store == null ? null : locations.find(store).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                "unknown-location", "there is no location " + store));
    }

    private static CustomerAddress address(Customer customer, AddressInput input) {
        return new CustomerAddress(customer, input.label(), input.line1(), blankToNull(input.line2()),
                input.postalCode(), input.city(), input.country(), input.latitude(), input.longitude());
    }
}
