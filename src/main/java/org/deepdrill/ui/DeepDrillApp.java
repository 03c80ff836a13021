package org.deepdrill.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.Nd;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.store.ProgressStore;
import org.deepdrill.study.BankSource;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.Practice;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.ui.math.MathRenderer;
import org.deepdrill.ui.view.HomeView;
import org.deepdrill.ui.view.PracticeView;
import org.deepdrill.ui.view.PreviewView;
import org.deepdrill.ui.viewmodel.HomeViewModel;
import org.deepdrill.ui.viewmodel.PracticeViewModel;
import org.deepdrill.ui.viewmodel.PreviewViewModel;

/**
 * The desktop app. Wires the layers (banks, progress store, task runner) and switches between
 * the home, practice and preview screens. ND4J, the math renderer and the progress store start
 * in the background once the first frame is laid out; nothing heavy runs on the FX thread.
 *
 * <p>System properties: {@code deepdrill.data} (folder for progress and settings),
 * {@code deepdrill.start=shuffled} (open straight into a shuffled practice set),
 * {@code deepdrill.timing=true} (print the time from JVM start to the first question on screen),
 * {@code deepdrill.timing.quit=true} (with timing: quit 1.5 s after the first question, for the
 * start-up benchmark).
 */
public final class DeepDrillApp extends Application {
    /** Held so the level set below is not lost when the logger is collected. */
    private static java.util.logging.Logger[] javafxLogs;

    private final Appearance appearance = new Appearance();
    private WindowSettings settings;
    private FxTaskRunner runner;
    private ProgressLog log;
    private Variants variants;
    private HomeViewModel homeVm;
    // made in start(): a control made earlier (in the constructor) would load JavaFX's default
    // theme, Modena, only for it to be replaced by AtlantaFX's
    private BorderPane shell;
    private Label notice;
    private Node homeNode;

