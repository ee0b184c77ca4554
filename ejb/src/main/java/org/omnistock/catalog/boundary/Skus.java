package org.omnistock.catalog.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.control.CatalogEvents;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.catalog.entity.SkuBarcode;
import org.omnistock.messages.catalog.Gtin;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;

/** Creates and finds SKUs. Other capabilities resolve SKU codes here. */
/**
 * Creates, changes and finds SKUs and their barcodes. Other capabilities resolve SKU codes here. Every change stores
 * are told of (a new SKU, its name, category or barcodes) is announced by {@link CatalogEvents} in its transaction.
 */
@Stateless
public class Skus {

    /** Barcodes one SKU may have: its own, its multipacks' and older packagings', with room to spare. */
    public static final int MAX_BARCODES = 50;
    private static final int EXPORT_CHUNK = 1_000;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    CatalogEvents events;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Idempotent
    public SkuView create(@NotNull @Valid NewSku request) {
        access.require(Scopes.CATALOG_WRITE);
        if (find(request.code()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "sku-exists", "SKU " + request.code() + " already exists");
        }
        Sku sku = new Sku(request.code(), request.name().strip(), blankToNull(request.category()), clock.instant());
        em.persist(sku);
        events.skuChanged(sku, List.of());
        return SkuView.of(sku, List.of());
    }

    /** Renames the SKU or moves it to another category. */
    public SkuView change(String code, @NotNull @Valid SkuChange change) {
        access.require(Scopes.CATALOG_WRITE);
        Sku sku = locked(code);
        List<String> barcodes = barcodesOf(sku);
        String name = change.name().strip();
        String category = blankToNull(change.category());
        if (!name.equals(sku.getName()) || !Objects.equals(category, sku.getCategory())) {
            sku.rename(name, category);
            events.skuChanged(sku, barcodes);
        }
        return SkuView.of(sku, barcodes);
    }

    /** Sets what a unit costs the retailer from now on (sales already counted keep their cost); null to forget it. */
    public SkuView setUnitCost(String code, @NotNull @Valid UnitCost unitCost) {
        access.require(Scopes.CATALOG_WRITE);
        Sku sku = require(code);
        sku.setUnitCost(unitCost.unitCost());
        return SkuView.of(sku, barcodesOf(sku));
    }

    /**
     * How the SKU is taxed from now on, wherever it is sold (docs/sale-to-cash.md), stores' item masters included:
     * a till offline taxes it as the server does.
     */
    public SkuView setTax(String code, @NotNull @Valid SkuTax tax) {
        access.require(Scopes.TAX_WRITE);
        Sku sku = locked(code);
        sku.setTax(tax.taxClass(), tax.hsnCode());
        List<String> barcodes = barcodesOf(sku);
        events.skuChanged(sku, barcodes);
        return SkuView.of(sku, barcodes);
    }

    /** The SKU with its barcodes, and whether the barcode was new to it. */
    public record BarcodeAdded(SkuView sku, boolean added) {
    }

    /**
     * Gives the SKU a barcode. The same barcode again changes nothing; one that is another SKU's is refused (a
     * barcode finds one SKU), as is one that is no GTIN or whose check digit is wrong.
     */
    public BarcodeAdded addBarcode(String code, @NotNull @Valid NewBarcode request) {
        access.require(Scopes.CATALOG_WRITE);
        String barcode = gtin(request.barcode());
        Sku sku = locked(code);
        Optional<SkuBarcode> taken = barcode(barcode);
        if (taken.isPresent()) {
            if (taken.get().getSku().getId().equals(sku.getId())) {
                return new BarcodeAdded(SkuView.of(sku, barcodesOf(sku)), false);
            }
            throw barcodeTaken(barcode, taken.get().getSku().getCode());
        }
        List<String> barcodes = new ArrayList<>(barcodesOf(sku));
        if (barcodes.size() >= MAX_BARCODES) {
            throw new Refusal(Refusal.Kind.CONFLICT, "too-many-barcodes", "SKU " + code + " has "
                    + MAX_BARCODES + " barcodes, the most one may have");
        }
        em.persist(new SkuBarcode(sku, barcode, clock.instant()));
        barcodes.add(barcode);
        barcodes.sort(null);
        events.skuChanged(sku, barcodes);
        return new BarcodeAdded(SkuView.of(sku, barcodes), true);
    }

