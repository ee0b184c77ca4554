package org.omnistock.replenishment.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.view.Messages;
import org.omnistock.replenishment.boundary.MoveAcceptance;
import org.omnistock.replenishment.boundary.MoveSuggestion;
import org.omnistock.replenishment.boundary.MoveTerms;
import org.omnistock.replenishment.boundary.StockMoves;
import org.omnistock.replenishment.control.StockBalancer;
import org.omnistock.stock.boundary.TransferView;

/**
 * Backs replenishment/moves.xhtml: the moves of stock suggested between stores or from warehouses, each accepted
 * with one click as a transfer. Filters and terms live in the URL.
 */
@Named
@ViewScoped
public class MovesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockMoves moves;

    private StockBalancer.Source source = StockBalancer.Source.STORES;
    private String category;
    private String location;
    private Integer targetCoverDays;
    private Integer leadTimeDays;
    private Integer maxDistanceKm;
    private List<MoveSuggestion> suggestions;

    public void load() {
        MoveTerms defaults = MoveTerms.defaults(source);
        targetCoverDays = targetCoverDays == null ? defaults.targetCoverDays() : targetCoverDays;
        leadTimeDays = leadTimeDays == null ? defaults.leadTimeDays() : leadTimeDays;
        maxDistanceKm = maxDistanceKm == null ? defaults.maxDistanceKm() : maxDistanceKm;
        suggestions = Messages.attempt(() -> moves.suggest(terms(), category, null, location));
    }

    public String show() {
        return "/replenishment/moves?faces-redirect=true&includeViewParams=true";
    }

    /** Ships the move as a transfer, and works the suggestions out again (the move is then no longer one). */
    public void accept(MoveSuggestion move) {
        TransferView transfer = Messages.attempt(() -> moves.accept(new MoveAcceptance(move.sku(),
                move.fromLocationId(), move.toLocationId(), terms())));
        if (transfer != null) {
            Messages.info("Transfer " + transfer.reference() + ": " + transfer.quantity() + " x " + transfer.sku()
                    + " from " + transfer.fromLocationId() + " to " + transfer.toLocationId()
                    + (transfer.replayed() ? " (accepted before)" : " shipped"));
        }
        load();
    }

    private MoveTerms terms() {
        return new MoveTerms(source, targetCoverDays, leadTimeDays, maxDistanceKm);
    }

    public StockBalancer.Source[] getSources() {
        return StockBalancer.Source.values();
    }

    /** Days as a whole number, a dash where the location does not sell the SKU. */
    public String days(Double days) {
        return days == null ? "–" : String.valueOf(Math.round(Math.floor(days)));
    }

    public String km(double distance) {
        return String.valueOf(Math.round(distance));
    }

    public List<MoveSuggestion> getSuggestions() {
        return suggestions;
    }

    public StockBalancer.Source getSource() {
        return source;
    }

    public void setSource(StockBalancer.Source source) {
        this.source = source;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getTargetCoverDays() {
        return targetCoverDays;
    }

    public void setTargetCoverDays(Integer targetCoverDays) {
        this.targetCoverDays = targetCoverDays;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public Integer getMaxDistanceKm() {
        return maxDistanceKm;
    }

    public void setMaxDistanceKm(Integer maxDistanceKm) {
        this.maxDistanceKm = maxDistanceKm;
    }
}
