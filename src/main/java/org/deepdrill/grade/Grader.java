package org.deepdrill.grade;

import java.util.List;

/**
 * Grades what a student typed against a {@link Key}: the key's checker decides right, wrong or
 * unreadable, and a wrong answer that equals one of the key's known mistakes is explained by
 * that mistake's feedback.
 */
public final class Grader {
    private Grader() {
    }

    /**
     * The verdict on {@code typed}.
     *
     * @throws IllegalArgumentException when the key itself is broken (an expression key that does
     *     not parse): a bank's or a tool's error, never the student's
     */
    public static Verdict grade(Key key, String typed) {
        Verdict v = key.check(typed);
        if (Boolean.FALSE.equals(v.correct()) && key instanceof Key.WithMistakes<?> k) {
            return recognise(v, k, typed);
        }
        return v;
    }

    /** The verdict on an open answer the student marked against its rubric: {@code score} of the key's points. */
    public static Verdict selfMarked(Key.SelfMarked key, double score) {
        double s = Math.max(0, Math.min(key.points(), score));
        return new Verdict(Verdict.Outcome.of(s, key.points()), s, key.points(), "", List.of(), List.of(), -1, null);
    }

    private static <V> Verdict recognise(Verdict v, Key.WithMistakes<V> key, String typed) {
        for (Mistake<V> m : key.mistakes()) {
            if (key.keyed(m.value()).check(typed).outcome() == Verdict.Outcome.RIGHT) {
                return v.withMistake(m.name(), m.feedback(), m.points());
            }
        }
        return v;
    }
}
