package org.omnistock.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** How the agent replaces a file: a whole new copy, forced to disk, renamed over the old, so a crash leaves one. */
final class DurableFile {

    private DurableFile() {
    }

    /**
     * @param what what the file holds, for the error
     * @throws UncheckedIOException if it could not be written; the old content stays
     */
    static void replace(Path file, String content, String what) {
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                out.force(false);
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be written", e);
        }
    }
}