    /**
     * Starts the app from a plain main class: JavaFX on the class path then works with
     * {@code java -jar}; its warning about that setup is not for users, so it is silenced.
     */
    public static void launchApp(String[] args) {
        if (!Application.class.getModule().isNamed()) {
            // JavaFX on the class path warns that it is "unsupported"; on the module path (as
            // `mvn javafx:run` runs it) there is no warning, and logging need not start at all
            javafxLogs = new java.util.logging.Logger[] {java.util.logging.Logger.getLogger("javafx"),
                java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")};
            for (java.util.logging.Logger l : javafxLogs) {
                l.setLevel(java.util.logging.Level.SEVERE);
            }
        }
        // While the toolkit starts, another thread reads the banks (plain Jackson work). The math
        // renderer and ND4J warm up only once the window is up: jlatexmath's fonts (AWT) and the
        // toolkit's own start contend, and starting them together made the window itself late.
        MathRenderer.deferUntilWarm();
        EARLY_CATALOG = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Catalog c = Catalog.load(BankSource.defaults());
            StartupTiming.mark("[bg] banks parsed");
            return c;
        }, r -> startDaemon("deepdrill-banks", r));
        // the op registry and key computer are plain objects too: made on the same thread, after
        // the banks, they are not work for the FX thread's first frame (~25 ms there)
        EARLY_VARIANTS = EARLY_CATALOG.thenApply(c -> new Variants(new KeyComputer(OpRegistry.standard())));
        try {
            Application.launch(DeepDrillApp.class, args);
        } catch (UnsupportedOperationException e) {
            // GTK's "Unable to open DISPLAY": over SSH or on a server, say what to do instead of a stack trace
            System.err.println("DeepDrill's window needs a graphical desktop, and none was found (" + e.getMessage() + ").");
            System.err.println("The command line works without one: java -jar deepdrill.jar --help");
            System.exit(2);
        }
    }

    /** Starts {@code work} on a thread of its own that does not keep the app alive once the window closes. */
    private static void startDaemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    private static volatile java.util.concurrent.CompletableFuture<Catalog> EARLY_CATALOG;
    private static volatile java.util.concurrent.CompletableFuture<Variants> EARLY_VARIANTS;
    private PracticeView practiceView;

    /** The banks, when they were read in time to be in the first frame. */
    private Catalog preloaded;

    @Override
    public void init() {
        // the launcher thread, not the FX thread, waits here for the banks read since main():
        // they are usually ready already, and then the first frame shows them
        var early = EARLY_CATALOG;
        if (early != null && getParameters().getUnnamed().isEmpty()) {
            try {
                preloaded = early.get(5, java.util.concurrent.TimeUnit.SECONDS);
                variants = EARLY_VARIANTS.get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                preloaded = null;
            }
        }
        Path dataFile = ProgressStore.defaultFile();
        settings = new WindowSettings(dataFile.resolveSibling("settings.properties"));
        appearance.darkProperty().set(settings.flag("dark"));
        appearance.fontSizeProperty().set(settings.number("fontSize", Appearance.DEFAULT_SIZE, Appearance.MIN_SIZE, Appearance.MAX_SIZE));
    }

    /** The shell's top bar and first screen: the home screen, or a question with {@code deepdrill.start}. */
    private void buildScreens() {
        notice = new Label();
        runner = FxTaskRunner.heldUntilReleased();
        log = new LazyProgressLog(() -> ProgressStore.open(ProgressStore.defaultFile()));
        if (variants == null) {
            variants = new Variants(new KeyComputer(OpRegistry.standard()));
        }
        homeVm = new HomeViewModel(runner, log);
        shell.setTop(topBar());
        String startAt = System.getProperty("deepdrill.start");
        // SQLite opens on its own thread after the first frame; until then topics show without mastery
        homeVm.progressOpening();
        if (preloaded != null) {
            homeVm.show(preloaded);
            if (startAt != null) {
                startAt(preloaded, startAt);
            }
        }
        if (shell.getCenter() == null) {
            shell.setCenter(home());
        }
    }

    @Override
    public void start(Stage stage) {
        // the theme before any control exists, so JavaFX's own theme (Modena) is never loaded
        appearance.applyTheme();
        shell = new BorderPane();
        // the screens are made before the scene: nodes added to a scene one by one each mark
        // their subtree for styling again, which cost the first frame about 0.1 s
        buildScreens();
        Scene scene = new Scene(shell, settings.number("width", 1100, 640, 4000), settings.number("height", 820, 480, 3000));
        appearance.apply(shell);
        appearance.fontSizeProperty().addListener((o, a, b) -> appearance.apply(shell));
        appearance.darkProperty().addListener((o, a, b) -> appearance.apply(shell));
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
        stage.setTitle("DeepDrill");
        stage.setScene(scene);
        stage.show();
        focusTopics();
        // the math renderer, ND4J, SQLite and queued work (the first key) start once the first
        // frame is laid out: on a two-core machine they would otherwise make that frame late
        Frames.afterNextLayout(scene, () -> {
            runner.release();
            openProgress();
            startDaemon("deepdrill-warmup", () -> {
                MathRenderer.warmUp();
                StartupTiming.mark("[bg] math warm");
                Platform.runLater(this::mathWarm);
                Nd.warmUp();
                StartupTiming.mark("[bg] nd4j warm");
            });
        });
        StartupTiming.afterNextFrame(shell, "window shown");
        StartupTiming.firstValue(homeVm.catalogProperty(), shell, "banks loaded");

        String startAt = System.getProperty("deepdrill.start");
        if (preloaded == null) {
            List<Path> banks = getParameters().getUnnamed().isEmpty() ? BankSource.defaults()
                    : getParameters().getUnnamed().stream().map(Path::of).toList();
            homeVm.load(banks);
            if (startAt != null) {
                homeVm.catalogProperty().addListener((o, a, c) -> {
                    if (c != null) {
                        startAt(c, startAt);
                    }
                });
            }
        }
    }

    /** Opens the progress store on its own thread: SQLite's native library is not work for the worker's queue. */
    private void openProgress() {
        startDaemon("deepdrill-store", () -> {
            var notice = log.recoveryNotice();
            Platform.runLater(() -> {
                notice.ifPresent(this::showNotice);
                homeVm.progressOpened();
            });
        });
    }

    /** The home screen, made when first shown: a start straight into practice does not need it yet. */
    private Node home() {
        if (homeNode == null) {
            homeNode = new HomeView(homeVm, this::startPractice, this::openPreview).node();
        }
        return homeNode;
    }

    /** Opens straight into practice: {@code shuffled}, or the topic of a question id starting at it. */
    private void startAt(Catalog c, String what) {
        if (c.isEmpty()) {
            return;
        }
        if (what.equals("shuffled")) {
            startPractice(Catalog.Filter.EVERYTHING_SHUFFLED, null);
        } else {
            c.find(what).ifPresent(e -> startPractice(new Catalog.Filter(e.bank().topic(), null, null, false), what));
        }
    }

    private Node topBar() {
        Label name = new Label("DeepDrill");
        name.getStyleClass().add("text-bold");
        ToggleButton dark = new ToggleButton("Dark");
        dark.setSelected(appearance.darkProperty().get());
        appearance.darkProperty().bind(dark.selectedProperty());
        Button smaller = new Button("A−");
        smaller.setOnAction(e -> appearance.zoomOut());
        Button larger = new Button("A+");
        larger.setOnAction(e -> appearance.zoomIn());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notice.setWrapText(true);
        notice.getStyleClass().add("warning");
        notice.setVisible(false);
        notice.setManaged(false);
        // a long notice wraps in the room left over; the title and the buttons never shrink to "…"
        notice.setMinWidth(0);
        for (Region whole : List.of(name, smaller, larger, dark)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, name, notice, spacer, smaller, larger, dark);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        return bar;
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
        notice.setManaged(true);
    }

    private void startPractice(Catalog.Filter filter) {
        startPractice(filter, null);
    }

    /** Starts a practice set, at the question {@code firstId} when given. */
    private void startPractice(Catalog.Filter filter, String firstId) {
        Catalog c = homeVm.catalogProperty().get();
        if (c == null) {
            return;
        }
        // shuffling and fresh numbers need no cryptographic randomness (SecureRandom costs the
        // first question ~10 ms of seeding)
        SplittableRandom random = new SplittableRandom();
        List<Catalog.Entry> entries = c.select(filter, random.nextLong());
        if (entries.isEmpty()) {
            showNotice("No question matches that choice.");
            return;
        }
        Practice practice = new Practice(entries, variants, log, Clock.systemUTC());
        if (firstId != null) {
            practice.goTo(firstId);
        }
        PracticeViewModel vm = new PracticeViewModel(practice, runner, () -> 1 + random.nextInt(1_000_000));
        PracticeView view = new PracticeView(vm, appearance, this::goHome);
        practiceView = view;
        shell.setCenter(view.node());
        StartupTiming.firstValue(vm.stemProperty(), shell, "first question on screen");
        StartupTiming.firstValue(vm.shownProperty(), shell, "its key and worked steps ready");
        if (StartupTiming.ON && Boolean.getBoolean("deepdrill.timing.quit")) {
            // the start-up benchmark's runs end themselves, with a normal exit (so the first
            // one writes its class-data archive); 1.5 s lets the key be computed meanwhile
            javafx.animation.PauseTransition quit = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            quit.setOnFinished(e -> Platform.exit());
            vm.stemProperty().addListener((o, a, b) -> quit.play());
        }
        javafx.stage.Window window = shell.getScene() == null ? null : shell.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            vm.loadWithStemNow();
        } else {
            vm.load();
        }
    }

    private void openPreview() {
        PreviewViewModel vm = new PreviewViewModel(runner, variants);
        PreviewView view = new PreviewView(vm, appearance, this::goHome);
        shell.setCenter(view.node());
        BankSource.defaults().stream().findFirst().ifPresent(view::open);
    }

    /** The math renderer is ready: typeset what was shown as source meanwhile. */
    private void mathWarm() {
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
    private void focusTopics() {
        if (homeNode != null && shell.getCenter() == homeNode) {
            Node topicList = homeNode.lookup("#topics");
            if (topicList != null) {
                topicList.requestFocus();
            }
        }
    }

    @Override
    public void stop() {
        if (shell != null && shell.getScene() != null && shell.getScene().getWindow() != null) {
            settings.put("width", shell.getScene().getWindow().getWidth());
            settings.put("height", shell.getScene().getWindow().getHeight());
        }
        settings.put("dark", appearance.darkProperty().get());
        settings.put("fontSize", appearance.fontSizeProperty().get());
        settings.save();
        if (runner != null) {
            runner.shutdown();
        }
        if (log != null) {
            log.close();
        }
    }
}
