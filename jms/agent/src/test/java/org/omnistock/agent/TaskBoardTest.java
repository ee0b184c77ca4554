package org.omnistock.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omnistock.messages.fulfilment.FulfilmentTask;

class TaskBoardTest {

    @TempDir
    Path data;

    private static FulfilmentTask task(FulfilmentTask.Kind kind, String reason) {
        return new FulfilmentTask(1, "e-" + kind, kind, "O1-1", "O1", "WEB", "S001", "SHIP",
                List.of(new FulfilmentTask.Line(1, "TEE", 2)), null, null, null, null, reason,
                Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void theLatestTaskOfAFulfilmentWinsAndTheStepsReportedAreKeptAcrossARestart() throws Exception {
        TaskBoard board = new TaskBoard(data);
        board.apply(task(FulfilmentTask.Kind.FULFIL, null));
        assertNull(board.all().get(0).lastStep());
        board.reported("O1-1", "ACCEPT");
        board.reported("O9-9", "ACCEPT");
        board.apply(task(FulfilmentTask.Kind.CANCEL, "the customer cancelled"));

        TaskBoard reopened = new TaskBoard(data);

        assertEquals(1, reopened.all().size(), "one fulfilment, one entry; a step of an unknown one is not kept");
        assertEquals(FulfilmentTask.Kind.CANCEL, reopened.all().get(0).task().kind());
        assertEquals("ACCEPT", reopened.all().get(0).lastStep());
        assertTrue(reopened.knows("O1-1"));
        assertFalse(reopened.knows("O9-9"));
    }
}