    /** Takes a barcode off the SKU; 404 if the SKU does not have it. */
    public SkuView removeBarcode(String code, String barcode) {
        access.require(Scopes.CATALOG_WRITE);
        String stored = gtin(barcode);
        Sku sku = locked(code);
        SkuBarcode held = barcode(stored).filter(b -> b.getSku().getId().equals(sku.getId())).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-barcode", "SKU " + code + " has no barcode "
                        + stored));
        em.remove(held);
        List<String> barcodes = new ArrayList<>(barcodesOf(sku));
        barcodes.remove(stored);
        events.skuChanged(sku, barcodes);
        return SkuView.of(sku, barcodes);
    }

    /** The SKU a scanned or typed barcode is on: any form of the same GTIN finds it (a UPC-A or its EAN-13). */
    public Optional<SkuView> findByBarcode(String barcode) {
        access.require(Scopes.READ);
        return barcode(gtin(barcode)).map(SkuBarcode::getSku).map(sku -> SkuView.of(sku, barcodesOf(sku)));
    }

    /**
     * Imports a catalog file ({@link SkuCsv}), all or none: every line is checked first (what it says, and whether
     * its barcodes are free), and any wrong line refuses the file with one detail per wrong line.
     */
    public SkusImported importCsv(String csv) {
        access.require(Scopes.CATALOG_WRITE);
        SkuCsv.Parsed parsed = SkuCsv.parse(csv);
        List<SkuCsv.LineProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Sku> existing = new HashMap<>();
        findAll(parsed.lines().stream().map(SkuCsv.Line::code).toList()).forEach(s -> existing.put(s.getCode(), s));
        Map<SkuCsv.Line, List<String>> barcodes = new HashMap<>();
        problems.addAll(check(parsed.lines(), existing, barcodes));
        if (parsed.lines().isEmpty() && problems.isEmpty()) {
            problems.add(new SkuCsv.LineProblem(2, null, "the file has no SKUs"));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(SkuCsv.LineProblem::line));
            throw new Refusal(Refusal.Kind.INVALID, "invalid-skus", problems.size()
                    + " lines are wrong; nothing was imported", problems.stream().map(p -> new Refusal.Detail(
                    "line " + p.line(), (p.sku() == null || p.sku().isEmpty() ? "" : p.sku() + ": ") + p.problem()))
                    .toList());
        }
        int created = 0;
        int changed = 0;
        Instant now = clock.instant();
        List<CatalogEvents.Changed> told = new ArrayList<>();
        for (SkuCsv.Line line : parsed.lines()) {
            Sku sku = existing.get(line.code());
            if (sku == null) {
                sku = new Sku(line.code(), line.name().strip(), line.category(), now);
                sku.setUnitCost(line.unitCost());
                em.persist(sku);
                existing.put(sku.getCode(), sku);
                List<String> codes = barcodes.getOrDefault(line, List.of());
                for (String code : codes) {
                    em.persist(new SkuBarcode(sku, code, now));
                }
                told.add(new CatalogEvents.Changed(sku, codes));
                created++;
            } else if (apply(em.find(Sku.class, sku.getId(), LockModeType.PESSIMISTIC_WRITE), line,
                    barcodes.get(line), now, told)) {
                changed++;
            }
        }
        events.skusChanged(told);
        return new SkusImported(created, changed, parsed.lines().size() - created - changed);
    }

    /** The whole catalog in the import format, by code. */
    public String exportCsv() {
        access.require(Scopes.READ);
        List<SkuView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Sku> chunk = em.createNamedQuery(Sku.FIND_MATCHING, Sku.class).setParameter("pattern", "%")
                    .setFirstResult(page * EXPORT_CHUNK).setMaxResults(EXPORT_CHUNK).getResultList();
            all.addAll(views(chunk));
            if (chunk.size() < EXPORT_CHUNK) {
                return SkuCsv.write(all);
            }
        }
    }

    /** Every category a SKU is in, by name. */
    public List<String> categories() {
        access.require(Scopes.READ);
        return em.createNamedQuery(Sku.CATEGORIES, String.class).getResultList();
    }

    public Optional<SkuView> findByCode(String code) {
        access.require(Scopes.READ);
        return find(code).map(sku -> SkuView.of(sku, barcodesOf(sku)));
    }

    /** The SKU entity for another capability's entities to refer to. */
    public Optional<Sku> find(String code) {
        return em.createNamedQuery(Sku.FIND_BY_CODE, Sku.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The SKUs among these codes that exist; the caller compares to find the unknown ones. */
    public List<Sku> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Sku.FIND_BY_CODES, Sku.class).setParameter("codes", codes).getResultList();
    }

    /** SKUs whose code or name contains the text (any case), ordered by code. */
    public Page<SkuView> list(String text, int page, int size) {
        access.require(Scopes.READ);
        String pattern = "%" + (text == null ? "" : text.strip().toUpperCase(Locale.ROOT)) + "%";
        List<Sku> found = em.createNamedQuery(Sku.FIND_MATCHING, Sku.class).setParameter("pattern", pattern)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultList();
        long total = em.createNamedQuery(Sku.COUNT_MATCHING, Long.class).setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(views(found), page, size, total);
    }

    /** What is wrong with each line, and the barcodes of each right one in stored form. */
    private List<SkuCsv.LineProblem> check(List<SkuCsv.Line> lines, Map<String, Sku> existing,
                                           Map<SkuCsv.Line, List<String>> barcodes) {
        List<SkuCsv.LineProblem> problems = new ArrayList<>();
        Map<String, Integer> codeLines = new HashMap<>();
        Map<String, SkuCsv.Line> barcodeLines = new HashMap<>();
        for (SkuCsv.Line line : lines) {
            List<String> wrong = new ArrayList<>();
            for (ConstraintViolation<SkuCsv.Line> violation : validator.validate(line)) {
                wrong.add(violation.getPropertyPath() + " " + violation.getMessage());
            }
            Integer earlier = codeLines.putIfAbsent(line.code(), line.number());
            if (earlier != null) {
                wrong.add("the SKU is also on line " + earlier);
            }
            if (line.name() == null && !existing.containsKey(line.code())) {
                wrong.add("a new SKU needs a name");
            }
            if (line.barcodes() != null) {
                Set<String> codes = new LinkedHashSet<>();
                for (String barcode : line.barcodes()) {
                    try {
                        codes.add(Gtin.normalise(barcode));
                    } catch (IllegalArgumentException e) {
                        wrong.add("barcode " + barcode + ": " + e.getMessage());
                    }
                }
                if (codes.size() > MAX_BARCODES) {
                    wrong.add("at most " + MAX_BARCODES + " barcodes a SKU");
                }
                for (String code : codes) {
                    SkuCsv.Line other = barcodeLines.putIfAbsent(code, line);
                    if (other != null) {
                        wrong.add("barcode " + code + " is also on line " + other.number());
                    }
                }
                barcodes.put(line, List.copyOf(new java.util.TreeSet<>(codes)));
            }
            if (!wrong.isEmpty()) {
                problems.add(new SkuCsv.LineProblem(line.number(), line.code(), String.join("; ", wrong)));
            }
        }
        if (!barcodeLines.isEmpty()) {
            List<SkuBarcode> held = em.createNamedQuery(SkuBarcode.FIND_BY_CODES, SkuBarcode.class)
                    .setParameter("codes", barcodeLines.keySet()).getResultList();
            for (SkuBarcode barcode : held) {
                SkuCsv.Line line = barcodeLines.get(barcode.getCode());
                if (!barcode.getSku().getCode().equals(line.code())) {
                    problems.add(new SkuCsv.LineProblem(line.number(), line.code(), "barcode " + barcode.getCode()
                            + " is SKU " + barcode.getSku().getCode() + "'s; take it off there first"));
                }
            }
        }
        return problems;
    }

    /** Applies a line to an existing SKU, noting a change stores are told of; whether it changed anything. */
    private boolean apply(Sku sku, SkuCsv.Line line, List<String> barcodes, Instant now,
                          List<CatalogEvents.Changed> told) {
        boolean renamed = false;
        String name = line.name() == null ? sku.getName() : line.name().strip();
        String category = line.category() == null ? sku.getCategory() : line.category();
        if (!name.equals(sku.getName()) || !Objects.equals(category, sku.getCategory())) {
            sku.rename(name, category);
            renamed = true;
        }
        boolean costChanged = line.unitCost() != null && (sku.getUnitCost() == null
                || line.unitCost().compareTo(sku.getUnitCost()) != 0);
        if (costChanged) {
            sku.setUnitCost(line.unitCost());
        }
        List<SkuBarcode> heldBarcodes = em.createNamedQuery(SkuBarcode.OF_SKUS, SkuBarcode.class)
                .setParameter("skus", List.of(sku)).getResultList();
        List<String> held = heldBarcodes.stream().map(SkuBarcode::getCode).toList();
        boolean barcodesChanged = barcodes != null && !new HashSet<>(barcodes).equals(new HashSet<>(held));
        if (barcodesChanged) {
            heldBarcodes.stream().filter(b -> !barcodes.contains(b.getCode())).forEach(em::remove);
            barcodes.stream().filter(code -> !held.contains(code))
                    .forEach(code -> em.persist(new SkuBarcode(sku, code, now)));
        }
        if (renamed || barcodesChanged) {
            told.add(new CatalogEvents.Changed(sku, barcodesChanged ? barcodes : held));
        }
        return renamed || barcodesChanged || costChanged;
    }

    private List<SkuView> views(List<Sku> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> barcodes = new HashMap<>();
        em.createNamedQuery(SkuBarcode.OF_SKUS, SkuBarcode.class).setParameter("skus", skus).getResultStream()
                .forEach(b -> barcodes.computeIfAbsent(b.getSku().getId(), id -> new ArrayList<>()).add(b.getCode()));
        return skus.stream().map(sku -> SkuView.of(sku, barcodes.getOrDefault(sku.getId(), List.of()))).toList();
    }

    private List<String> barcodesOf(Sku sku) {
        return em.createNamedQuery(SkuBarcode.OF_SKUS, SkuBarcode.class).setParameter("skus", List.of(sku))
                .getResultStream().map(SkuBarcode::getCode).toList();
    }

    private Optional<SkuBarcode> barcode(String stored) {
        return em.createNamedQuery(SkuBarcode.FIND_BY_CODE, SkuBarcode.class).setParameter("code", stored)
                .getResultStream().findFirst();
    }

    private Sku require(String code) {
        return find(code).orElseThrow(() -> unknownSku(code));
    }

    private Sku locked(String code) {
        Sku sku = require(code);
        em.lock(sku, LockModeType.PESSIMISTIC_WRITE);
        return sku;
    }

    private static String gtin(String barcode) {
        try {
            return Gtin.normalise(barcode);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-barcode", e.getMessage());
        }
    }

    private static Refusal barcodeTaken(String barcode, String owner) {
        return new Refusal(Refusal.Kind.CONFLICT, "barcode-taken", "barcode " + barcode + " is SKU " + owner
                + "'s; a barcode finds one SKU");
    }

    private static Refusal unknownSku(String code) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + code);
    }
}
