package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.deepdrill.compute.OpResult;
import org.deepdrill.grade.Grader;
import org.deepdrill.grade.Mistake;
import org.deepdrill.grade.Verdict;

/**
 * A question's answer key, as the grader takes it, with the worked steps that produced it and
 * the values of its known mistakes.
 *
 * @param key the key in the grader's form (number, array, expression text, option index …)
 * @param work the computation behind the key (null when nothing was computed)
 */
public record ComputedKey(Question question, JsonNode key, OpResult work, List<Mistake> mistakes) {

    /** Grades what a student typed for this question. */
    public Verdict check(String typed) {
        return Grader.check(request(typed));
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

    /** Grades {@code m}'s value as a typed answer and says whether the grader tells it apart. */
    public MistakeCheck checkMistake(Mistake m) {
        String typed = m.value().isTextual() ? m.value().asText() : m.value().toString();
        Verdict v = check(typed);
        if (!Boolean.FALSE.equals(v.correct())) {
            return MistakeCheck.SAME_AS_KEY;
        }
        return m.name().equals(v.mistake()) ? MistakeCheck.RECOGNISED : MistakeCheck.NOT_RECOGNISED;
    }

    /** The grading request for {@code typed}, in the form `check` reads. */
    public ObjectNode request(String typed) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode r = f.objectNode();
        r.put("kind", question.type());
        r.set("key", key);
        r.put("answer", typed);
        r.put("points", question.points());
        if (!question.vars().isEmpty()) {
            ArrayNode vars = r.putArray("vars");
            question.vars().forEach(vars::add);
        }
        if (question.rtol() != null) {
            r.put("rtol", question.rtol());
        }
        if (question.atol() != null) {
            r.put("atol", question.atol());
        }
        if (!question.options().isEmpty()) {
            r.put("options", question.options().size());
            ArrayNode fb = r.putArray("feedback");
            question.options().forEach(o -> fb.add(o.feedback()));
        }
        if (!mistakes.isEmpty()) {
            ArrayNode ms = r.putArray("mistakes");
            for (Mistake m : mistakes) {
                ms.addObject().put("name", m.name()).put("feedback", m.feedback()).set("value", m.value());
            }
        }
        return r;
    }

    /** The key as a student could type it (JSON-style arrays, an option letter, the expression). */
    public String typedForm() {
        return switch (question.type()) {
            case "choice" -> String.valueOf((char) ('a' + key.asInt()));
            case "multi" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < key.size(); i++) {
                    if (key.get(i).asDouble() > 0) {
                        sb.append(sb.length() > 0 ? ", " : "").append((char) ('a' + i));
                    }
                }
                yield sb.toString();
            }
            case "expression" -> key.asText();
            case "shape" -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < key.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(key.get(i).asText());
                }
                yield sb.append(")").toString();
            }
            default -> key.toString();
        };
    }
}
