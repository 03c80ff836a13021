package org.deepdrill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/deepdrill.jar}, run as a separate process the way the README tells
 * a new user to: the manifest finds its libraries, stdout is JSON and stderr stays silent
 * (no ND4J log noise).
 */
class PackagedJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int status, String out, String err) {
    }

    static Result jar(String stdin, String... args) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command(List.of(), args)), stdin);
    }

    /** {@code java <jvmOptions> -jar target/deepdrill.jar <args>}, with this JVM's {@code java}. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", Path.of("target", "deepdrill.jar").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code pb}, gives it {@code stdin}, and waits for it to end. */
    static Result run(ProcessBuilder pb, String stdin) throws IOException, InterruptedException {
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void computeFromStandardInputPrintsJsonAndNothingOnStderr() throws Exception {
        // 000 Q7: the Laplacian of nodes 1..5 with edges (1,5), (1,3), (2,3), (2,5), (3,4); degrees 2, 2, 3, 1, 2
        Result r = jar("{\"op\": \"graph\", \"args\": {\"nodes\": [1, 2, 3, 4, 5],"
                + " \"edges\": [[1, 5], [1, 3], [2, 3], [2, 5], [3, 4]]}}", "compute", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        JsonNode l = JSON.readTree(r.out()).at("/result/laplacian");
        assertEquals("[[2.0,0.0,-1.0,0.0,-1.0],[0.0,2.0,-1.0,0.0,-1.0],[-1.0,-1.0,3.0,-1.0,0.0],[0.0,0.0,-1.0,1.0,0.0],[-1.0,-1.0,0.0,0.0,2.0]]",
                l.toString());
    }

    @Test
    void checkFromStandardInputGradesATypedFraction() throws Exception {
        Result r = jar("{\"kind\": \"number\", \"key\": 0.8, \"answer\": \"\\\\frac{4}{5}\"}", "check", "-");
        assertEquals(0, r.status(), r.err());
        JsonNode v = JSON.readTree(r.out());
        assertTrue(v.get("correct").asBoolean());
        assertEquals(1.0, v.get("score").asDouble());
    }

    @Test
    void garbageInputGivesAMessageNotAStackTrace() throws Exception {
        Result r = jar("{{{", "compute", "-");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("compute: standard input is not valid JSON"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    /** Starts the app (no arguments) with no display, so it ends at once; {@code env} is added to the environment. */
    static Result appWithoutDisplay(Path data, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(List.of("-Ddeepdrill.data=" + data)));
        for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            pb.environment().remove(name);
        }
        pb.environment().putAll(env);
        return run(pb, "");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheTunedRelaunchSaysPlainlyThatTheWindowNeedsADesktop(@TempDir Path data) throws Exception {
        Result r = appWithoutDisplay(data, Map.of());

        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("DeepDrill's window needs a graphical desktop"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        // the message came from the tuned second JVM: the first made the archive folder, and the
        // archive the failed run began is not kept
        Path cache = data.resolve("cache");
        assertTrue(Files.isDirectory(cache), "the relaunch prepared " + cache);
        try (var files = Files.list(cache)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void jvmOptionsFromTheEnvironmentKeepTheAppInTheJvmTheUserStarted(@TempDir Path data) throws Exception {
        Result r = appWithoutDisplay(data, Map.of("JDK_JAVA_OPTIONS", "-Dsomething=1"));

        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("DeepDrill's window needs a graphical desktop"), r.err());
        assertTrue(Files.notExists(data.resolve("cache")), "no relaunch, so no archive folder");
    }

    @Test
    void theVersionIsThePomsFromTheJarsManifest() throws Exception {
        // the project's own version, read from the pom as a person would: the first <version> after the artifactId
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>deepdrill</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        Result r = jar("", "--version");
        assertEquals(0, r.status(), r.err());
        assertEquals("DeepDrill " + version, r.out().strip());
    }

    @Test
    void aMissingBankIsACannotRunWithOneLine() throws Exception {
        Result r = jar("", "validate", "question/");
        assertEquals(2, r.status());
        assertEquals("validate: no such file or folder: question/", r.err().strip());
    }

    @Test
    void theShippedBanksValidate() throws Exception {
        Result r = jar("", "validate", "questions");
        assertEquals(0, r.status(), r.out() + r.err());
    }
}
