package org.deepdrill.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.study.TaskRunner;
import org.deepdrill.study.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewViewModelTest {
    private final PreviewViewModel vm = new PreviewViewModel(TaskRunner.SAME_THREAD, new Variants(new KeyComputer(OpRegistry.standard())));

    @Test
    void openingABankListsItsQuestionsAndItsValidationProblems(@TempDir Path dir) throws Exception {
        vm.open(TestBanks.write(dir).resolve("mini.json"));
        assertEquals(4, vm.questions().size());
        assertEquals(1, vm.issues().size(), vm.issues().toString());
        assertTrue(vm.issues().get(0).message().contains("index 5 is outside"), vm.issues().toString());
        assertEquals("mini.laplacian", vm.selectedProperty().get().id());
    }

    @Test
    void clickingAProblemSelectsTheQuestionItIsAbout(@TempDir Path dir) throws Exception {
        vm.open(TestBanks.write(dir).resolve("mini.json"));
        ValidationIssue issue = vm.issues().get(0);
        vm.selectIssue(issue);
        assertEquals("mini.broken", vm.selectedProperty().get().id());
        assertTrue(vm.problemProperty().get().startsWith("mini.broken cannot be computed"));
    }

    @Test
    void steppingThroughSeedsShowsDrawnVariantsAndNullReturnsToTheSheet(@TempDir Path dir) throws Exception {
        vm.open(TestBanks.write(dir).resolve("mini.json"));
        vm.setSeed(3L);
        assertEquals(3L, vm.shownProperty().get().instance().seed());
        vm.setSeed(null);
        assertEquals(null, vm.shownProperty().get().instance().seed());
        assertTrue(vm.shownProperty().get().question().prompt().contains("(0, 1), (1, 2)"));
    }

    @Test
    void reloadingPicksUpAnEditAndKeepsTheSelection(@TempDir Path dir) throws Exception {
        Path bank = TestBanks.write(dir).resolve("mini.json");
        vm.open(bank);
        vm.select(vm.questions().get(1));
        Files.writeString(bank, Files.readString(bank).replace("Which is symmetric", "Which matrix is symmetric"));
        vm.reload();
        assertEquals("mini.choice", vm.selectedProperty().get().id());
        assertTrue(vm.shownProperty().get().question().prompt().startsWith("Which matrix is symmetric"));
        assertEquals(2, vm.reloads());
    }
}
