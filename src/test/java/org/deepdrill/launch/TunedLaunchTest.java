package org.deepdrill.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedLaunchTest {
    @TempDir
    Path dir;

    private static final File JAVA = new File("/jdk/bin/java");

    @Test
    void theSecondJvmGetsTheTuningThenTheArchiveThenTheUsersOwnPropertiesThenTheJar() {
        File jar = dir.resolve("deepdrill.jar").toFile();
        File archive = dir.resolve("startup-1a2b.jsa").toFile();

        List<String> c = TunedLaunch.command(JAVA, jar, List.of("-Ddeepdrill.start=shuffled", "-Xmx2g"), archive, null);

        List<String> expected = new ArrayList<>();
        expected.add("/jdk/bin/java");
        expected.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:MetaspaceSize=128m", "-Xshare:auto", "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        expected.add("-XX:SharedArchiveFile=" + archive.getPath());
        expected.add("-Ddeepdrill.tuned=true");
        expected.addAll(List.of("-Ddeepdrill.start=shuffled", "-Xmx2g", "-jar", jar.getAbsolutePath()));
        assertEquals(expected, c);
    }

    @Test
    void aFirstRunWritesTheArchive() {
        File jar = dir.resolve("deepdrill.jar").toFile();
        File pending = dir.resolve("startup-1a2b.jsa.pending-42").toFile();

        List<String> c = TunedLaunch.command(JAVA, jar, List.of(), null, pending);

        assertTrue(c.contains("-XX:ArchiveClassesAtExit=" + pending.getPath()), c.toString());
        assertFalse(c.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), c.toString());
        assertEquals(List.of("-jar", jar.getAbsolutePath()), c.subList(c.size() - 2, c.size()));
    }

    @Test
    void withNoFolderForAnArchiveTheSecondJvmStillGetsTheTuning() {
        List<String> c = TunedLaunch.command(JAVA, dir.resolve("d.jar").toFile(), List.of(), null, null);
        assertTrue(c.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(c.stream().anyMatch(a -> a.contains("SharedArchiveFile") || a.contains("ArchiveClassesAtExit")), c.toString());
    }

    @Test
    void onlySystemPropertiesAndHeapSizesAreTakenOverByTheSecondJvm() {
        assertTrue(TunedLaunch.onlyPlainOptions(List.of()));
        assertTrue(TunedLaunch.onlyPlainOptions(List.of("-Ddeepdrill.data=/tmp/x", "-Xmx2g", "-Xms256m")));
        // a debugger agent would open its port twice; a collector of the user's own would conflict with ours
        assertFalse(TunedLaunch.onlyPlainOptions(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")));
        assertFalse(TunedLaunch.onlyPlainOptions(List.of("-Dx=1", "-XX:+UseG1GC")));
        assertFalse(TunedLaunch.onlyPlainOptions(List.of("-javaagent:profiler.jar")));
        // a JVM that was tuned already is never relaunched again
        assertFalse(TunedLaunch.onlyPlainOptions(List.of("-Ddeepdrill.tuned=true")));
    }

    @Test
    void onlyAClassPathOfOneExistingJarIsRelaunched() throws IOException {
        Path jar = Files.createFile(dir.resolve("deepdrill.jar"));
        assertEquals(Optional.of(jar.toFile()), TunedLaunch.launchedJar(jar.toString()));
        assertEquals(Optional.empty(), TunedLaunch.launchedJar(dir.resolve("missing.jar").toString()));
        assertEquals(Optional.empty(), TunedLaunch.launchedJar("target/classes"));
        assertEquals(Optional.empty(), TunedLaunch.launchedJar(jar + File.pathSeparator + "other.jar"));
        assertEquals(Optional.empty(), TunedLaunch.launchedJar(""));
    }

    @Test
    void onlyHotSpotGetsHotSpotsFlags() {
        assertTrue(TunedLaunch.isHotSpot("OpenJDK 64-Bit Server VM"));
        assertTrue(TunedLaunch.isHotSpot("Java HotSpot(TM) 64-Bit Server VM"));
        assertFalse(TunedLaunch.isHotSpot("Eclipse OpenJ9 VM"));
    }

    @Test
    void linuxsCommandLineRecordIsSplitAtItsNulBytes() {
        byte[] raw = "java\0-Dtitle=a b\0-jar\0target/deepdrill.jar\0".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("java", "-Dtitle=a b", "-jar", "target/deepdrill.jar"), TunedLaunch.splitAtNul(raw));
        assertEquals(List.of("java", "x"), TunedLaunch.splitAtNul("java\0x".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theClassPathIsTheJarAndTheJarsItsManifestNames() throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, "libs/a.jar libs/b-1.0.jar");
        File jar = dir.resolve("app.jar").toFile();
        // the manifest is all this jar needs
        OutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()), m);
        out.close();

        List<File> cp = TunedLaunch.classPath(jar);

        assertEquals(List.of(jar, new File(dir.toFile(), "libs/a.jar"), new File(dir.toFile(), "libs/b-1.0.jar")), cp);
    }

    @Test
    void aJarWithoutAClassPathIsItsOwnClassPath() throws IOException {
        File notAJar = Files.writeString(dir.resolve("plain.jar"), "not a zip").toFile();
        assertEquals(List.of(notAJar), TunedLaunch.classPath(notAJar));
    }
}
