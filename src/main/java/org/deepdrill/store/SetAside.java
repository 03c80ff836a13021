package org.deepdrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Moves a progress file the app cannot use out of the way, unchanged, so a fresh one can start
 * in its place and nothing the student did is ever deleted: {@code progress.db} becomes
 * {@code progress.db.corrupt-20250314-093005} (or {@code .newer-…}).
 */
final class SetAside {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * SQLite's companion files. They belong to the database beside them (a hot journal or WAL
     * would be replayed into whatever file next bears the name), so they move with it, keeping
     * their suffix after the new name as SQLite expects.
     */
    private static final List<String> COMPANIONS = List.of("-journal", "-wal", "-shm");

    private SetAside() {
    }

    /** Moves {@code file} (and its companions) aside as {@code <name>.<kind>-<stamp>}; returns the new path. */
    static Path move(Path file, String kind, LocalDateTime now) throws IOException {
        String base = file.getFileName() + "." + kind + "-" + STAMP.format(now);
        Path target = file.resolveSibling(base);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n); // two set-asides in the same second
        }
        Files.move(file, target);
        for (String suffix : COMPANIONS) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        return target;
    }
}
