package org.omnistock.storedvalue.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.view.Messages;
import org.omnistock.storedvalue.boundary.CardChange;
import org.omnistock.storedvalue.boundary.CardView;
import org.omnistock.storedvalue.boundary.CodeCheck;
import org.omnistock.storedvalue.boundary.StoredValue;

/**
 * Backs storedvalue/gift-cards.xhtml: cards found by the last four of their code (or the newest), one card's
 * balance and history, found by its number or by the code a customer hands over, blocked or unblocked with a
 * reason; what all cards hold together. The search and the card shown live in the URL.
 */
@Named
@ViewScoped
public class GiftCardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StoredValue storedValue;

    private String lastFour;
    private Long card;
    private String code;
    private String reason;
    private List<CardView> cards;
    private CardView shown;
    private BigDecimal outstanding;

    public void load() {
        cards = Messages.attempt(() -> storedValue.find(lastFour));
        outstanding = Messages.attempt(storedValue::outstanding);
        if (card != null) {
            shown = Messages.attempt(() -> storedValue.card(card));
        }
    }

    public String search() {
        return "/storedvalue/gift-cards?faces-redirect=true&includeViewParams=true";
    }

    /** The card a customer's code names, with its history; a wrong code counts against the user. */
    public String check() {
        CardView found = Messages.attempt(() -> storedValue.balance(new CodeCheck(code)));
        code = null;
        if (found == null) {
            return null;
        }
        card = found.id();
        lastFour = null;
        return search();
    }

    public void block() {
        change(() -> storedValue.block(shown.id(), new CardChange(reason, null)), "blocked");
    }

    public void unblock() {
        change(() -> storedValue.unblock(shown.id(), new CardChange(reason, null)), "unblocked");
    }

    private void change(java.util.function.Supplier<CardView> action, String done) {
        CardView changed = Messages.attempt(action);
        if (changed != null) {
            shown = changed;
            reason = null;
            Messages.info("Card " + changed.id() + " " + done + ".");
            cards = storedValue.find(lastFour);
        }
    }

    public List<CardView> getCards() {
        return cards;
    }

    public CardView getShown() {
        return shown;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }

    public String getLastFour() {
        return lastFour;
    }

    public void setLastFour(String lastFour) {
        this.lastFour = lastFour;
    }

    public Long getCard() {
        return card;
    }

    public void setCard(Long card) {
        this.card = card;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
