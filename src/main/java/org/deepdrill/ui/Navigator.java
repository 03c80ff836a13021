package org.deepdrill.ui;

import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.deepdrill.bank.Variants;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.Practice;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.TaskRunner;
import org.deepdrill.ui.theme.Appearance;
import org.deepdrill.ui.view.BankChooser;
import org.deepdrill.ui.view.HomeView;
import org.deepdrill.ui.view.PracticeView;
import org.deepdrill.ui.view.PreviewView;
import org.deepdrill.ui.viewmodel.HomeViewModel;
import org.deepdrill.ui.viewmodel.PracticeViewModel;
import org.deepdrill.ui.viewmodel.PreviewViewModel;

/**
 * Switches the shell's centre between the home, practice and preview screens, and handles the
 * app-wide keyboard shortcuts (zoom, quit). The app wires it; it makes each screen's view model.
 */
final class Navigator {
    private final BorderPane shell;
    private final Appearance appearance;
    private final HomeViewModel homeVm;
    private final TaskRunner runner;
    private final ProgressLog log;
    private final Variants variants;
    private final Consumer<String> notice;
    private final BankChooser chooser;
    private Node homeNode;
    private PracticeView practiceView;

    Navigator(BorderPane shell, Appearance appearance, HomeViewModel homeVm, TaskRunner runner, ProgressLog log,
            Variants variants, Consumer<String> notice, BankChooser chooser) {
        this.shell = shell;
        this.appearance = appearance;
        this.homeVm = homeVm;
        this.runner = runner;
        this.log = log;
        this.variants = variants;
        this.notice = notice;
        this.chooser = chooser;
    }

    /** Ctrl +/−/0 zoom, Ctrl+Q quits, wherever the focus is. */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
                appearance.zoomIn();
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
                appearance.zoomOut();
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0)) {
                appearance.resetZoom();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Q) {
                // quit as other desktop apps do; stop() still saves the window and theme
                Platform.exit();
                e.consume();
            }
        });
    }

    /** The home screen, made when first shown: a start straight into practice does not need it yet. */
    Node home() {
        if (homeNode == null) {
            homeNode = new HomeView(homeVm, this::startPractice, this::openPreview, ids -> startSet(ids, true),
                    ids -> startSet(ids, false)).node();
        }
        return homeNode;
    }

    /** Opens straight into practice: {@code shuffled}, or the topic of a question id starting at it. */
    void startAt(Catalog c, String what) {
        if (c.isEmpty()) {
            return;
        }
        if (what.equals("shuffled")) {
            startPractice(Catalog.Filter.EVERYTHING_SHUFFLED, null);
        } else {
            c.find(what).ifPresent(e -> startPractice(new Catalog.Filter(e.bank().topic(), null, null, false), what));
        }
    }

    private void startPractice(Catalog.Filter filter) {
        startPractice(filter, null);
    }

    /**
     * Practises these questions in this order (today's review, the mistakes list); with
     * {@code freshNumbers} every drawn drill gets numbers it has not shown before.
     */
    private void startSet(List<String> ids, boolean freshNumbers) {
        Catalog c = homeVm.catalogProperty().get();
        if (c == null) {
            return;
        }
        List<Catalog.Entry> entries = ids.stream().map(c::find).flatMap(java.util.Optional::stream).toList();
        if (entries.isEmpty()) {
            notice.accept("None of those questions is in the banks any more.");
            return;
        }
        SplittableRandom random = new SplittableRandom();
        Practice practice = new Practice(entries, variants, log, Clock.systemUTC());
        if (freshNumbers) {
            practice.drawFreshNumbers(() -> 1 + random.nextInt(1_000_000));
        }
        show(practice, random);
    }

    /** Starts a practice set, at the question {@code firstId} when given. */
    private void startPractice(Catalog.Filter filter, String firstId) {
        Catalog c = homeVm.catalogProperty().get();
        if (c == null) {
            return;
        }
        // shuffling and fresh numbers need no cryptographic randomness
        SplittableRandom random = new SplittableRandom();
        List<Catalog.Entry> entries = c.select(filter, random.nextLong());
        if (entries.isEmpty()) {
            notice.accept("No question matches that choice.");
            return;
        }
        Practice practice = new Practice(entries, variants, log, Clock.systemUTC());
        if (firstId != null) {
            practice.goTo(firstId);
        }
        show(practice, random);
    }

    private void show(Practice practice, SplittableRandom random) {
        PracticeViewModel vm = new PracticeViewModel(practice, runner, () -> 1 + random.nextInt(1_000_000));
        PracticeView view = new PracticeView(vm, appearance, this::goHome);
        practiceView = view;
        shell.setCenter(view.node());
        StartupTiming.firstValue(vm.stemProperty(), shell, "first question on screen");
        StartupTiming.firstValue(vm.shownProperty(), shell, "its key and worked steps ready");
        if (StartupTiming.ON && Boolean.getBoolean("deepdrill.timing.quit")) {
            // the start-up benchmark's runs end themselves, with a normal exit (so the first
            // one writes its class-data archive), once the key has had time to be computed
            PauseTransition quit = new PauseTransition(Duration.seconds(1.5));
            quit.setOnFinished(e -> Platform.exit());
            vm.stemProperty().addListener((o, a, b) -> quit.play());
        }
        Window window = shell.getScene() == null ? null : shell.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            vm.loadWithStemNow();
        } else {
            vm.load();
        }
    }

    /** Asks for a bank file first (cancelling stays home), then previews it. */
    private void openPreview() {
        Window owner = shell.getScene() == null ? null : shell.getScene().getWindow();
        chooser.choose(owner).ifPresent(bank -> {
            PreviewViewModel vm = new PreviewViewModel(runner, variants);
            PreviewView view = new PreviewView(vm, appearance, this::goHome, chooser);
            shell.setCenter(view.node());
            view.open(bank);
        });
    }

    /** The math renderer is ready: typeset what was shown as source meanwhile. */
    void refreshMath() {
        if (practiceView != null) {
            practiceView.refreshMath();
        }
    }

    private void goHome() {
        shell.setCenter(home());
        focusTopics();
        homeVm.refresh();
    }

    /** Keyboard focus on the topic list when the home screen is up (not on the first button of the top bar). */
    void focusTopics() {
        if (homeNode != null && shell.getCenter() == homeNode) {
            Node topicList = homeNode.lookup("#topics");
            if (topicList != null) {
                topicList.requestFocus();
            }
        }
    }
}
