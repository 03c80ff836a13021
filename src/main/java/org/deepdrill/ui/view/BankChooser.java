package org.deepdrill.ui.view;

import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.deepdrill.study.BankSource;

/**
 * Asks a TA which bank to preview. The dialog starts in the folder a bank was last chosen from
 * (remembered in the app's settings), else in the banks the app itself loads (a checkout's
 * {@code questions/}), else in the home folder; the folder of the chosen file is remembered.
 */
public final class BankChooser {
    /** The dialog itself; tests give their own, since a headless screen shows no native dialog. */
    public interface Dialog {
        Optional<Path> show(Window owner, Path startIn);
    }

    /** The platform's file dialog, for {@code *.json} banks. */
    public static final Dialog NATIVE = (owner, startIn) -> {
        FileChooser fc = new FileChooser();
        fc.setTitle("Preview a question bank");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Question banks", "*.json"));
        fc.setInitialDirectory(startIn.toFile());
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    };

    private final Dialog dialog;
    private final Supplier<String> lastFolder;
    private final Consumer<String> remember;

    public BankChooser(Dialog dialog, Supplier<String> lastFolder, Consumer<String> remember) {
        this.dialog = dialog;
        this.lastFolder = lastFolder;
        this.remember = remember;
    }

    /** A chooser that remembers nothing (a preview opened without the app's settings). */
    public static BankChooser forgetful() {
        return new BankChooser(NATIVE, () -> null, folder -> { });
    }

    /** Shows the dialog; the chosen bank file, its folder remembered for next time, or empty when cancelled. */
    public Optional<Path> choose(Window owner) {
        Optional<Path> chosen = dialog.show(owner, startFolder());
        chosen.map(p -> p.toAbsolutePath().getParent()).ifPresent(folder -> remember.accept(folder.toString()));
        return chosen;
    }

    /** Where the dialog opens: the last folder, the app's own bank folder on disk, or the home folder. */
    Path startFolder() {
        String last = lastFolder.get();
        if (last != null && !last.isBlank() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return BankSource.defaults().stream()
                .filter(p -> p.getFileSystem() == FileSystems.getDefault() && Files.isDirectory(p))
                .map(p -> p.toAbsolutePath().normalize())
                .findFirst()
                .orElse(Path.of(System.getProperty("user.home")));
    }
}
