package org.deepdrill.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.deepdrill.store.DataFolders;

/**
 * The class-data-sharing archive that makes the app's second and later starts fast: the JVM
 * maps the classes it loaded last time from one file instead of reading, parsing and verifying
 * some 6,000 of them from 50 jars again (JDK 19's {@code -XX:+AutoCreateSharedArchive}, done by
 * hand for JDK 17).
 *
 * <p>An archive fits exactly one class path and one JVM build, so its name carries a
 * fingerprint of both ({@link #fingerprint}); a rebuilt jar or a new JDK simply gets a new
 * archive and the old one is deleted. The JVM checks the class path again itself and ignores
 * an archive that does not match, so a wrong guess here costs speed, never correctness.
 *
 * <p>What runs on every start ({@link #file}, {@link #exists}, {@link #fingerprint},
 * {@link #folder}) uses {@code java.io.File}, which the JVM has loaded already; the NIO file
 * system classes are used only for the rare writes.
 */
final class StartupArchive {
    private static final String PREFIX = "startup-";
    private static final String SUFFIX = ".jsa";
    private static final String PENDING = ".pending-";

    private final File folder;
    private final String fingerprint;

    StartupArchive(File folder, String fingerprint) {
        this.folder = folder;
        this.fingerprint = fingerprint;
    }

    /** The archive for this class path and JVM, which may not exist yet. */
    File file() {
        return new File(folder, PREFIX + fingerprint + SUFFIX);
    }

    boolean exists() {
        return file().isFile();
    }

    /** Where a run that creates the archive writes it: unique, so two first starts do not collide. */
    File pendingFile(long pid) {
        return new File(folder, PREFIX + fingerprint + SUFFIX + PENDING + pid);
    }

    /**
     * Makes the folder, so the JVM can write a pending archive into it, and deletes pending
     * archives of runs that are no longer alive (killed before they could finish). False if
     * the folder cannot be made.
     */
    boolean prepareFolder() {
        Path dir = folder.toPath();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
        try (DirectoryStream<Path> pending = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX + PENDING + "*")) {
            for (Path p : pending) {
                if (!isAlive(pendingOwner(p.getFileName().toString()))) {
                    discard(p.toFile());
                }
            }
        } catch (IOException | SecurityException e) {
            // an old pending file only takes disk space
        }
        return Files.isWritable(dir);
    }

    /** The process id a pending archive's name ends in, or -1. */
    static long pendingOwner(String fileName) {
        int at = fileName.lastIndexOf(PENDING);
        try {
            return at < 0 ? -1 : Long.parseLong(fileName.substring(at + PENDING.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isAlive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Puts a finished pending archive in place and deletes archives of other class paths.
     * Best effort: a failure leaves the next start as slow as this one, nothing worse.
     */
    void promote(File pending) {
        if (!pending.isFile()) {
            return;
        }
        Path target = file().toPath();
        try {
            try {
                Files.move(pending.toPath(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            discard(pending);
            return;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder.toPath(), PREFIX + "*" + SUFFIX)) {
            for (Path p : old) {
                if (!p.equals(target)) {
                    discard(p.toFile());
                }
            }
        } catch (IOException | SecurityException e) {
            // an old archive left behind only takes disk space
        }
    }

    /** Deletes a file if it can (the JVM writes archives read-only, which Windows will not delete). */
    static void discard(File f) {
        try {
            f.setWritable(true);
            Files.deleteIfExists(f.toPath());
        } catch (IOException | SecurityException e) {
            // nothing more to do
        }
    }

    /**
     * A short hex fingerprint of the JVM and of every class-path entry's path, size and
     * modification time: what the JVM itself compares before it uses an archive.
     */
    static String fingerprint(String jvm, List<File> classPath) {
        StringBuilder s = new StringBuilder(jvm);
        for (File f : classPath) {
            s.append('|').append(f.getAbsolutePath()).append(':').append(f.length()).append(':').append(f.lastModified());
        }
        CRC32 crc = new CRC32();
        crc.update(s.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /**
     * The per-user cache folder, {@link DataFolders#cache}: {@code <deepdrill.data>/cache} when
     * that property is set (tests, portable installs), else the platform's cache location.
     */
    static File folder(String dataFolder, String osName, String home, Map<String, String> env) {
        return DataFolders.cache(dataFolder, osName, home, env);
    }
}
