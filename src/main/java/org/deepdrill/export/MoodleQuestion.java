package org.deepdrill.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLStreamException;
import org.deepdrill.bank.ComputedKey;
import org.deepdrill.bank.Kind;
import org.deepdrill.bank.Notation;
import org.deepdrill.bank.Question;
import org.deepdrill.compute.Step;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Mistake;
import org.deepdrill.grade.Tolerance;

/**
 * Writes one question instance as a Moodle {@code <question>}, one method per kind. A kind
 * Moodle cannot grade fairly is not written: the visitor returns false and says why.
 */
final class MoodleQuestion implements Kind.Visitor<Boolean, XMLStreamException> {
    /** Moodle's default penalty per extra try in interactive mode. */
    private static final String PENALTY = "0.3333333";
    /** Steps beyond this are summarised, as the app folds them. */
    static final int STEPS_SHOWN = 24;

    private final XmlOut xml;
    private final String name;
    private final Question q;
    private final ComputedKey computed;
    private final BiConsumer<String, Boolean> notice;

    /**
     * @param notice takes a message and whether it means the question was skipped
     */
    MoodleQuestion(XmlOut xml, String name, Question q, ComputedKey computed, BiConsumer<String, Boolean> notice) {
        this.xml = xml;
        this.name = name;
        this.q = q;
        this.computed = computed;
        this.notice = notice;
    }

    boolean write() throws XMLStreamException {
        return q.kind().accept(this);
    }

    // ---- the kinds ---------------------------------------------------------------------------

    @Override
    public Boolean choice(Kind.Choice c) throws XMLStreamException {
        head("multichoice", prompt(), true);
        multichoiceOptions(true);
        for (Kind.Option o : c.options()) {
            answer(o.correct() ? "100" : "0", "html", HtmlText.line(o.text()), HtmlText.line(o.feedback()));
        }
        xml.end();
        return true;
    }

    @Override
    public Boolean multi(Kind.Multi m) throws XMLStreamException {
        double positive = m.options().stream().mapToDouble(o -> Math.max(0, o.points())).sum();
        if (positive <= 0) {
            notice.accept("no option earns points, and Moodle needs the ticked options' grades to add up to 100%", true);
            return false;
        }
        if (Math.abs(positive - q.points()) > 1e-9) {
            notice.accept("its options' points add up to " + Numbers.answer(positive) + ", not its " + Numbers.answer(q.points())
                    + " points; Moodle grades them as shares of " + Numbers.answer(positive), false);
        }
        List<Double> fractions = new ArrayList<>();
        double sum = 0;
        for (Kind.Option o : m.options()) {
            double exact = 100 * o.points() / positive;
            double f = MoodleFractions.nearest(exact);
            if (!MoodleFractions.isExact(exact)) {
                notice.accept("option '" + shorten(o.text()) + "' is worth " + Numbers.answer(exact) + "%, written as Moodle's nearest grade "
                        + MoodleFractions.text(f) + "%", false);
            }
            fractions.add(f);
            sum += Math.max(0, f);
        }
        // Moodle rejects a multiple-answer question whose positive grades do not add up to 100% (to 2 decimals of 1)
        if (Math.abs(sum - 100) > 0.5) {
            notice.accept("its options' points map to Moodle grades adding up to " + Numbers.answer(sum) + "%, not 100%", true);
            return false;
        }
        head("multichoice", prompt(), true);
        multichoiceOptions(false);
        for (int i = 0; i < m.options().size(); i++) {
            Kind.Option o = m.options().get(i);
            answer(MoodleFractions.text(fractions.get(i)), "html", HtmlText.line(o.text()), HtmlText.line(o.feedback()));
        }
        xml.end();
        return true;
    }

    @Override
    public Boolean number(Kind.Number n) throws XMLStreamException {
        Key.Number key = (Key.Number) computed.key();
        head("numerical", prompt(), true);
        numericalAnswer("100", key.value(), Numbers.tolerance(n.tolerance(), key.value()), "");
        for (Mistake<Double> m : key.mistakes()) {
            if (n.tolerance().accepts(key.value(), m.value())) {
                notice.accept("mistake '" + m.name() + "' is within the key's tolerance, so Moodle would grade it right; left out", false);
                continue;
            }
            numericalAnswer(mistakeFraction(m), m.value(), Numbers.tolerance(n.tolerance(), m.value()), HtmlText.line(m.feedback()));
        }
        xml.leaf("unitgradingtype", "0").leaf("unitpenalty", "0.1000000").leaf("showunits", "3").leaf("unitsleft", "0");
        xml.end();
        return true;
    }

    @Override
    public Boolean vector(Kind.Vector v) throws XMLStreamException {
        Key.Vector key = (Key.Vector) computed.key();
        Tensor value = key.value();
        // a column result is laid out as a column; a flat array or a row as a row
        boolean column = value.rank() == 2 && value.dim(1) == 1 && value.dim(0) > 1;
        int rows = column ? value.size() : 1;
        return cloze(value, rows, value.size() / rows, v.tolerance(), key.mistakes(), v.credit() != null);
    }

