package org.deepdrill.bank;

import java.util.List;
import org.deepdrill.compute.OpResult;
import org.deepdrill.grade.Grader;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Mistake;
import org.deepdrill.grade.Verdict;

/**
 * A question's answer key, as the grader takes it, with the worked steps that produced it.
 *
 * @param key the key, with the values of its known mistakes
 * @param work the computation behind the key (null when nothing was computed)
 */
public record ComputedKey(Question question, Key key, OpResult work) {

    /** Grades what a student typed for this question. */
    public Verdict check(String typed) {
        return Grader.grade(key, typed);
    }

    /** The known mistakes, each with its value; empty for kinds that have none. */
    public List<? extends Mistake<?>> mistakes() {
        return key instanceof Key.WithMistakes<?> k ? k.mistakes() : List.of();
    }

    /** How one of this key's mistakes grades when a student types exactly it. */
    public enum MistakeCheck {
        /** Marked wrong and explained by this mistake's own feedback. */
        RECOGNISED,
        /** Graded as correct: the mistake gives the key's answer, so it cannot be told apart. */
        SAME_AS_KEY,
        /** Marked wrong but not as this mistake (an earlier mistake gives the same answer). */
        NOT_RECOGNISED
    }

    /** Grades the {@code i}-th mistake's value as a typed answer and says whether the grader tells it apart. */
    public MistakeCheck checkMistake(int i) {
        Key.WithMistakes<?> k = (Key.WithMistakes<?>) key;
        Mistake<?> m = k.mistakes().get(i);
        Verdict v = check(typedValue(k, i));
        if (!Boolean.FALSE.equals(v.correct())) {
            return MistakeCheck.SAME_AS_KEY;
        }
        return m.name().equals(v.mistake()) ? MistakeCheck.RECOGNISED : MistakeCheck.NOT_RECOGNISED;
    }

    /** Whether every mistake is marked wrong and recognised as itself (not as the key, not as another mistake). */
    public boolean mistakesDiffer() {
        for (int i = 0; i < mistakes().size(); i++) {
            if (checkMistake(i) != MistakeCheck.RECOGNISED) {
                return false;
            }
        }
        return true;
    }

    private static <V> String typedValue(Key.WithMistakes<V> k, int i) {
        return k.keyed(k.mistakes().get(i).value()).typed();
    }

    /** The key as a student could type it (JSON-style arrays, an option letter, the expression). */
    public String typedForm() {
        return key.typed();
    }
}
