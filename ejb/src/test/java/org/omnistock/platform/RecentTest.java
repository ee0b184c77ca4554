package org.omnistock.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecentTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final Recent<Integer> recent = new Recent<>();

    @Test
    void aValueIsReadOnceAndAgainOnlyAfterAChange() {
        assertEquals(1, recent.get(reads::incrementAndGet));
        assertEquals(1, recent.get(reads::incrementAndGet));

        recent.forget();

        assertEquals(2, recent.get(reads::incrementAndGet));
        assertEquals(2, recent.get(reads::incrementAndGet));
    }

    @Test
    void aValueReadWhileAChangeCommittedIsUsedOnceButNotKept() {
        int readDuringTheChange = recent.get(() -> {
            recent.forget();
            return reads.incrementAndGet();
        });

        assertEquals(1, readDuringTheChange, "the caller that read it uses it");
        assertEquals(2, recent.get(reads::incrementAndGet), "the next request reads what the change committed");
        assertEquals(2, recent.get(reads::incrementAndGet));
    }
}