    @Override
    public Boolean matrix(Kind.Matrix m) throws XMLStreamException {
        Key.Matrix key = (Key.Matrix) computed.key();
        return cloze(key.value(), key.value().dim(0), key.value().dim(1), m.tolerance(), key.mistakes(), m.credit() != null);
    }

    @Override
    public Boolean expression(Kind.Expression e) {
        notice.accept("an expression is graded by value in DeepDrill (4hdD, 4*h*d*D and D*4dh are all right),"
                + " but Moodle's short answer compares text, so students writing a right but different form would lose the points", true);
        return false;
    }

    @Override
    public Boolean shape(Kind.Shape s) throws XMLStreamException {
        Key.Shape key = (Key.Shape) computed.key();
        List<String> spellings = ShapeSpellings.of(key.dims());
        boolean letters = key.dims().stream().anyMatch(d -> d.chars().anyMatch(Character::isLetter));
        head("shortanswer", prompt() + "<p><em>Write the shape as, for example, " + HtmlText.escape(spellings.get(0))
                + (letters ? ". Capitals matter." : ".") + "</em></p>", true);
        // d and D are different variables in the banks
        xml.leaf("usecase", "1");
        for (String spelling : spellings) {
            answer("100", "moodle_auto_format", ShapeSpellings.moodleEscaped(spelling), "");
        }
        xml.end();
        return true;
    }

    @Override
    public Boolean open(Kind.Open o) throws XMLStreamException {
        head("essay", prompt(), false);
        xml.leaf("responseformat", "editor").leaf("responserequired", "1").leaf("responsefieldlines", "15")
                .leaf("minwordlimit", "").leaf("maxwordlimit", "")
                .leaf("attachments", "0").leaf("attachmentsrequired", "0").leaf("maxbytes", "0").leaf("filetypeslist", "");
        StringBuilder info = new StringBuilder();
        if (o.modelAnswer() != null && !o.modelAnswer().isBlank()) {
            info.append("<p><strong>Model answer</strong></p>").append(HtmlText.blocks(o.modelAnswer()));
        }
        if (!o.rubric().isEmpty()) {
            info.append("<p><strong>Rubric</strong></p><ul>");
            for (Kind.RubricItem r : o.rubric()) {
                info.append("<li>").append(HtmlText.line(r.text())).append(" (").append(points(r.points())).append(")</li>");
            }
            info.append("</ul>");
        }
        xml.html("graderinfo", info.toString());
        xml.html("responsetemplate", "");
        xml.end();
        return true;
    }

    // ---- the parts ---------------------------------------------------------------------------

    /**
     * A cloze question: the prompt, then one NUMERICAL field per entry in a table laid out as
     * the key, each of weight 1 (Moodle's mark is the number of fields; each earns its share),
     * with each recognised mistake's entry as a 0% answer carrying its feedback.
     */
    private boolean cloze(Tensor key, int rows, int cols, Tolerance tol, List<Mistake<Tensor>> mistakes, boolean byEntries)
            throws XMLStreamException {
        if (!byEntries && key.size() > 1) {
            notice.accept("DeepDrill grades it all or nothing, but a Moodle cloze gives each of its " + key.size()
                    + " fields its share", false);
        }
        List<Mistake<Tensor>> usable = new ArrayList<>();
        for (Mistake<Tensor> m : mistakes) {
            if (m.points() > 0) {
                notice.accept("mistake '" + m.name() + "' earns " + Numbers.answer(m.points()) + " points in DeepDrill, but its entries"
                        + " earn 0% in a cloze field (Moodle cannot give points for a whole wrong matrix)", false);
            }
            if (m.value().size() == key.size() && (key.rank() != 2 || m.value().sameShape(key))) {
                usable.add(m);
            } else {
                notice.accept("mistake '" + m.name() + "' has the shape " + m.value().shapeText() + ", not the key's "
                        + key.shapeText() + ", so no field can recognise it", false);
            }
        }
        double[] k = key.data();
        StringBuilder table = new StringBuilder("<table class=\"deepdrill-entries\" style=\"border-collapse: collapse\"><tbody>");
        for (int i = 0; i < rows; i++) {
            table.append("<tr>");
            for (int j = 0; j < cols; j++) {
                int at = i * cols + j;
                table.append("<td style=\"padding: 2px 4px\">").append(field(k[at], at, tol, usable)).append("</td>");
            }
            table.append("</tr>");
        }
        table.append("</tbody></table>");
        xml.start("question", "type", "cloze");
        xml.start("name").leaf("text", name).end();
        xml.html("questiontext", prompt() + table);
        xml.html("generalfeedback", generalFeedback());
        xml.leaf("penalty", PENALTY).leaf("hidden", "0").leaf("idnumber", "");
        xml.end();
        return true;
    }

