package org.omnistock.storedvalue.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A caller's wrong gift card codes, as {@link org.omnistock.storedvalue.control.Lockout} counts them. */
@Entity
@Table(name = "stored_value_lockout")
public class CodeLockout {

    @Id
    @Column(name = "caller_id", length = 100)
    private String callerId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected CodeLockout() {
    }

    public CodeLockout(String callerId) {
        this.callerId = callerId;
    }

    public void count(int failures, Instant windowStart, Instant lockedUntil) {
        this.failures = failures;
        this.windowStart = windowStart;
        this.lockedUntil = lockedUntil;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
