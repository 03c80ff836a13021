package org.deepdrill.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * On-demand start-up benchmark (needs a display; never run by the tests). After
 * {@code mvn -q -DskipTests package}:
 *
 * <pre>java -cp "target/test-classes:target/libs/*" org.deepdrill.bench.StartupBench 10</pre>
 *
 * Starts {@code java -jar target/deepdrill.jar} straight into a shuffled question, and a bare
 * JavaFX window ({@link BareWindow}), alternately, and reports for each the wall time from just
 * before {@code java} is started to the first frame with the question (or the label) laid out:
 * both print the clock when their first frame has been laid out, so nothing is taken from the
 * JVM's own idea of when it started. The first app run after a build writes the class-data
 * archive (see {@code TunedLaunch}) and is reported on its own. Also reports resident memory at
 * that frame (the app's two JVMs together), read from {@code /proc} on Linux.
 */
public final class StartupBench {
    private static final Pattern EPOCH = Pattern.compile("\\[epoch ms (\\d+)]");

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path jar = Path.of("target/deepdrill.jar");
        if (!Files.isRegularFile(jar)) {
            System.err.println("build the jar first: mvn -q -DskipTests package");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("deepdrill-startup");
        String javafx;
        try (Stream<Path> libs = Files.list(Path.of("target/libs"))) {
            javafx = libs.filter(p -> p.getFileName().toString().startsWith("javafx-")).map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> app = List.of(java, "-Ddeepdrill.timing=true", "-Ddeepdrill.timing.quit=true", "-Ddeepdrill.start=shuffled",
                "-Ddeepdrill.data=" + data, "-jar", jar.toString());
        List<String> bare = List.of(java, "-cp", javafx + File.pathSeparator + "target/test-classes",
                BareWindow.Main.class.getName());

        Run first = run(app, "first question on screen");
        System.out.printf(Locale.ROOT, "first app start after a build (writes the archive): %d ms, RSS %s%n", first.wallMs, first.rss());
        long[] appMs = new long[rounds];
        long[] bareMs = new long[rounds];
        long[] rss = new long[rounds];
        long[] bareRss = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            Run b = run(bare, "window shown");
            Run a = run(app, "first question on screen");
            bareMs[i] = b.wallMs;
            appMs[i] = a.wallMs;
            rss[i] = a.rssKb;
            bareRss[i] = b.rssKb;
            System.out.printf(Locale.ROOT, "round %2d: bare window %5d ms (RSS %s)   app first question %5d ms (RSS %s)%n", i + 1,
                    b.wallMs, b.rss(), a.wallMs, a.rss());
        }
        double ratio = (double) median(appMs) / median(bareMs);
        System.out.printf(Locale.ROOT, "median: bare window %d ms, app first question %d ms: %.2fx; RSS then: bare %d MB, app %d MB%n",
                median(bareMs), median(appMs), ratio, median(bareRss) / 1024, median(rss) / 1024);
    }

    private record Run(long wallMs, long rssKb) {
        String rss() {
            return rssKb > 0 ? rssKb / 1024 + " MB" : "n/a";
        }
    }

    /** Starts {@code command}, waits for its line holding {@code marker}, and for it to end. */
    private static Run run(List<String> command, String marker) throws IOException, InterruptedException {
        long before = System.currentTimeMillis();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long shown = -1;
        long rss = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                output.add(line);
                Matcher m = EPOCH.matcher(line);
                if (shown < 0 && line.startsWith(marker) && m.find()) {
                    shown = Long.parseLong(m.group(1));
                    rss = rssKb(p.toHandle());
                }
            }
        }
        p.waitFor();
        if (shown < 0) {
            throw new IllegalStateException("no '" + marker + "' line from " + command + ":\n" + String.join("\n", output));
        }
        return new Run(shown - before, rss);
    }

    /** Resident memory of a process and its descendants (the relaunched app), from /proc; -1 elsewhere. */
    private static long rssKb(ProcessHandle process) {
        long total = 0;
        for (ProcessHandle h : Stream.concat(Stream.of(process), process.descendants()).toList()) {
            Path status = Path.of("/proc", Long.toString(h.pid()), "status");
            try {
                for (String l : Files.readAllLines(status)) {
                    if (l.startsWith("VmRSS:")) {
                        total += Long.parseLong(l.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }
        return total;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
