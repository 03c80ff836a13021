package org.deepdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each platform's folders, with the environment given rather than read. */
class DataFoldersTest {
    private static final String USER_HOME = "/home/u"; // Java's user.home, from the password database

    @Test
    void onLinuxXdgFoldersAreUsedWhenSetToAbsolutePaths() {
        Map<String, String> xdg = Map.of("XDG_DATA_HOME", "/xdg/data", "XDG_CACHE_HOME", "/xdg/cache", "HOME", "/home/u");
        assertEquals(new File("/xdg/data/deepdrill"), DataFolders.data(null, "Linux", USER_HOME, xdg));
        assertEquals(new File("/xdg/cache/deepdrill"), DataFolders.cache(null, "Linux", USER_HOME, xdg));
    }

    @Test
    void onLinuxWithoutXdgFoldersTheyAreUnderTheHomeFolder() {
        Map<String, String> plain = Map.of("HOME", "/home/u");
        assertEquals(new File("/home/u/.local/share/deepdrill"), DataFolders.data(null, "Linux", USER_HOME, plain));
        assertEquals(new File("/home/u/.cache/deepdrill"), DataFolders.cache(null, "Linux", USER_HOME, plain));
        // the XDG spec: a relative or empty value is invalid and ignored
        Map<String, String> relative = Map.of("XDG_DATA_HOME", "data", "XDG_CACHE_HOME", " ", "HOME", "/home/u");
        assertEquals(new File("/home/u/.local/share/deepdrill"), DataFolders.data(null, "Linux", USER_HOME, relative));
        assertEquals(new File("/home/u/.cache/deepdrill"), DataFolders.cache(null, "Linux", USER_HOME, relative));
    }

    @Test
    void homeFromTheEnvironmentMakesASecondProfileOnLinuxAndMacOs() {
        Map<String, String> second = Map.of("HOME", "/tmp/x");
        assertEquals(new File("/tmp/x/.local/share/deepdrill"), DataFolders.data(null, "Linux", USER_HOME, second));
        assertEquals(new File("/tmp/x/.cache/deepdrill"), DataFolders.cache(null, "Linux", USER_HOME, second));
        assertEquals(new File("/tmp/x/Library/Application Support/DeepDrill"),
                DataFolders.data(null, "Mac OS X", USER_HOME, second));
        assertEquals(new File("/tmp/x/Library/Caches/DeepDrill"), DataFolders.cache(null, "Mac OS X", USER_HOME, second));
        // XDG folders still win over HOME
        assertEquals(new File("/xdg/deepdrill"),
                DataFolders.data(null, "Linux", USER_HOME, Map.of("HOME", "/tmp/x", "XDG_DATA_HOME", "/xdg")));
    }

    @Test
    void withoutHomeOrWithARelativeOneUserHomeIsUsed() {
        assertEquals(new File("/home/u/.local/share/deepdrill"), DataFolders.data(null, "Linux", USER_HOME, Map.of()));
        assertEquals(new File("/home/u/.cache/deepdrill"),
                DataFolders.cache(null, "Linux", USER_HOME, Map.of("HOME", "relative/home")));
        assertEquals(new File("/home/u/Library/Caches/DeepDrill"),
                DataFolders.cache(null, "Mac OS X", USER_HOME, Map.of("HOME", "")));
    }

    @Test
    void onWindowsAppDataFoldersAreUsedAndHomeIsNotAsked() {
        Map<String, String> env = Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming", "LOCALAPPDATA",
                "C:\\Users\\u\\AppData\\Local", "HOME", "/c/Users/u"); // HOME as Git Bash sets it
        assertEquals(new File(new File("C:\\Users\\u\\AppData\\Roaming"), "DeepDrill"),
                DataFolders.data(null, "Windows 11", "C:\\Users\\u", env));
        assertEquals(new File(new File("C:\\Users\\u\\AppData\\Local"), "DeepDrill/cache"),
                DataFolders.cache(null, "Windows 11", "C:\\Users\\u", env));
        assertEquals(new File(new File("C:\\Users\\u", "AppData/Roaming"), "DeepDrill"),
                DataFolders.data(null, "Windows 10", "C:\\Users\\u", Map.of("HOME", "/c/Users/u")));
    }

    @Test
    void theDataFolderPropertyWinsEverywhereAndTheCacheGoesInsideIt() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/xdg", "HOME", "/tmp/x", "APPDATA", "C:\\a");
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 11"}) {
            assertEquals(new File("/data"), DataFolders.data("/data", os, USER_HOME, env), os);
            assertEquals(new File("/data/cache"), DataFolders.cache("/data", os, USER_HOME, env), os);
        }
        assertEquals(new File("/home/u/.local/share/deepdrill"), DataFolders.data("  ", "Linux", USER_HOME, Map.of()));
    }
}
