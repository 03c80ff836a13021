package org.deepdrill.store;

import java.io.File;
import java.util.Locale;
import java.util.Map;

/**
 * Where DeepDrill keeps a user's files, computed in one place so the progress file, the
 * settings beside it and the start-up archive's cache always agree:
 *
 * <table>
 * <caption>data (progress.db, settings.properties) and cache (the class-data archive)</caption>
 * <tr><th></th><th>data</th><th>cache</th></tr>
 * <tr><td>{@code -Ddeepdrill.data=DIR}</td><td>DIR</td><td>DIR/cache</td></tr>
 * <tr><td>Linux and others</td><td>{@code $XDG_DATA_HOME/deepdrill}, else {@code ~/.local/share/deepdrill}</td>
 *     <td>{@code $XDG_CACHE_HOME/deepdrill}, else {@code ~/.cache/deepdrill}</td></tr>
 * <tr><td>macOS</td><td>{@code ~/Library/Application Support/DeepDrill}</td><td>{@code ~/Library/Caches/DeepDrill}</td></tr>
 * <tr><td>Windows</td><td>{@code %APPDATA%\DeepDrill}</td><td>{@code %LOCALAPPDATA%\DeepDrill\cache}</td></tr>
 * </table>
 *
 * <p>{@code ~} is {@code $HOME} on Linux and macOS when it is set (Java's {@code user.home} comes
 * from the password database and ignores {@code $HOME}, so {@code HOME=/tmp/x deepdrill} would
 * otherwise still open the real profile), else {@code user.home}. The environment is a parameter
 * so that tests cover each case. Only {@code java.io.File}: the launcher calls this on every
 * start, before the app's JVM, where each class loaded costs time.
 */
public final class DataFolders {
    /** System property naming the data folder, for tests, screenshots and portable installs. */
    public static final String DATA_FOLDER_PROPERTY = "deepdrill.data";

    private DataFolders() {
    }

    /** The data folder, for this JVM's properties and environment. */
    public static File data() {
        return data(System.getProperty(DATA_FOLDER_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The cache folder, for this JVM's properties and environment. */
    public static File cache() {
        return cache(System.getProperty(DATA_FOLDER_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The data folder (see the class comment); {@code dataFolder} is the property's value or null. */
    public static File data(String dataFolder, String osName, String userHome, Map<String, String> env) {
        if (isSet(dataFolder)) {
            return new File(dataFolder);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return new File(isSet(appData) ? new File(appData) : new File(userHome, "AppData/Roaming"), "DeepDrill");
        }
        String home = home(userHome, env);
        if (os.startsWith("mac")) {
            return new File(home, "Library/Application Support/DeepDrill");
        }
        return new File(xdg(env.get("XDG_DATA_HOME"), new File(home, ".local/share")), "deepdrill");
    }

    /**
     * The cache folder (see the class comment). Not the data folder itself: the archive is tens
     * of megabytes, can be made again at any time, and must not roam with a Windows profile.
     */
    public static File cache(String dataFolder, String osName, String userHome, Map<String, String> env) {
        if (isSet(dataFolder)) {
            return new File(dataFolder, "cache");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return new File(isSet(local) ? new File(local) : new File(userHome, "AppData/Local"), "DeepDrill/cache");
        }
        String home = home(userHome, env);
        if (os.startsWith("mac")) {
            return new File(home, "Library/Caches/DeepDrill");
        }
        return new File(xdg(env.get("XDG_CACHE_HOME"), new File(home, ".cache")), "deepdrill");
    }

    /**
     * The home folder on Linux and macOS: {@code $HOME} when it is set to an absolute path (as
     * every shell and login sets it), else {@code user.home}. Windows has no such convention
     * (a {@code HOME} there is usually Git Bash's or Cygwin's), so it is not asked.
     */
    static String home(String userHome, Map<String, String> env) {
        String home = env.get("HOME");
        return isSet(home) && new File(home).isAbsolute() ? home : userHome;
    }

    /** An XDG base folder: the variable when set to an absolute path (the spec says to ignore a relative one). */
    private static File xdg(String variable, File otherwise) {
        return isSet(variable) && new File(variable).isAbsolute() ? new File(variable) : otherwise;
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