    /** {@code {1:NUMERICAL:=v:tol~%0%m:tol#feedback}} for the entry at {@code at}. */
    private static String field(double value, int at, Tolerance tol, List<Mistake<Tensor>> mistakes) {
        StringBuilder f = new StringBuilder("{1:NUMERICAL:=").append(Numbers.answer(value)).append(':')
                .append(Numbers.toleranceText(Numbers.tolerance(tol, value)));
        List<Double> taken = new ArrayList<>();
        for (Mistake<Tensor> m : mistakes) {
            double mv = m.value().data()[at];
            // an entry the mistake gets right, or one an earlier mistake already explains, adds nothing
            if (tol.accepts(value, mv) || taken.stream().anyMatch(t -> tol.accepts(t, mv))) {
                continue;
            }
            taken.add(mv);
            f.append("~%0%").append(Numbers.answer(mv)).append(':').append(Numbers.toleranceText(Numbers.tolerance(tol, mv)))
                    .append('#').append(clozeFeedback(HtmlText.line(m.feedback())));
        }
        return f.append('}').toString();
    }

    /**
     * Feedback inside an embedded answer: Moodle ends it at an unescaped {@code ~} or {@code }}
     * and unescapes only {@code \}} and {@code \#}, so those two are escaped and a LaTeX
     * {@code ~} (a space) becomes a plain space.
     */
    static String clozeFeedback(String html) {
        return html.replace("}", "\\}").replace("#", "\\#").replace("~", " ");
    }

    /** {@code <question type="…">} with its name, text, general feedback, grade, penalty and hidden flag; left open. */
    private void head(String type, String questionText, boolean penalty) throws XMLStreamException {
        xml.start("question", "type", type);
        xml.start("name").leaf("text", name).end();
        xml.html("questiontext", questionText);
        xml.html("generalfeedback", generalFeedback());
        xml.leaf("defaultgrade", Numbers.answer(q.points()));
        xml.leaf("penalty", penalty ? PENALTY : "0");
        xml.leaf("hidden", "0");
        xml.leaf("idnumber", "");
    }

    private void multichoiceOptions(boolean single) throws XMLStreamException {
        // sheets order their options on purpose ("None of the above" last), so Moodle keeps the order
        xml.leaf("single", String.valueOf(single)).leaf("shuffleanswers", "false").leaf("answernumbering", "abc")
                .leaf("showstandardinstruction", "0");
        xml.html("correctfeedback", "").html("partiallycorrectfeedback", "").html("incorrectfeedback", "");
        if (!single) {
            xml.empty("shownumcorrect");
        }
    }

    private void answer(String fraction, String format, String text, String feedbackHtml) throws XMLStreamException {
        xml.start("answer", "fraction", fraction, "format", format);
        if (format.equals("html")) {
            xml.text(text);
        } else {
            xml.leaf("text", text);
        }
        xml.html("feedback", feedbackHtml);
        xml.end();
    }

    private void numericalAnswer(String fraction, double value, double tolerance, String feedbackHtml) throws XMLStreamException {
        xml.start("answer", "fraction", fraction, "format", "moodle_auto_format");
        xml.leaf("text", Numbers.answer(value));
        xml.html("feedback", feedbackHtml);
        xml.leaf("tolerance", Numbers.toleranceText(tolerance));
        xml.end();
    }

    /** A mistake's points as a share of the question's, on Moodle's list of grades (0 unless the bank gives some). */
    private String mistakeFraction(Mistake<?> m) {
        if (m.points() == 0 || q.points() <= 0) {
            return "0";
        }
        double exact = 100 * m.points() / q.points();
        double f = MoodleFractions.nearest(exact);
        if (!MoodleFractions.isExact(exact)) {
            notice.accept("mistake '" + m.name() + "' earns " + Numbers.answer(exact) + "% of the points, written as Moodle's nearest grade "
                    + MoodleFractions.text(f) + "%", false);
        }
        return MoodleFractions.text(f);
    }

    private String prompt() {
        return HtmlText.blocks(q.prompt());
    }

    /** The explanation, then the worked solution's steps as display math in the question's notation. */
    private String generalFeedback() {
        StringBuilder sb = new StringBuilder(HtmlText.blocks(q.explanation()));
        List<Step> steps = computed.work() == null ? List.of() : Notation.rewrite(computed.work().steps(), q.notation());
        if (!steps.isEmpty()) {
            sb.append("<p><strong>Worked solution</strong></p>");
            int n = Math.min(STEPS_SHOWN, steps.size());
            for (int i = 0; i < n; i++) {
                Step s = steps.get(i);
                String label = s.label() == null || s.label().isBlank() ? "\\text{" + s.name().replace("_", "\\_") + "}" : s.label();
                sb.append("<p>").append(HtmlText.displayMath(label + " = " + Numbers.latex(s.value()))).append("</p>");
            }
            if (steps.size() > n) {
                sb.append("<p>… and ").append(steps.size() - n).append(" more steps</p>");
            }
        }
        return sb.toString();
    }

    private static String points(double p) {
        return Numbers.answer(p) + (p == 1 ? " point" : " points");
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
