package org.deepdrill.bank;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Verdict;
import org.deepdrill.grade.VerdictText;

/**
 * Everything {@code validate} checks: each file loads, its {@code $schema} resolves, bank and
 * question ids are unique across the banks validated together, every key
 * computes, and every question tests itself — its own key passes the real grader, a perturbed
 * answer fails, and each mistake is recognised and differs from the key.
 */
public final class BankValidator {
    private final BankLoader loader = new BankLoader();
    /** Seeds every parametric question is drawn with during validation. */
    public static final int SEEDS = 20;

    private final Variants variants = new Variants(new KeyComputer(OpRegistry.standard()));

    /** What validating some paths gave: the banks that loaded and every problem, sorted. */
    public record Report(List<Bank> banks, List<ValidationIssue> issues) {
        /** Whether any finding is a problem (warnings alone leave a bank valid). */
        public boolean hasProblems() {
            return issues.stream().anyMatch(i -> !i.warning());
        }
    }

    public Report validate(List<Path> paths) throws IOException {
        List<ValidationIssue> issues = new ArrayList<>();
        List<Bank> banks = new ArrayList<>();
        Map<String, Path> seenIds = new HashMap<>();
        Map<String, Path> seenBanks = new HashMap<>();
        for (Path file : BankLoader.bankFiles(paths, issues::add)) {
            BankLoader.Result r = loader.load(file);
            issues.addAll(r.issues());
            r.bank().ifPresent(bank -> {
                banks.add(bank);
                Path firstBank = seenBanks.putIfAbsent(bank.id(), file);
                if (firstBank != null) {
                    issues.add(bank.issue("/id", "bank id '" + bank.id() + "' is used twice (also in " + firstBank
                            + "): the app keeps progress by bank and question id, so each bank needs its own"));
                }
                SchemaLink.check(bank).ifPresent(issues::add);
                for (Question q : bank.questions()) {
                    Path first = seenIds.putIfAbsent(q.id(), file);
                    if (first != null) {
                        issues.add(bank.issue(q.pointer() + "/id", "question id '" + q.id() + "' is used twice"
                                + (first.equals(file) ? " in this bank" : " (also in " + first + ")")));
                    }
                    issues.addAll(selfTest(bank, q));
                }
            });
        }
        Collections.sort(issues);
        return new Report(banks, issues);
    }

    /**
     * Checks the question's source and figure, then self-tests its default instance and, for a
     * parametric question, the instances of seeds 1..{@link #SEEDS}; stops at the first seed
     * that fails so one broken draw does not print twenty times.
     */
    List<ValidationIssue> selfTest(Bank bank, Question q) {
        List<ValidationIssue> out = new ArrayList<>();
        Sheets.check(q).ifPresent(problem -> out.add(bank.issue(q.pointer() + "/source/seed", problem)));
        out.addAll(TextFields.check(bank, q));
        if (!q.isParametric()) {
            // a drawn question's literals are its sheet's numbers only by chance; its inputs are {{params}}
            PromptNumbers.drift(q.prompt(), q.compute()).ifPresent(p -> out.add(bank.issue(q.pointer() + "/prompt", "prompt " + p)));
            PromptNumbers.drift(q.explanation(), q.compute()).ifPresent(p -> out.add(bank.issue(q.pointer() + "/explanation", "explanation " + p)));
        }
        Variants.Instance first;
        try {
            first = variants.instance(q, null);
        } catch (KeyException e) {
            out.add(bank.issue(e.pointer(), e.getMessage()));
            return out;
        }
        Figures.check(first).ifPresentOrElse(problem -> out.add(bank.issue(q.pointer() + "/figure", problem)),
                () -> Figures.revealsKey(first).ifPresent(w -> out.add(bank.warning(q.pointer() + "/figure", w))));
        if (first.key().work() != null) {
            Notation.check(q.notation(), first.key().work().steps())
                    .ifPresent(problem -> out.add(bank.issue(q.pointer() + "/notation", problem)));
        }
        List<ValidationIssue> own = selfTest(bank, first.key(), "");
        out.addAll(own);
        if (!own.isEmpty() || !q.isParametric()) {
            return out;
        }
        for (long seed = 1; seed <= SEEDS; seed++) {
            try {
                List<ValidationIssue> drawn = selfTest(bank, variants.instance(q, seed).key(), " (drawn with seed " + seed + ")");
                if (!drawn.isEmpty()) {
                    out.addAll(drawn);
                    break;
                }
            } catch (KeyException e) {
                out.add(bank.issue(e.pointer(), e.getMessage()));
                break;
            }
        }
        return out;
    }

    /** Checks that a computed key grades itself right, a near miss wrong, and each mistake as itself. */
    private List<ValidationIssue> selfTest(Bank bank, ComputedKey key, String variant) {
        List<ValidationIssue> out = new ArrayList<>();
        Question q = key.question();
        if (key.key() instanceof Key.SelfMarked) {
            return out;
        }
        try {
            Verdict right = key.check(key.typedForm());
            if (!Boolean.TRUE.equals(right.correct())) {
                out.add(bank.issue(q.pointer() + "/answer", "the key '" + abbreviate(key.typedForm())
                        + "' does not pass its own grader" + variant + ": " + VerdictText.sentence(right).replace("\n- ", "; ")));
            }
            String wrong = SelfTest.perturbed(key);
            if (wrong != null) {
                Verdict v = key.check(wrong);
                if (!Boolean.FALSE.equals(v.correct())) {
                    out.add(bank.issue(q.pointer() + "/answer", "a wrong answer '" + abbreviate(wrong)
                            + "' is not marked wrong" + variant + ": the grader is too lenient for this key"));
                }
            }
            for (int i = 0; i < key.mistakes().size(); i++) {
                var m = key.mistakes().get(i);
                switch (key.checkMistake(i)) {
                    case SAME_AS_KEY -> out.add(bank.issue(q.pointer() + "/mistakes/" + i, "mistake '" + m.name()
                            + "' gives the same answer as the key" + variant + ", so it cannot be told apart"));
                    case NOT_RECOGNISED -> out.add(bank.issue(q.pointer() + "/mistakes/" + i, "mistake '" + m.name()
                            + "' is not recognised by the grader" + variant));
                    case RECOGNISED -> { }
                }
            }
        } catch (RuntimeException e) {
            out.add(bank.issue(q.pointer(), "the question cannot be graded: " + e.getMessage()));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
