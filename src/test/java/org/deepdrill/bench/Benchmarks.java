package org.deepdrill.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.cli.CheckRequest;
import org.deepdrill.grade.Grader;

/**
 * The on-demand timing harness (never run by the tests): {@code mvn -Pbench -DskipTests package}.
 * Reports warm p50/p99 of grading each answer kind and of each op on exam-sized inputs, then
 * the progress timings ({@link ProgressBench}: recording an attempt, the statistics screen on
 * 100,000 attempts), then the wall time of one {@code java -jar target/deepdrill.jar compute}
 * process answering 1,000 requests.
 */
public final class Benchmarks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARMUP = 2_000;
    private static final int RUNS = 5_000;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("# grading, warm, per call (" + RUNS + " runs after " + WARMUP + " warm-up)");
        Map<String, String> checks = Map.of(
                "number", "{\"kind\": \"number\", \"key\": 1.0833333333333335, \"answer\": \"\\\\frac{13}{12}\"}",
                "vector", "{\"kind\": \"vector\", \"key\": [1, 4, 3], \"answer\": \"[1, 4, 3]\"}",
                "matrix", "{\"kind\": \"matrix\", \"key\": [[2,0,-1,0,-1],[0,2,-1,0,-1],[-1,-1,3,-1,0],[0,0,-1,1,0],[-1,-1,0,0,2]],"
                        + " \"answer\": \"\\\\begin{bmatrix}2&0&-1&0&-1\\\\\\\\0&2&-1&0&-1\\\\\\\\-1&-1&3&-1&0\\\\\\\\0&0&-1&1&0\\\\\\\\-1&-1&0&0&2\\\\end{bmatrix}\"}",
                "expression", "{\"kind\": \"expression\", \"key\": \"3*h*r*(D+d)\", \"answer\": \"3hr(D+d)\", \"vars\": [\"h\",\"r\",\"D\",\"d\"]}",
                "shape", "{\"kind\": \"shape\", \"key\": [\"h*d\", \"D\"], \"answer\": \"hd \\\\times D\", \"vars\": [\"h\",\"d\",\"D\"]}",
                "choice", "{\"kind\": \"choice\", \"key\": 1, \"answer\": \"b\", \"options\": 4}",
                "multi", "{\"kind\": \"multi\", \"key\": [-2, 1.5, -2, 2], \"answer\": \"b, d\", \"points\": 3}");
        for (String kind : new String[] {"number", "vector", "matrix", "expression", "shape", "choice", "multi"}) {
            JsonNode request = JSON.readTree(checks.get(kind));
            report("check " + kind, () -> Grader.grade(CheckRequest.key(request), CheckRequest.typed(request)));
        }
        System.out.println();
        System.out.println("# ops on exam-sized inputs, warm, per call");
        OpRegistry registry = OpRegistry.standard();
        for (Map.Entry<String, String> e : ExamRequests.all().entrySet()) {
            JsonNode opArgs = JSON.readTree(e.getValue());
            report("compute " + e.getKey(), () -> registry.run(e.getKey(), opArgs));
        }
        System.out.println();
        ProgressBench.run();
        wholeProcess();
    }

    private static void report(String name, Runnable call) {
        for (int i = 0; i < WARMUP; i++) {
            call.run();
        }
        long[] ns = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.run();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-34s p50 %8.1f µs   p99 %8.1f µs%n", name, ns[RUNS / 2] / 1e3, ns[RUNS * 99 / 100] / 1e3);
    }

    /** One process, 1,000 requests (the exam-sized ones, repeated), timed from launch to exit. */
    private static void wholeProcess() throws Exception {
        Path jar = Path.of("target", "deepdrill.jar");
        if (!Files.exists(jar)) {
            System.out.println("# whole process: skipped, " + jar + " is missing (run with package)");
            return;
        }
        StringBuilder sb = new StringBuilder("[");
        var entries = ExamRequests.all().entrySet().stream().toList();
        for (int i = 0; i < 1000; i++) {
            var e = entries.get(i % entries.size());
            sb.append(i > 0 ? "," : "").append("{\"op\": \"").append(e.getKey()).append("\", \"args\": ").append(e.getValue()).append('}');
        }
        Path requests = Files.createTempFile("deepdrill-bench", ".json");
        Files.writeString(requests, sb.append(']').toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(java, "-jar", jar.toString(), "compute", requests.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int status = p.waitFor();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            if (status != 0) {
                System.out.println("# whole process: exit status " + status);
            }
        }
        Arrays.sort(ms);
        System.out.println("# whole process: java -jar target/deepdrill.jar compute <1,000 requests>");
        System.out.println("runs (ms, sorted): " + Arrays.toString(ms) + "   median " + ms[ms.length / 2] + " ms");
        Files.deleteIfExists(requests);
    }
}
