package org.omnistock.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import javax.naming.InitialContext;

import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The claim that runs a scheduled job on one server per period, on the server's real database. Several servers
 * asking at once are several threads here: each claim is its own transaction on the job's row, as it is across
 * servers.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledRunsIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "scheduled-runs-it.war")
                .addClasses(ScheduledRuns.class, Servers.class, Clocks.class, InstantConverter.class,
                        ScheduledJobRows.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    ScheduledRuns runs;

    @Inject
    ScheduledJobRows rows;

    @Test
    void aJobRunsOncePerPeriodHoweverManyServersAsk() throws Exception {
        String job = "it-" + UUID.randomUUID().toString().substring(0, 8);
        rows.add(job);

        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<Boolean>> asking = new ArrayList<>();
        for (int server = 0; server < 8; server++) {
            asking.add(executor.submit(() -> runs.claim(job, Duration.ofHours(1))));
        }
        int claimed = 0;
        for (Future<Boolean> answer : asking) {
            claimed += answer.get() ? 1 : 0;
        }
        assertEquals(1, claimed, "one of eight servers asking at once runs the job");
        assertFalse(runs.claim(job, Duration.ofHours(1)), "nor again in the same period");
    }

    @Test
    void theNextPeriodIsClaimedAgain() throws Exception {
        String job = "it-" + UUID.randomUUID().toString().substring(0, 8);
        rows.add(job);
        Duration period = Duration.ofMillis(200);

        assertTrue(runs.claim(job, period));
        assertFalse(runs.claim(job, period));
        Thread.sleep(150);
        assertTrue(runs.claim(job, period), "half a period later, the next run");
    }

    @Test
    void aJobWithoutItsRowIsAnErrorNotASilentSkip() {
        EJBException error = assertThrows(EJBException.class,
                () -> runs.claim("no-such-job", Duration.ofMinutes(1)));
        assertTrue(String.valueOf(error.getCause()).contains("no row in scheduled_run"), String.valueOf(error));
    }
}
