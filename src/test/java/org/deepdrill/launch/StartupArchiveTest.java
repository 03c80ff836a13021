package org.deepdrill.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theCacheFolderFollowsEachPlatformsConventionAndTheDataFolderProperty() {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", "/xdg", "LOCALAPPDATA", "C:\\Users\\u\\AppData\\Local");
        Map<String, String> none = Map.of();
        assertEquals(new File("/data/cache"), StartupArchive.folder("/data", "Linux", "/home/u", env));
        assertEquals(new File("/xdg/deepdrill"), StartupArchive.folder(null, "Linux", "/home/u", env));
        assertEquals(new File("/home/u/.cache/deepdrill"), StartupArchive.folder(null, "Linux", "/home/u", none));
        // XDG: a relative XDG_CACHE_HOME is invalid and ignored
        assertEquals(new File("/home/u/.cache/deepdrill"),
                StartupArchive.folder(null, "Linux", "/home/u", Map.of("XDG_CACHE_HOME", "rel")));
        assertEquals(new File("/home/u/Library/Caches/DeepDrill"), StartupArchive.folder(null, "Mac OS X", "/home/u", env));
        assertEquals(new File(new File("C:\\Users\\u\\AppData\\Local"), "DeepDrill/cache"),
                StartupArchive.folder(null, "Windows 11", "/home/u", env));
    }

    @Test
    void anEmptyDataFolderPropertyMeansTheUsualCacheFolder() {
        // what `mvn javafx:run` passes when -Ddeepdrill.data is not given (the pom's empty default)
        assertEquals(new File("/home/u/.cache/deepdrill"), StartupArchive.folder("", "Linux", "/home/u", Map.<String, String>of()));
    }

    @Test
    void theFingerprintChangesWhenAJarIsRebuiltOrTheJvmChangesAndOnlyThen() throws IOException {
        File a = Files.writeString(dir.resolve("a.jar"), "one").toFile();
        File b = Files.writeString(dir.resolve("b.jar"), "two").toFile();
        String before = StartupArchive.fingerprint("17.0.15", List.of(a, b));

        assertEquals(before, StartupArchive.fingerprint("17.0.15", List.of(a, b)));
        assertNotEquals(before, StartupArchive.fingerprint("17.0.16", List.of(a, b)));
        assertNotEquals(before, StartupArchive.fingerprint("17.0.15", List.of(b, a)));

        Files.writeString(b.toPath(), "three"); // a different size
        assertNotEquals(before, StartupArchive.fingerprint("17.0.15", List.of(a, b)));
        Files.writeString(b.toPath(), "two");
        Files.setLastModifiedTime(b.toPath(), FileTime.fromMillis(b.lastModified() + 60_000)); // same size, rebuilt later
        assertNotEquals(before, StartupArchive.fingerprint("17.0.15", List.of(a, b)));
    }

    @Test
    void aFinishedArchiveReplacesTheArchivesOfOlderBuildsAndLeavesOtherFilesAlone() throws IOException {
        File folder = dir.toFile();
        Files.writeString(dir.resolve("startup-old.jsa"), "old build");
        Files.writeString(dir.resolve("settings.properties"), "dark=true");
        StartupArchive archive = new StartupArchive(folder, "new");
        File pending = archive.pendingFile(42);
        Files.writeString(pending.toPath(), "classes");

        archive.promote(pending);

        assertTrue(archive.exists());
        assertEquals("classes", Files.readString(archive.file().toPath()));
        assertFalse(pending.exists());
        assertFalse(Files.exists(dir.resolve("startup-old.jsa")));
        assertTrue(Files.exists(dir.resolve("settings.properties")));
    }

    @Test
    void pendingArchivesOfRunsThatDiedAreDeletedButNotThoseOfARunStillGoing() throws IOException {
        StartupArchive archive = new StartupArchive(dir.resolve("cache").toFile(), "fp");
        assertTrue(archive.prepareFolder(), "the folder is made");
        long alive = ProcessHandle.current().pid();
        File ours = archive.pendingFile(alive);
        File dead = archive.pendingFile(Long.MAX_VALUE);   // no process has this id
        Files.writeString(ours.toPath(), "being written");
        Files.writeString(dead.toPath(), "left by a crash");

        assertTrue(archive.prepareFolder());

        assertTrue(ours.exists());
        assertFalse(dead.exists());
        assertFalse(archive.exists(), "a pending archive is not an archive");
    }

    @Test
    void thePendingFileNamesTheProcessWritingIt() {
        assertEquals(4711, StartupArchive.pendingOwner("startup-fp.jsa.pending-4711"));
        assertEquals(-1, StartupArchive.pendingOwner("startup-fp.jsa"));
        assertEquals(-1, StartupArchive.pendingOwner("startup-fp.jsa.pending-x"));
    }

    @Test
    void aMissingPendingArchiveChangesNothing() throws IOException {
        Files.writeString(dir.resolve("startup-kept.jsa"), "kept");
        new StartupArchive(dir.toFile(), "kept").promote(dir.resolve("startup-kept.jsa.pending-1").toFile());
        assertEquals("kept", Files.readString(dir.resolve("startup-kept.jsa")));
    }
}
