package org.omnistock.books.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one journal entry, checked before anything is written (docs/erp.md, "the books"): every amount at the
 * currency's digits and on one side only, at least two lines, and the debits equal to the credits. An entry that
 * does not balance is a bug: {@link #balanced} throws, and the transaction that made the change it describes (the
 * sale, the receipt) rolls back with it. Entries are never changed; {@link #reversed} is how one is undone.
 *
 * @param lines  in the order they were added
 * @param digits the currency's minor-unit digits
 */
public record EntryLines(List<Line> lines, int digits) {

    /** One account's side of the entry: a debit or a credit, the other side zero. */
    public record Line(String account, BigDecimal debit, BigDecimal credit) {
    }

    /** An entry that would not balance, or with an amount that is not money: a bug, never a warning. */
    public static final class Unbalanced extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Unbalanced(String message) {
            super(message);
        }
    }

    public EntryLines {
        lines = List.copyOf(lines);
    }

    /** Starts an entry in a currency with these digits. */
    public static EntryLines in(int digits) {
        return new EntryLines(List.of(), digits);
    }

    public EntryLines debit(String account, BigDecimal amount) {
        return with(account, amount, true);
    }

    public EntryLines credit(String account, BigDecimal amount) {
        return with(account, amount, false);
    }

    /**
     * A signed amount on one account: positive is a debit, negative a credit (a stock account's change, a cost of
     * goods that may come out negative), nothing for zero.
     */
    public EntryLines signed(String account, BigDecimal amount) {
        int sign = amount.signum();
        return sign == 0 ? this : sign > 0 ? debit(account, amount) : credit(account, amount.negate());
    }

    /** The same lines, checked: throws {@link Unbalanced} unless they may be posted. */
    public EntryLines balanced() {
        if (lines.size() < 2) {
            throw new Unbalanced("an entry needs two lines at least, not " + lines.size());
        }
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (Line line : lines) {
            for (BigDecimal amount : List.of(line.debit(), line.credit())) {
                if (amount.signum() < 0 || amount.scale() > digits) {
                    throw new Unbalanced("a line of " + line.account() + " has " + amount + ": amounts are positive, at "
                            + digits + " digits");
                }
            }
            if (line.debit().signum() > 0 == line.credit().signum() > 0) {
                throw new Unbalanced("a line of " + line.account() + " is on both sides or on none");
            }
            debits = debits.add(line.debit());
            credits = credits.add(line.credit());
        }
        if (debits.compareTo(credits) != 0) {
            throw new Unbalanced("debits " + debits + " and credits " + credits + " differ by "
                    + debits.subtract(credits) + ": " + lines);
        }
        return this;
    }

    /** The entry that undoes this one: every line with its sides swapped. */
    public EntryLines reversed() {
        List<Line> swapped = new ArrayList<>();
        for (Line line : lines) {
            swapped.add(new Line(line.account(), line.credit(), line.debit()));
        }
        return new EntryLines(swapped, digits).balanced();
    }

    private EntryLines with(String account, BigDecimal amount, boolean debit) {
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        List<Line> more = new ArrayList<>(lines);
        more.add(new Line(account, debit ? amount : zero, debit ? zero : amount));
        return new EntryLines(more, digits);
    }
}
