package org.deepdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.deepdrill.store.ProgressStore;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.Rating;
import org.deepdrill.study.Schedule;
import org.deepdrill.study.Statistics;

/**
 * Progress timings, on demand (part of {@link Benchmarks}; alone:
 * {@code java -cp "target/test-classes:target/classes:<libs>" org.deepdrill.bench.ProgressBench}):
 * recording one graded attempt with its review as the app does (committed to the disk before it
 * returns), importing 100,000 attempts, and computing every number of the statistics screen on
 * them. Files go in a fresh folder under {@code target/}, on the same disk as a user's home,
 * not a RAM disk.
 */
public final class ProgressBench {
    private static final int QUESTIONS = 200;
    private static final int TOPICS = 10;
    private static final int ATTEMPTS = 100_000;

    private ProgressBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path folder = Files.createDirectories(Path.of("target")).resolve("progress-bench-" + ProcessHandle.current().pid());
        try {
            recordOne(folder.resolve("record.db"));
            statistics(folder.resolve("stats.db"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** As {@code Practice.record}: read the review state, then write the attempt and the next state in one commit. */
    private static void recordOne(Path file) {
        System.out.println("# recording a graded attempt with its review (one durable commit), per call");
        int warmup = 100;
        int runs = 1_000;
        long[] ns = new long[runs];
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        try (ProgressStore store = ProgressStore.open(file)) {
            for (int i = -warmup; i < runs; i++) {
                String id = "q" + Math.floorMod(i, QUESTIONS);
                Instant at = start.plusSeconds(97L * (i + warmup));
                long t = System.nanoTime();
                store.record(new Attempt(id, at, null, "4/5", 1, 1, true),
                        Schedule.after(store.review(id), Rating.GOOD, at));
                if (i >= 0) {
                    ns[i] = System.nanoTime() - t;
                }
            }
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-34s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms%n", "record attempt + review",
                ns[runs / 2] / 1e6, ns[runs * 99 / 100] / 1e6, ns[runs - 1] / 1e6);
        System.out.println();
    }

    /** 100,000 attempts over a year on 200 questions in 10 topics, then the statistics screen's numbers. */
    private static void statistics(Path file) {
        System.out.println("# statistics screen on " + ATTEMPTS + " attempts (" + QUESTIONS + " questions, " + TOPICS
                + " topics, one year)");
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        Random random = new Random(11);
        List<Attempt> attempts = new ArrayList<>(ATTEMPTS);
        for (int i = 0; i < ATTEMPTS; i++) {
            Instant at = now.minus(Duration.ofMillis((long) (random.nextDouble() * Duration.ofDays(365).toMillis())));
            boolean right = random.nextInt(10) < 7;
            attempts.add(new Attempt("q" + random.nextInt(QUESTIONS), at, random.nextBoolean() ? null : random.nextLong(),
                    "answer " + i, right ? 1 : 0, 1, right));
        }
        Map<String, String> topicOf = new LinkedHashMap<>();
        for (int q = 0; q < QUESTIONS; q++) {
            topicOf.put("q" + q, "topic " + q % TOPICS);
        }
        ZoneId zone = ZoneId.of("Europe/Berlin");
        try (ProgressStore store = ProgressStore.open(file)) {
            long t = System.nanoTime();
            store.merge(attempts);
            System.out.printf(Locale.ROOT, "%-34s %8.0f ms%n", "import (merge) 100,000 attempts", (System.nanoTime() - t) / 1e6);
        }
        // as the app opens the screen: a store just opened, the first computation in this JVM's life of it
        try (ProgressStore store = ProgressStore.open(file)) {
            long t = System.nanoTime();
            Statistics.Screen screen = Statistics.compute(store, topicOf, now, zone);
            double first = (System.nanoTime() - t) / 1e6;
            int runs = 50;
            long[] ns = new long[runs];
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                Statistics.compute(store, topicOf, now, zone);
                ns[i] = System.nanoTime() - t;
            }
            Arrays.sort(ns);
            System.out.printf(Locale.ROOT, "%-34s first %6.1f ms   p50 %6.1f ms   p99 %6.1f ms%n", "all of the screen's numbers",
                    first, ns[runs / 2] / 1e6, ns[runs * 99 / 100] / 1e6);
            List<String> parts = List.of("reviews per day", "accuracy per topic", "forecast + weakest (reviews)", "weakest");
            long[][] part = new long[parts.size()][runs];
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                Statistics.reviewsPerDay(store, now, zone);
                part[0][i] = System.nanoTime() - t;
                t = System.nanoTime();
                Statistics.accuracyPerTopic(store, topicOf, now, zone);
                part[1][i] = System.nanoTime() - t;
                t = System.nanoTime();
                var reviews = store.reviews();
                Statistics.dueForecast(reviews, topicOf, now, zone);
                part[2][i] = System.nanoTime() - t;
                t = System.nanoTime();
                Statistics.weakest(store, reviews, topicOf, now);
                part[3][i] = System.nanoTime() - t;
            }
            long[] home = new long[runs];
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                store.stats();
                home[i] = System.nanoTime() - t;
            }
            Arrays.sort(home);
            System.out.printf(Locale.ROOT, "%-34s p50 %6.1f ms%n", "(home screen's stats(), for scale)", home[runs / 2] / 1e6);
            for (int k = 0; k < parts.size(); k++) {
                Arrays.sort(part[k]);
                System.out.printf(Locale.ROOT, "  %-32s p50 %6.1f ms%n", parts.get(k), part[k][runs / 2] / 1e6);
            }
            int reviews = screen.reviewsPerDay().stream().mapToInt(Statistics.DayCount::count).sum();
            System.out.println("(30 days hold " + reviews + " reviews; " + screen.weakest().size() + " weakest listed)");
        }
        System.out.println();
    }
}
