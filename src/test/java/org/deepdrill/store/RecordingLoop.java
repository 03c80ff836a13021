package org.deepdrill.store;

import java.nio.file.Path;
import java.time.Instant;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.Rating;
import org.deepdrill.study.Schedule;

/**
 * A process that records attempts as fast as it can, as the app does for each graded answer
 * (the attempt and its review together), printing each attempt's number once its record call
 * has returned — the moment the app would show its feedback. {@link KilledWhileRecordingTest}
 * kills it mid-run. Arguments: the progress file, and the first attempt number.
 */
public final class RecordingLoop {
    /** The questions the attempts cycle through. */
    static final int QUESTIONS = 7;

    private RecordingLoop() {
    }

    /** Attempt {@code n}'s answer, which identifies it in the file. */
    static String answer(long n) {
        return "answer " + n;
    }

    static String question(long n) {
        return "q" + n % QUESTIONS;
    }

    public static void main(String[] args) {
        try (ProgressStore store = ProgressStore.open(Path.of(args[0]))) {
            if (store.recoveryNotice().isPresent()) {
                System.out.println("NOTICE " + store.recoveryNotice().get());
                System.out.flush();
                return;
            }
            Instant start = Instant.parse("2026-03-01T08:00:00Z");
            for (long n = Long.parseLong(args[1]); ; n++) {
                String id = question(n);
                Instant at = start.plusSeconds(60 * n); // one a minute, so days pass and states change
                boolean right = n % 3 != 0;
                Rating rating = right ? Rating.GOOD : Rating.AGAIN;
                store.record(new Attempt(id, at, n, answer(n), right ? 1 : 0, 1, right),
                        Schedule.after(store.review(id), rating, at));
                System.out.println(n);
                System.out.flush();
            }
        }
    }
}
