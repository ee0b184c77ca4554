package org.omnistock.books.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One account's side of an entry, at a location (the stock accounts are per location). */
@Entity
@Table(name = "journal_line")
public class JournalLine {

    @Id
    @SequenceGenerator(name = "journal_line_id", sequenceName = "journal_line_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_line_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private JournalEntry entry;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "account_number", nullable = false, length = 16)
    private String account;

    @Column(name = "location_code", length = 32)
    private String location;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal debit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal credit;

    protected JournalLine() {
    }

    JournalLine(JournalEntry entry, int lineNo, String account, String location, BigDecimal debit,
                BigDecimal credit) {
        this.entry = entry;
        this.lineNo = lineNo;
        this.account = account;
        this.location = location;
        this.debit = debit;
        this.credit = credit;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getAccount() {
        return account;
    }

    public String getLocation() {
        return location;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }
}
