package org.omnistock.books.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.books.boundary.Books;
import org.omnistock.books.boundary.EntryView;
import org.omnistock.books.boundary.TrialBalance;
import org.omnistock.platform.view.Messages;

/**
 * Backs books/journal.xhtml: the trial balance of a period (days, UTC) at a location or of the whole business, and
 * its latest entries with their lines, or the entries of one document. Filters live in the URL.
 */
@Named
@ViewScoped
public class BooksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most entries the page lists. */
    private static final int ENTRIES = 200;

    @Inject
    Books books;

    private String location;
    private LocalDate from;
    private LocalDate to;
    private String documentType;
    private String documentId;
    private TrialBalance trialBalance;
    private List<EntryView> entries;

    public void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (from == null) {
            from = today.withDayOfMonth(1);
        }
        if (to == null) {
            to = today;
        }
        String at = location == null || location.isBlank() ? null : location.strip();
        var start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        var end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        trialBalance = Messages.attempt(() -> books.trialBalance(start, end, at));
        if (trialBalance == null) {
            return;
        }
        entries = documentType != null && documentId != null ? books.entriesOf(documentType, documentId)
                : books.recent(start, end, at, ENTRIES);
    }

    public String show() {
        return "/books/journal?faces-redirect=true&includeViewParams=true";
    }

    /** An entry's lines in one line of text: account, debit or credit, location where it differs. */
    public String lines(EntryView entry) {
        StringBuilder text = new StringBuilder();
        for (EntryView.LineView line : entry.lines()) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(line.account()).append(' ').append(line.accountName())
                    .append(line.debit().signum() > 0 ? " Dr " + line.debit().toPlainString()
                            : " Cr " + line.credit().toPlainString());
            if (line.location() != null && !line.location().equals(entry.location())) {
                text.append(" (").append(line.location()).append(')');
            }
        }
        return text.toString();
    }

    /** The document part of an entry's {@code type/id}, split for the link that lists its entries. */
    public String typeOf(EntryView entry) {
        return entry.document().substring(0, entry.document().indexOf('/'));
    }

    public String idOf(EntryView entry) {
        return entry.document().substring(entry.document().indexOf('/') + 1);
    }

    public TrialBalance getTrialBalance() {
        return trialBalance;
    }

    public List<EntryView> getEntries() {
        return entries;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }
}
