package org.deepdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.deepdrill.study.Attempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost: a process recording attempts ({@link RecordingLoop}) is killed with SIGKILL at
 * unpredictable moments, several times over the same file. Every attempt it reported (the app
 * would have shown its feedback) must be in the file, the file must open without a notice of
 * damage, and each question's review state must count exactly its stored attempts — an attempt
 * is never kept without the review it caused, nor a review without its attempt.
 */
class KilledWhileRecordingTest {
    private static final int ROUNDS = 4;

    @TempDir
    Path folder;

    @Test
    void everyReportedAttemptSurvivesAKillAndTheFileReopensClean() throws Exception {
        Path file = folder.resolve("progress.db");
        Random random = new Random(20261203);
        Set<Long> reported = new HashSet<>();
        long next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // its output goes to a file: the kernel keeps every line written before the kill
            Path printed = folder.resolve("printed-" + round + ".txt");
            Process p = new ProcessBuilder(javaCommand(file, next)).redirectOutput(printed.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            // let it record a varying number of attempts, then kill it a varying time later: mid-write
            int before = 5 + random.nextInt(60);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (completeLines(printed).size() < before && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(12));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the recording process did not die");
            List<String> lines = completeLines(printed);
            assertFalse(lines.isEmpty(), "round " + round + ": the process reported nothing");
            assertFalse(lines.get(0).startsWith("NOTICE"), "round " + round + " opened with: " + lines.get(0));
            for (String l : lines) {
                reported.add(Long.parseLong(l.trim()));
            }

            try (ProgressStore store = ProgressStore.open(file)) {
                assertEquals(Optional.empty(), store.recoveryNotice(), "round " + round);
                List<Attempt> stored = store.attempts();
                Set<String> answers = new HashSet<>();
                Map<String, Integer> perQuestion = new HashMap<>();
                for (Attempt a : stored) {
                    answers.add(a.answer());
                    perQuestion.merge(a.questionId(), 1, Integer::sum);
                }
                for (long n : reported) {
                    assertTrue(answers.contains(RecordingLoop.answer(n)), "round " + round + ": attempt " + n
                            + " was reported but is not in the file");
                }
                // each kill leaves at most the one attempt it interrupted committed but unreported
                assertTrue(stored.size() <= reported.size() + round + 1, "round " + round + ": " + stored.size()
                        + " stored, " + reported.size() + " reported");
                for (Map.Entry<String, Integer> q : perQuestion.entrySet()) {
                    assertEquals(q.getValue(), store.review(q.getKey()).reps(), "round " + round + ": " + q.getKey()
                            + "'s review state counts a different number of attempts");
                }
                next = stored.size(); // the next round goes on after the last stored attempt
            }
        }
        assertTrue(reported.size() >= ROUNDS * 5, reported.size() + " attempts reported");
    }

    /** The lines the process finished writing (a line cut off by the kill was not reported). */
    private static List<String> completeLines(Path printed) throws java.io.IOException {
        String text = java.nio.file.Files.exists(printed) ? java.nio.file.Files.readString(printed) : "";
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().toList();
    }

    private static List<String> javaCommand(Path file, long first) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecordingLoop.class.getName(), file.toString(),
                Long.toString(first));
    }
}
