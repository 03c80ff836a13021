package org.deepdrill.study;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the study code asks of the FSRS-6 scheduler ({@link Fsrs}): the state after a review, a
 * topic's mastery as the mean chance of recall today, and the order for review practice.
 */
public final class Schedule {
    private Schedule() {
    }

    /**
     * The state after a review rated {@code rating} at {@code now} ({@link Fsrs#review}): the
     * elapsed days are counted in UTC dates from the last review; a clock set back before the
     * last review counts as the same day (t = 0) rather than failing the student's answer.
     */
    public static ReviewState after(ReviewState prev, Rating rating, Instant now) {
        long t = prev.isNew() ? 0 : Math.max(0, Fsrs.elapsedDays(prev.lastReview(), now));
        Fsrs.Review r = Fsrs.review(prev.memory(), t, now, rating);
        int lapses = prev.lapses() + (!prev.isNew() && rating == Rating.AGAIN ? 1 : 0);
        return new ReviewState(prev.questionId(), r.state(), now, r.due(), prev.reps() + 1, lapses);
    }

    /**
     * The review state a question's attempts give, replayed in the order given (which should be
     * time order), each rated as the app rates a graded answer ({@link Rating#ofGrade}). Easy is
     * never inferred: an attempt does not record whether the student pressed it. No attempts
     * give {@link ReviewState#unseen}.
     */
    public static ReviewState replay(String questionId, List<Attempt> inOrder) {
        ReviewState state = ReviewState.unseen(questionId);
        for (Attempt a : inOrder) {
            Rating rating = Rating.ofGrade(a.correct(), a.score(), a.points(), false).orElseThrow();
            state = after(state, rating, a.at());
        }
        return state;
    }

    /**
     * How well a topic is known by FSRS's reckoning, 0..1: the mean over the topic's (distinct)
     * questions of the chance of recalling each at {@code now} ({@link ReviewState#retrievability}),
     * a question never reviewed counting 0 — "you would recall about 62% today". Example: one
     * question reviewed just now (R = 1), one whose stability S has just elapsed (R = 0.9), one
     * never seen: (1 + 0.9 + 0) / 3 ≈ 0.633. An empty topic has mastery 0.
     */
    public static double mastery(Collection<String> questionIds, Function<String, ReviewState> states, Instant now) {
        Set<String> ids = new LinkedHashSet<>(questionIds);
        if (ids.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String id : ids) {
            sum += states.apply(id).retrievability(now);
        }
        return sum / ids.size();
    }
}
