package org.deepdrill.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Window size, theme and zoom, remembered in a small properties file beside the progress
 * database. A plain file rather than the database: it is read before the window opens, and
 * loading SQLite's native library there would delay the first frame.
 */
public final class WindowSettings {
    private final Path file;
    private final Properties props = new Properties();

    public WindowSettings(Path file) {
        this.file = file;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            // first start, or an unreadable file: defaults, and the next save rewrites it
        }
    }

    public double number(String key, double fallback, double min, double max) {
        try {
            double v = Double.parseDouble(props.getProperty(key, ""));
            return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The text stored under {@code key}, or null. */
    public String text(String key) {
        return props.getProperty(key);
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(props.getProperty(key, "false"));
    }

    public void put(String key, Object value) {
        props.setProperty(key, String.valueOf(value));
    }

    /** Writes the file; failing to remember a window size is not worth bothering the user. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "DeepDrill window settings");
            }
        } catch (IOException e) {
            // keep going: settings are a convenience
        }
    }
}
