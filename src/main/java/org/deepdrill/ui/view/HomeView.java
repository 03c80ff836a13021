package org.deepdrill.ui.view;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.DailyReview;
import org.deepdrill.ui.viewmodel.HomeViewModel;

/**
 * The home screen: today's review, every topic with its number of questions, what is due and new
 * in it and how well it is known, a practice set chosen by topic, question type or exam sheet, or
 * everything shuffled, and the questions not yet answered for all their points.
 */
public final class HomeView {
    private static final String ANY = "any";

    private final BorderPane root = new BorderPane();

    public HomeView(HomeViewModel vm, Consumer<Catalog.Filter> start, Runnable preview) {
        this(vm, start, preview, ids -> { }, ids -> { });
    }

    /**
     * The home screen; {@code review} starts today's session with its queue, {@code mistakes}
     * practises the questions on the mistakes list.
     */
    public HomeView(HomeViewModel vm, Consumer<Catalog.Filter> start, Runnable preview, Consumer<List<String>> review,
            Consumer<List<String>> mistakes) {
        Label title = new Label("DeepDrill");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Deep-learning exam practice with computed answers and worked solutions");
        subtitle.getStyleClass().add("text-muted");

        ListView<HomeViewModel.TopicRow> topics = new ListView<>(vm.topics());
        topics.setId("topics");
        topics.setCellFactory(l -> new TopicCell());
        topics.setPrefHeight(420);
        topics.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && topics.getSelectionModel().getSelectedItem() != null) {
                start.accept(new Catalog.Filter(topics.getSelectionModel().getSelectedItem().name(), null, null, false));
            }
        });

        ComboBox<String> type = new ComboBox<>();
        ComboBox<String> sheet = new ComboBox<>();
        type.setId("type-filter");
        sheet.setId("sheet-filter");
        // the catalog may have arrived before this screen was made (it is made when first shown)
        vm.catalogProperty().addListener((o, a, c) -> fillFilters(c, type, sheet));
        fillFilters(vm.catalogProperty().get(), type, sheet);
        Button practise = new Button("Practise selection");
        practise.setId("practise");
        practise.getStyleClass().add("accent");
        practise.setOnAction(e -> {
            HomeViewModel.TopicRow t = topics.getSelectionModel().getSelectedItem();
            start.accept(new Catalog.Filter(t == null ? null : t.name(), value(type), value(sheet), false));
        });
        Button shuffled = new Button("Everything, shuffled");
        shuffled.setId("shuffled");
        shuffled.setOnAction(e -> start.accept(Catalog.Filter.EVERYTHING_SHUFFLED));
        Button ta = new Button("Preview a bank (TA)…");
        ta.setOnAction(e -> preview.run());
        HBox filters = new HBox(10, new Label("Type"), type, new Label("Sheet"), sheet);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(10, practise, shuffled, ta);

        Label loading = new Label("Loading question banks…");
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(vm.loadingProperty());
        Label hint = new Label("Select a topic (double-click starts it), optionally a type or sheet, then Practise.");
        hint.getStyleClass().add("text-muted");

        // the list of bank problems is made only once there is one: most starts have none, and a
        // list view is among the dearest controls in the first frame
        VBox problemBox = new VBox(4);
        problemBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.issues()));
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        Runnable fillProblems = () -> {
            if (problemBox.getChildren().isEmpty() && !vm.issues().isEmpty()) {
                problemBox.getChildren().setAll(problemsTitle(vm), problemList(vm));
            }
        };
        vm.issues().addListener((javafx.collections.ListChangeListener<ValidationIssue>) c -> fillProblems.run());
        fillProblems.run();

        VBox box = new VBox(14, title, subtitle, loading, reviewRow(vm, review), topics, hint, filters, actions,
                mistakesBox(vm, mistakes), problemBox);
        box.setPadding(new Insets(24));
        box.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setId("home");
    }

    /** Today's review: the totals, the Review button and how many new questions a day it brings in. */
    private static Node reviewRow(HomeViewModel vm, Consumer<List<String>> review) {
        Button start = new Button();
        start.setId("review");
        start.getStyleClass().add("accent");
        start.textProperty().bind(vm.reviewTextProperty());
        start.disableProperty().bind(vm.reviewReadyProperty().not());
        start.setOnAction(e -> {
            List<String> queue = vm.reviewQueue();
            if (!queue.isEmpty()) {
                review.accept(queue);
            }
        });
        Spinner<Integer> perDay = new Spinner<>(0, DailyReview.MAX_NEW_PER_DAY, vm.newPerDayProperty().get());
        perDay.setId("new-per-day");
        perDay.setEditable(true);
        perDay.setPrefWidth(80);
        perDay.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.newPerDayProperty().set(b);
            }
        });
        vm.newPerDayProperty().addListener((o, a, b) -> perDay.getValueFactory().setValue(b.intValue()));
        Label perDayLabel = new Label("new a day");
        Label totals = new Label();
        totals.setId("review-totals");
        totals.getStyleClass().add("text-muted");
        totals.textProperty().bind(vm.totalsProperty());
        HBox row = new HBox(10, start, perDay, perDayLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, totals);
    }

    /** The questions never answered for all their points, and a button to practise them as a set. */
    private static Node mistakesBox(HomeViewModel vm, Consumer<List<String>> practise) {
        ListView<HomeViewModel.MistakeRow> list = new ListView<>(vm.mistakes());
        list.setId("mistakes");
        list.setPrefHeight(150);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HomeViewModel.MistakeRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.prompt() + "  —  best " + FeedbackView.points(row.bestScore())
                        + " / " + FeedbackView.pointsOf(row.points()) + " · " + row.attempts()
                        + (row.attempts() == 1 ? " try" : " tries"));
            }
        });
        Button go = new Button("Practise my mistakes");
        go.setId("practise-mistakes");
        go.setOnAction(e -> {
            if (!vm.mistakes().isEmpty()) {
                practise.accept(vm.mistakeIds());
            }
        });
        Label title = new Label();
        title.getStyleClass().add("text-bold");
        title.textProperty().bind(Bindings.size(vm.mistakes()).asString("My mistakes (%d): not yet answered for all points"));
        HBox head = new HBox(12, title, go);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.mistakes()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void fillFilters(Catalog c, ComboBox<String> type, ComboBox<String> sheet) {
        if (c == null) {
            return;
        }
        type.getItems().setAll(ANY);
        type.getItems().addAll(c.types());
        type.getSelectionModel().selectFirst();
        sheet.getItems().setAll(ANY);
        sheet.getItems().addAll(c.sheets());
        sheet.getSelectionModel().selectFirst();
    }

    private static Label problemsTitle(HomeViewModel vm) {
        Label t = new Label();
        t.textProperty().bind(javafx.beans.binding.Bindings.size(vm.issues()).asString("Problems in the banks (%d) — these questions were skipped:"));
        return t;
    }

    private static ListView<ValidationIssue> problemList(HomeViewModel vm) {
        ListView<ValidationIssue> problems = new ListView<>(vm.issues());
        problems.setPrefHeight(110);
        problems.setId("home-problems");
        return problems;
    }

    private static String value(ComboBox<String> c) {
        String v = c.getValue();
        return v == null || v.equals(ANY) ? null : v;
    }

    public Node node() {
        return root;
    }

    /**
     * A topic: its name, the number of questions, what is due today and new, and once any was
     * reviewed a bar with FSRS's mean recall today in words beneath.
     */
    private static final class TopicCell extends ListCell<HomeViewModel.TopicRow> {
        @Override
        protected void updateItem(HomeViewModel.TopicRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setStyle("");
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add("text-bold");
            Label count = new Label(row.questions() + " questions");
            count.getStyleClass().add("text-muted");
            boolean started = row.mastery() >= 0;
            Label todo = new Label(started ? row.due() + " due · " + row.fresh() + " new" : "not started · " + row.fresh() + " new");
            todo.getStyleClass().add(row.due() > 0 ? "text-bold" : "text-muted");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox first = new HBox(12, name, count, spacer, todo);
            first.setAlignment(Pos.CENTER_LEFT);
            // the recall goes on a line of its own, so the row fits the list at any text size
            VBox line = new VBox(4, first);
            if (started) {
                ProgressBar bar = new ProgressBar(row.mastery());
                bar.setPrefWidth(120);
                String words = row.recallWords();
                bar.setTooltip(new Tooltip("FSRS's mean chance of recall today over the topic's " + row.questions()
                        + " questions (never reviewed ones count 0): " + words));
                Label recall = new Label(words.substring(0, 1).toUpperCase() + words.substring(1) + " · "
                        + row.reviewed() + " of " + row.questions() + " reviewed");
                recall.setId("recall");
                recall.getStyleClass().add("text-muted");
                HBox second = new HBox(10, bar, recall);
                second.setAlignment(Pos.CENTER_LEFT);
                line.getChildren().add(second);
            }
            // the theme gives list cells one line's height (-fx-cell-size): a two-line row needs two
            setStyle(started ? "-fx-cell-size: 4.2em;" : "");
            setText(null);
            setGraphic(line);
        }
    }
}
