package org.deepdrill.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.Practice;
import org.deepdrill.study.TaskRunner;
import org.deepdrill.study.TestBanks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice view model as a plain class: same-thread runner, in-memory progress. */
class PracticeViewModelTest {
    @TempDir
    Path dir;
    private final MemoryProgressLog log = new MemoryProgressLog();
    private PracticeViewModel vm;

    @BeforeEach
    void start() throws Exception {
        Catalog catalog = Catalog.load(List.of(TestBanks.write(dir)));
        Practice practice = new Practice(catalog.select(new Catalog.Filter("Graphs", null, null, false), 0), new Variants(
                new KeyComputer(OpRegistry.standard())), log, Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        long[] seeds = {41};
        vm = new PracticeViewModel(practice, TaskRunner.SAME_THREAD, () -> seeds[0]++);
        vm.load();
    }

    @Test
    void theFirstQuestionIsShownWithTheSheetsNumbersAndItsPosition() {
        assertEquals("mini.laplacian", vm.shownProperty().get().entry().id());
        assertEquals("1 / 4", vm.positionProperty().get());
        assertTrue(vm.shownProperty().get().question().prompt().contains("(0, 1), (1, 2)"));
        assertTrue(vm.shownProperty().get().figure().isPresent());
    }

    @Test
    void aRightMatrixIsCorrectAndCountsAsAnAttempt() {
        // path 0-1-2: degrees 1, 2, 1
        vm.submit("1 -1 0; -1 2 -1; 0 -1 1");
        assertEquals(Boolean.TRUE, vm.verdictProperty().get().correct());
        assertEquals(2.0, vm.verdictProperty().get().score());
        assertTrue(vm.answeredProperty().get());
        assertEquals(1, log.stats().get("mini.laplacian").attempts());
    }

    @Test
    void anAnswerThatDoesNotParseIsShownButNotCounted() {
        vm.submit("[[1, -1, 0], [-1, 2");
        assertNull(vm.verdictProperty().get().correct());
        assertFalse(vm.answeredProperty().get());
        assertTrue(log.stats().isEmpty());
    }

    @Test
    void submittingNothingSaysToTypeAnAnswerAndCountsNothing() {
        vm.submit("  ");
        assertEquals("Type an answer first.", vm.nudgeProperty().get());
        assertNull(vm.verdictProperty().get());
        assertTrue(log.stats().isEmpty());
        vm.answerChanged();
        assertEquals("", vm.nudgeProperty().get());
    }

    @Test
    void theSignlessLaplacianIsRecognisedAsThatMistake() {
        vm.submit("[[1, 1, 0], [1, 2, 1], [0, 1, 1]]");
        assertEquals(Boolean.FALSE, vm.verdictProperty().get().correct());
        assertEquals("signless_laplacian", vm.verdictProperty().get().mistake());
    }

    @Test
    void aWrongCellIsNamedInTheFeedback() {
        vm.submit("[[1, -1, 0], [-1, 3, -1], [0, -1, 1]]");
        assertEquals(Boolean.FALSE, vm.verdictProperty().get().correct());
        assertTrue(vm.verdictProperty().get().detail().contains("(2,2)"), vm.verdictProperty().get().detail());
    }

    @Test
    void newNumbersDrawAGraphThePromptShowsAndClearTheVerdict() {
        vm.submit("1 -1 0; -1 2 -1; 0 -1 1");
        vm.newNumbers();
        assertNull(vm.verdictProperty().get());
        Practice.Shown shown = vm.shownProperty().get();
        assertEquals(41L, shown.instance().seed());
        StringBuilder edges = new StringBuilder();
        for (var e : shown.question().compute().at("/steps/0/args/edges")) {
            edges.append(edges.length() > 0 ? ", " : "").append("(").append(e.get(0).asInt()).append(", ").append(e.get(1).asInt()).append(")");
        }
        assertTrue(shown.question().prompt().contains("edges " + edges + "."), shown.question().prompt());
    }

    @Test
    void aQuestionThatCannotBeComputedSaysWhyAndTheSetGoesOn() {
        vm.next();
        vm.next();
        assertNull(vm.shownProperty().get());
        assertTrue(vm.problemProperty().get().contains("mini.broken cannot be computed"), vm.problemProperty().get());
        vm.next();
        assertEquals("mini.open", vm.shownProperty().get().entry().id());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void anOpenQuestionIsMarkedByTheStudentAgainstItsRubric() {
        vm.next();
        vm.next();
        vm.next();
        vm.reveal();
        vm.selfMark(2, "a sum of squares");
        assertEquals(2.0, log.stats().get("mini.open").bestScore());
    }
}
