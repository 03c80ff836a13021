package org.deepdrill.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.deepdrill.bank.Bank;
import org.deepdrill.bank.KeyException;
import org.deepdrill.bank.Question;
import org.deepdrill.bank.Variants;

/**
 * Writes banks in Moodle's XML question format: one category per bank
 * ({@code $course$/top/<title>}), each question under its id with the sheet's numbers and,
 * for a parametric question, {@code variants} drawn instances named {@code ID@SEED} (seeds
 * 1..N), so a course can put them into a random-question slot. A question that cannot be
 * exported is left out with a notice naming the reason; the export goes on.
 */
public final class MoodleExport {
    /** The most variants per question a course could want in a random slot. */
    public static final int MAX_VARIANTS = 100;

    private final Variants variants;
    private final int variantCount;

    /**
     * @param variantCount drawn variants per parametric question, 0 for the sheet's numbers only
     */
    public MoodleExport(Variants variants, int variantCount) {
        if (variantCount < 0 || variantCount > MAX_VARIANTS) {
            throw new IllegalArgumentException("variants must be 0 to " + MAX_VARIANTS + ", got " + variantCount);
        }
        this.variants = variants;
        this.variantCount = variantCount;
    }

    /**
     * @throws IOException when the XML cannot be written to {@code out}
     */
    public ExportReport write(List<Bank> banks, OutputStream out) throws IOException {
        try {
            return writeXml(banks, out);
        } catch (XMLStreamException e) {
            // StAX wraps the stream's own failure; callers need only know that writing failed
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e;
            throw new IOException(cause.getMessage(), cause);
        }
    }

    private ExportReport writeXml(List<Bank> banks, OutputStream out) throws XMLStreamException {
        XmlOut xml = new XmlOut(out);
        xml.start("quiz");
        Counts counts = new Counts();
        for (Bank bank : banks) {
            category(xml, bank);
            for (Question q : bank.questions()) {
                one(xml, q, null, counts);
                if (q.isParametric()) {
                    for (long seed = 1; seed <= variantCount; seed++) {
                        one(xml, q, seed, counts);
                    }
                }
            }
        }
        xml.end();
        xml.finish();
        return new ExportReport(counts.exported, counts.variants, counts.skipped, counts.broken, counts.notices);
    }

    /** A category question: what follows goes into the bank's category, created on import. */
    private static void category(XmlOut xml, Bank bank) throws XMLStreamException {
        String title = bank.title() == null || bank.title().isBlank() ? bank.id() : bank.title();
        xml.start("question", "type", "category");
        // a slash inside a name is written // in Moodle's category paths
        xml.start("category").leaf("text", "$course$/top/" + title.replace("/", "//")).end();
        xml.html("info", "<p>DeepDrill bank <code>" + HtmlText.escape(bank.id()) + "</code>"
                + (bank.topic() == null ? "" : " (" + HtmlText.escape(bank.topic()) + ")") + "</p>");
        xml.leaf("idnumber", "");
        xml.end();
    }

    private void one(XmlOut xml, Question q, Long seed, Counts counts) throws XMLStreamException {
        String name = seed == null ? q.id() : q.id() + "@" + seed;
        Variants.Instance instance;
        try {
            instance = variants.instance(q, seed);
        } catch (KeyException e) {
            counts.notices.add(new ExportReport.Notice(name, "its key cannot be computed: " + e.getMessage(), true));
            counts.skipped++;
            counts.broken++;
            return;
        }
        List<ExportReport.Notice> own = new ArrayList<>();
        if (q.figure() != null && !q.figure().isNull()) {
            own.add(new ExportReport.Notice(name, "its figure is not embedded (figures are drawn with JavaFX,"
                    + " which the export does not use); the prompt is exported without it", false));
        }
        boolean written = new MoodleQuestion(xml, name, instance.question(), instance.key(),
                (message, skipped) -> own.add(new ExportReport.Notice(name, message, skipped))).write();
        if (written) {
            counts.exported++;
            counts.variants += seed == null ? 0 : 1;
            counts.notices.addAll(own);
        } else {
            counts.skipped++;
            // the reason it was skipped is all that matters then
            own.stream().filter(ExportReport.Notice::skipped).forEach(counts.notices::add);
        }
    }

    private static final class Counts {
        int exported;
        int variants;
        int skipped;
        int broken;
        final List<ExportReport.Notice> notices = new ArrayList<>();
    }
}
