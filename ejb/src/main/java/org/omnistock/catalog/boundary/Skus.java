package org.omnistock.catalog.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;

/** Creates and finds SKUs. Other capabilities resolve SKU codes here. */
@Stateless
public class Skus {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

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
        return SkuView.of(sku);
    }

    /** Sets what a unit costs the retailer from now on (sales already counted keep their cost); null to forget it. */
    public SkuView setUnitCost(String code, @NotNull @Valid UnitCost unitCost) {
        access.require(Scopes.CATALOG_WRITE);
        Sku sku = find(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + code));
        sku.setUnitCost(unitCost.unitCost());
        return SkuView.of(sku);
    }

    /** Every category a SKU is in, by name. */
    public List<String> categories() {
        access.require(Scopes.READ);
        return em.createNamedQuery(Sku.CATEGORIES, String.class).getResultList();
    }

    public Optional<SkuView> findByCode(String code) {
        access.require(Scopes.READ);
        return find(code).map(SkuView::of);
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
        List<SkuView> items = em.createNamedQuery(Sku.FIND_MATCHING, Sku.class).setParameter("pattern", pattern)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size)
                .getResultStream().map(SkuView::of).toList();
        long total = em.createNamedQuery(Sku.COUNT_MATCHING, Long.class).setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }
}
