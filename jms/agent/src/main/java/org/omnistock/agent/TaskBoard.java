package org.omnistock.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.fulfilment.FulfilmentTask;

/**
 * The store's work for orders, as its task queue sent it: what to fulfil, what was cancelled, which parcels for
 * pickup are on their way, and the last step the store reported of each. Kept on disk (written before the task is
 * acknowledged), so the till shows it after a restart and while the broker is away.
 */
public final class TaskBoard {

    /** One fulfilment of the store: the last task about it, and the last step reported (null if none yet). */
    public record Task(FulfilmentTask task, String lastStep) {
    }

    /** What is written to disk. */
    public record Contents(List<Task> tasks) {
    }

    private final Path file;
    private final Map<String, Task> tasks = new TreeMap<>();

    public TaskBoard(Path directory) throws IOException {
        Files.createDirectories(directory);
        file = directory.resolve("tasks.json");
        if (Files.exists(file)) {
            JsonCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), Contents.class).tasks()
                    .forEach(task -> tasks.put(task.task().fulfilmentId(), task));
        }
    }

    /** Takes a task from the queue: the latest about a fulfilment replaces the one before (a cancel, say). */
    public synchronized void apply(FulfilmentTask task) {
        Task held = tasks.get(task.fulfilmentId());
        tasks.put(task.fulfilmentId(), new Task(task, held == null ? null : held.lastStep()));
        save();
    }

    /** The store reported a step of a fulfilment (the server has it). */
    public synchronized void reported(String fulfilmentId, String step) {
        Task held = tasks.get(fulfilmentId);
        if (held != null) {
            tasks.put(fulfilmentId, new Task(held.task(), step));
            save();
        }
    }

    public synchronized boolean knows(String fulfilmentId) {
        return tasks.containsKey(fulfilmentId);
    }

    /** Every task, by fulfilment. */
    public synchronized List<Task> all() {
        return List.copyOf(tasks.values());
    }

    private void save() {
        DurableFile.replace(file, JsonCodec.toJson(new Contents(List.copyOf(tasks.values()))), "the task board");
    }
}
