package org.deepdrill.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.deepdrill.bank.Bank;
import org.deepdrill.bank.BankLoader;
import org.deepdrill.bank.Kind;
import org.deepdrill.bank.Question;
import org.deepdrill.bank.ValidationIssue;

/**
 * Every question of the banks the app found, and the problems of those that did not load. A
 * broken bank is reported and skipped; the others load.
 */
public final class Catalog {
    /** A question and the bank it belongs to. */
    public record Entry(Bank bank, Question question) {
        public String id() {
            return question.id();
        }
    }

    /** One topic on the home screen: its questions' ids, in bank order. */
    public record Topic(String name, List<String> questionIds) {
        public int size() {
            return questionIds.size();
        }
    }

    /** What a practice set draws from; null fields do not filter. */
    public record Filter(String topic, String type, String sheet, boolean shuffled) {
        public static final Filter EVERYTHING_SHUFFLED = new Filter(null, null, null, true);

        Predicate<Entry> predicate() {
            return e -> (topic == null || topic.equals(e.bank().topic()))
                    && (type == null || type.equals(e.question().type()))
                    && (sheet == null || (e.question().source() != null && sheet.equals(e.question().source().seed())));
        }
    }

    private final List<Entry> entries;
    private final List<ValidationIssue> issues;

    public Catalog(List<Entry> entries, List<ValidationIssue> issues) {
        this.entries = List.copyOf(entries);
        this.issues = List.copyOf(issues);
    }

    /** Loads every bank under {@code paths}; never throws for a bad bank, only lists its problems. */
    public static Catalog load(List<Path> paths) {
        List<ValidationIssue> issues = new ArrayList<>();
        List<Bank> banks = new ArrayList<>();
        List<Path> files;
        try {
            files = BankLoader.bankFiles(paths, issues::add);
        } catch (IOException e) {
            issues.add(new ValidationIssue(paths.isEmpty() ? Path.of(".") : paths.get(0), 1, 1, "cannot be read: " + e.getMessage()));
            return new Catalog(List.of(), issues);
        }
        BankLoader loader = new BankLoader();
        for (Path file : files) {
            BankLoader.Result r = loader.load(file);
            issues.addAll(r.issues());
            r.bank().ifPresent(banks::add);
        }
        return of(banks, issues);
    }

    /**
     * The catalog of banks already loaded (by {@code validate}, say) with their problems: a
     * question id used twice is kept where it came first, and the repeat is listed as skipped.
     */
    public static Catalog of(List<Bank> banks, List<ValidationIssue> problems) {
        List<Entry> entries = new ArrayList<>();
        List<ValidationIssue> issues = new ArrayList<>(problems);
        Map<String, Path> seen = new java.util.HashMap<>();
        for (Bank bank : banks) {
            for (Question q : bank.questions()) {
                Path first = seen.putIfAbsent(q.id(), bank.file());
                if (first != null) {
                    issues.add(bank.issue(q.pointer() + "/id", "question id '" + q.id() + "' is used twice (also in " + first
                            + "); this one is skipped"));
                    continue;
                }
                entries.add(new Entry(bank, q));
            }
        }
        Collections.sort(issues);
        return new Catalog(entries, issues);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Topics in the order their banks were found. */
    public List<Topic> topics() {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (Entry e : entries) {
            byTopic.computeIfAbsent(e.bank().topic(), t -> new ArrayList<>()).add(e.id());
        }
        List<Topic> out = new ArrayList<>();
        byTopic.forEach((name, ids) -> out.add(new Topic(name, List.copyOf(ids))));
        return out;
    }

    /** The sheets questions cite, sorted. */
    public List<String> sheets() {
        return entries.stream().filter(e -> e.question().source() != null).map(e -> e.question().source().seed())
                .distinct().sorted().toList();
    }

    /** The question types present, in the order of {@link Kind#NAMES}. */
    public List<String> types() {
        return Kind.NAMES.stream().filter(t -> entries.stream().anyMatch(e -> e.question().type().equals(t))).toList();
    }

    /** The questions a filter selects, shuffled with {@code seed} when it asks for it. */
    public List<Entry> select(Filter filter, long seed) {
        List<Entry> out = new ArrayList<>(entries.stream().filter(filter.predicate()).toList());
        if (filter.shuffled()) {
            Collections.shuffle(out, new Random(seed));
        }
        return out;
    }

    public java.util.Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
