package org.omnistock.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform server's CPU time (user and system), read from {@code /proc/<pid>/stat}: what a benchmark's
 * transactions cost the server, background work included (the outbox relay, the day's folds). The pid is
 * {@code -Dserver.pid}, or the one the build's server wrote at the head of its messages.log (a platform started
 * with the README's command from this directory). Where neither is found (another machine, another system) the
 * benchmarks print their figures without it.
 */
final class ServerCpu {

    private static final Path MESSAGES = Path.of("liberty-config/server/target/liberty/wlp/usr/servers/omnistock/logs"
            + "/messages.log");
    private static final Pattern PROCESS = Pattern.compile("process = (\\d+)@");
    /** {@code getconf CLK_TCK} on Linux, for all but exotic kernels. */
    private static final double TICKS_PER_SECOND = 100;

    private final Path stat;

    private ServerCpu(Path stat) {
        this.stat = stat;
    }

    static Optional<ServerCpu> find() {
        String pid = System.getProperty("server.pid");
        if (pid == null && Files.isReadable(MESSAGES)) {
            try (var lines = Files.lines(MESSAGES)) {
                pid = lines.limit(40).map(PROCESS::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                        .orElse(null);
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                pid = null;
            }
        }
        Path stat = pid == null ? null : Path.of("/proc", pid, "stat");
        return stat != null && Files.isReadable(stat) ? Optional.of(new ServerCpu(stat)) : Optional.empty();
    }

    /** CPU seconds the server has used since it started. */
    double seconds() {
        try {
            String line = Files.readString(stat);
            // The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "; server CPU x ms per <what>" over a run, or nothing where the server's CPU cannot be read. */
    static String per(Optional<ServerCpu> cpu, double secondsBefore, long count, String what) {
        return cpu.map(c -> String.format("; server CPU %.2f ms per %s", (c.seconds() - secondsBefore) * 1000 / count,
                what)).orElse("");
    }

    /** The server's CPU seconds now, or 0 where it cannot be read. */
    static double now(Optional<ServerCpu> cpu) {
        return cpu.map(ServerCpu::seconds).orElse(0.0);
    }
}
