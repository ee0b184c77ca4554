package org.omnistock.pricing.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.Refusal;

/**
 * Price files imported in the back office: validated at once (a report per line, nothing applied if any line is
 * wrong), then applied in the background, all or nothing, while the page shows the progress.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PriceImports {

    /** Finished imports are forgotten beyond this many. */
    private static final int KEPT = 50;

    private final Map<String, PriceImport> imports = new LinkedHashMap<>();

    @Inject
    Access access;

    @Inject
    PriceLists lists;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    public PriceImport submit(String priceList, String fileName, String csv) {
        access.require(Scopes.PRICES_WRITE);
        lists.findByCode(priceList).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-price-list",
                "there is no price list " + priceList));
        PriceCsv.Parsed parsed = PriceCsv.parse(csv);
        List<PriceCsv.LineProblem> problems = problems(priceList, parsed);
        PriceImport job = new PriceImport(UUID.randomUUID().toString(), priceList, fileName, parsed.prices().size(),
                clock.instant());
        if (parsed.prices().isEmpty() && problems.isEmpty()) {
            problems = List.of(new PriceCsv.LineProblem(2, null, "the file has no prices"));
        }
        remember(job);
        if (!problems.isEmpty()) {
            job.invalid(problems);
        } else {
            context.getBusinessObject(PriceImports.class).apply(job, parsed);
        }
        return job;
    }

    /**
     * Imports a file at once, for the REST API: all of it, or nothing and a refusal with one detail per wrong line.
     */
    public PricesRecorded importNow(String priceList, String csv) {
        access.require(Scopes.PRICES_WRITE);
        PriceCsv.Parsed parsed = PriceCsv.parse(csv);
        List<PriceCsv.LineProblem> problems = problems(priceList, parsed);
        if (!problems.isEmpty()) {
            throw invalidLines(problems);
        }
        try {
            return lists.record(priceList, parsed.prices());
        } catch (Refusal refusal) {
            throw refusal.details().isEmpty() ? refusal : invalidLines(lineProblems(refusal, parsed));
        }
    }

    public Optional<PriceImport> find(String id) {
        access.require(Scopes.PRICES_WRITE);
        synchronized (imports) {
            return Optional.ofNullable(imports.get(id));
        }
    }

    @Asynchronous
    public void apply(PriceImport job, PriceCsv.Parsed parsed) {
        try {
            // Checked when the file was submitted; the identity of the submitter does not follow it to this thread.
            job.done(Access.asSystem(() -> lists.record(job.getPriceList(), parsed.prices(), job::progress)));
        } catch (Refusal refusal) {
            job.failed(refusal.getMessage(), lineProblems(refusal, parsed));
        } catch (EJBException e) {
            job.failed("the import failed, nothing was applied: " + (e.getCause() == null ? e : e.getCause()),
                    List.of());
        }
    }

    /** Every wrong line of the file, by line: what cannot be read, and what the price list would refuse. */
    private List<PriceCsv.LineProblem> problems(String priceList, PriceCsv.Parsed parsed) {
        List<PriceCsv.LineProblem> problems = new ArrayList<>(parsed.problems());
        lists.problems(priceList, parsed.prices()).forEach(p -> problems.add(parsed.atLine(p)));
        problems.sort(Comparator.comparingInt(PriceCsv.LineProblem::line));
        return problems;
    }

    private static Refusal invalidLines(List<PriceCsv.LineProblem> problems) {
        return new Refusal(Refusal.Kind.INVALID, "invalid-prices", problems.size()
                + " lines are wrong; nothing was imported", problems.stream().map(problem -> new Refusal.Detail(
                "line " + problem.line(), (problem.sku() == null ? "" : problem.sku() + ": ") + problem.problem()))
                .toList());
    }

    /** The price list's refusal of prices (by their position in the batch) told by the lines of the file. */
    private static List<PriceCsv.LineProblem> lineProblems(Refusal refusal, PriceCsv.Parsed parsed) {
        List<PriceCsv.LineProblem> problems = new ArrayList<>();
        for (Refusal.Detail detail : refusal.details()) {
            int index = Integer.parseInt(detail.field().replaceAll("\\D", ""));
            problems.add(new PriceCsv.LineProblem(parsed.lines().get(index), parsed.prices().get(index).sku(),
                    detail.message()));
        }
        return problems;
    }

    private void remember(PriceImport job) {
        synchronized (imports) {
            imports.put(job.getId(), job);
            var oldest = imports.keySet().iterator();
            while (imports.size() > KEPT && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
    }
}
