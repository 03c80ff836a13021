package org.deepdrill.ui.view;

import java.util.function.Consumer;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.study.Catalog;
import org.deepdrill.ui.viewmodel.HomeViewModel;

/**
 * The home screen: every topic with its number of questions and how well it is known, and a
 * practice set chosen by topic, question type or exam sheet, or everything shuffled.
 */
public final class HomeView {
    private static final String ANY = "any";

    private final BorderPane root = new BorderPane();

    public HomeView(HomeViewModel vm, Consumer<Catalog.Filter> start, Runnable preview) {
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

        VBox box = new VBox(14, title, subtitle, loading, topics, hint, filters, actions, problemBox);
        box.setPadding(new Insets(24));
        box.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setId("home");
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

    /** A topic: its name, the number of questions, and a mastery bar once it has been practised. */
    private static final class TopicCell extends ListCell<HomeViewModel.TopicRow> {
        @Override
        protected void updateItem(HomeViewModel.TopicRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add("text-bold");
            Label count = new Label(row.questions() + " questions");
            count.getStyleClass().add("text-muted");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line = new HBox(12, name, count, spacer);
            line.setAlignment(Pos.CENTER_LEFT);
            if (row.mastery() >= 0) {
                ProgressBar bar = new ProgressBar(row.mastery());
                bar.setPrefWidth(140);
                line.getChildren().addAll(bar, new Label(Math.round(row.mastery() * 100) + "% known · "
                        + row.attempted() + " tried"));
            } else {
                line.getChildren().add(new Label("not started"));
            }
            setText(null);
            setGraphic(line);
        }
    }
}
