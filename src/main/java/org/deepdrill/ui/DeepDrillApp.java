package org.deepdrill.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.store.ProgressStore;
import org.deepdrill.study.BankSource;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.DailyReview;
import org.deepdrill.study.FailureLog;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.ui.math.MathRenderer;
import org.deepdrill.ui.theme.Appearance;
import org.deepdrill.ui.view.BankChooser;
import org.deepdrill.ui.viewmodel.HomeViewModel;

/**
 * The desktop app's composition root: wires the layers (banks, progress store, task runner,
 * failure log), keeps the window's settings and orders the start-up; the {@link Navigator}
 * switches between the home, practice and preview screens. ND4J, the math renderer and the
 * progress store start in the background once the first frame is laid out; nothing heavy runs
 * on the FX thread.
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
    private Navigator navigator;

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
        CompletableFuture<Catalog> catalog = CompletableFuture.supplyAsync(() -> {
            keepFailuresInTheDataFolder();
            Catalog c = Catalog.load(BankSource.defaults());
            StartupTiming.mark("[bg] banks parsed");
            return c;
        }, r -> startDaemon("deepdrill-banks", r));
        // the op registry and key computer are plain objects too: made on the same thread, after the banks
        early = new EarlyStart(catalog, catalog.thenApply(c -> new Variants(new KeyComputer(OpRegistry.standard()))));
        try {
            Application.launch(DeepDrillApp.class, args);
        } catch (UnsupportedOperationException e) {
            // GTK's "Unable to open DISPLAY": over SSH or on a server, say what to do instead of a stack trace
            System.err.println("DeepDrill's window needs a graphical desktop, and none was found (" + e.getMessage() + ").");
            System.err.println("The command line works without one: java -jar deepdrill.jar --help");
            System.exit(2);
        }
    }

    /**
     * Failures the app recovers from, and any exception no one caught, go with their stack traces
     * to a rotating log beside the progress file, not to the console. Set up on the banks' thread,
     * before the task runner is released: the toolkit starts meanwhile.
     */
    private static void keepFailuresInTheDataFolder() {
        FailureLog.writeTo(ProgressStore.defaultFile().toAbsolutePath().getParent());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                FailureLog.record(DeepDrillApp.class, "Uncaught on thread " + thread.getName(), e));
    }

    /** Starts {@code work} on a thread of its own that does not keep the app alive once the window closes. */
    private static void startDaemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** What main() started before the toolkit: JavaFX makes the app object itself, so it is handed over here. */
    private record EarlyStart(CompletableFuture<Catalog> catalog, CompletableFuture<Variants> variants) {
    }

    private static volatile EarlyStart early;

    /** The banks, when they were read in time to be in the first frame. */
    private Catalog preloaded;

    @Override
    public void init() {
        // the launcher thread, not the FX thread, waits here for the banks read since main():
        // they are usually ready already, and then the first frame shows them
        EarlyStart started = early;
        if (started != null && getParameters().getUnnamed().isEmpty()) {
            try {
                preloaded = started.catalog().get(5, TimeUnit.SECONDS);
                variants = started.variants().get(5, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // start() reads the banks again and shows the student what is wrong with them
                FailureLog.record(DeepDrillApp.class, "The banks read at start-up are not ready; reading them again", e);
                preloaded = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
        homeVm.newPerDayProperty().set((int) settings.number("newPerDay", DailyReview.DEFAULT_NEW_PER_DAY, 0,
                DailyReview.MAX_NEW_PER_DAY));
        navigator = new Navigator(shell, appearance, homeVm, runner, log, variants, this::showNotice,
                new BankChooser(BankChooser.NATIVE, () -> settings.text("previewFolder"), f -> settings.put("previewFolder", f)));
        shell.setTop(topBar());
        String startAt = System.getProperty("deepdrill.start");
        // SQLite opens on its own thread after the first frame; until then topics show without mastery
        homeVm.progressOpening();
        if (preloaded != null) {
            homeVm.show(preloaded);
            if (startAt != null) {
                navigator.startAt(preloaded, startAt);
            }
        }
        if (shell.getCenter() == null) {
            shell.setCenter(navigator.home());
        }
    }

    @Override
    public void start(Stage stage) {
        // the theme before any control exists, so JavaFX's own theme (Modena) is never loaded
        appearance.applyTheme();
        shell = new BorderPane();
        // the screens are made before the scene: nodes added to a scene one by one each mark
        // their subtree for styling again
        buildScreens();
        Scene scene = new Scene(shell, settings.number("width", 1100, 640, 4000), settings.number("height", 820, 480, 3000));
        appearance.apply(shell);
        appearance.fontSizeProperty().addListener((o, a, b) -> appearance.apply(shell));
        appearance.darkProperty().addListener((o, a, b) -> appearance.apply(shell));
        navigator.installShortcuts(scene);
        stage.setTitle("DeepDrill");
        stage.setScene(scene);
        stage.show();
        navigator.focusTopics();
        // the math renderer, ND4J, SQLite and queued work (the first key) start once the first
        // frame is laid out: on a two-core machine they would otherwise make that frame late
        Frames.afterNextLayout(scene, () -> {
            runner.release();
            openProgress();
            startDaemon("deepdrill-warmup", () -> {
                MathRenderer.warmUp();
                StartupTiming.mark("[bg] math warm");
                Platform.runLater(navigator::refreshMath);
                OpRegistry.warmUp();
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
                        navigator.startAt(c, startAt);
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

    @Override
    public void stop() {
        if (shell != null && shell.getScene() != null && shell.getScene().getWindow() != null) {
            settings.put("width", shell.getScene().getWindow().getWidth());
            settings.put("height", shell.getScene().getWindow().getHeight());
        }
        settings.put("dark", appearance.darkProperty().get());
        settings.put("fontSize", appearance.fontSizeProperty().get());
        if (homeVm != null) {
            settings.put("newPerDay", homeVm.newPerDayProperty().get());
        }
        settings.save();
        if (runner != null) {
            runner.shutdown();
        }
        if (log != null) {
            log.close();
        }
    }
}
