package org.deepdrill.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.File;
import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.deepdrill.store.ProgressStore;

/**
 * Starts the desktop app in a second JVM with start-up settings a jar cannot ask for itself:
 * a {@code java -jar} command takes JVM options only from its command line, and the app must
 * start fast for a student who just types that. The options ({@link #TUNING}) and the
 * class-data archive ({@link StartupArchive}) are those whose wins this package's notes record.
 * Only a plain {@code java [-D…] -jar deepdrill.jar} on HotSpot is relaunched. Anyone who
 * passes their own JVM options (a debugger agent, a different collector) gets exactly the JVM
 * they asked for, and {@code -Ddeepdrill.relaunch=false} turns this off.
 */
public final class TunedLaunch {
    /** Set in the second JVM, so it does not relaunch again. */
    static final String TUNED = "deepdrill.tuned";

    static final List<String> TUNING = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions", // a future JDK that drops a flag still starts
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:MetaspaceSize=128m",
            "-Xshare:auto",
            "-XX:-UsePerfData",
            // the archive at the address it was made for: random addresses harden a JVM against
            // memory exploits, which an offline study app that reads only its own files does not need
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
            // an archive that no longer fits is ignored quietly, not reported on the console
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private TunedLaunch() {
    }

    /**
     * Runs the app in a tuned second JVM and returns its exit code, or nothing when this JVM
     * should run the app itself (already tuned, not started from the jar, options of the
     * user's own, or the second JVM could not be started).
     */
    public static OptionalInt relaunchIfUseful() {
        if (!Boolean.parseBoolean(System.getProperty("deepdrill.relaunch", "true")) || Boolean.getBoolean(TUNED)) {
            return OptionalInt.empty();
        }
        Optional<File> jar = launchedJar(System.getProperty("java.class.path", ""));
        if (jar.isEmpty() || !isHotSpot(System.getProperty("java.vm.name", ""))) {
            return OptionalInt.empty();
        }
        // options from the environment reach the second JVM too, and are the user's choice of JVM
        if (System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("JAVA_TOOL_OPTIONS") != null) {
            return OptionalInt.empty();
        }
        List<String> userOptions = jvmOptions();
        if (!onlyPlainOptions(userOptions)) {
            return OptionalInt.empty();
        }
        File java = new File(System.getProperty("java.home"), isWindows() ? "bin/java.exe" : "bin/java");
        if (!java.canExecute()) {
            return OptionalInt.empty();
        }
        StartupArchive archive = new StartupArchive(
                StartupArchive.folder(System.getProperty(ProgressStore.DATA_FOLDER_PROPERTY), System.getProperty("os.name", ""),
                        System.getProperty("user.home", "."), System.getenv()),
                StartupArchive.fingerprint(System.getProperty("java.vm.version", "") + "@" + System.getProperty("java.home"),
                        classPath(jar.get())));
        File pending = null;
        if (!archive.exists() && archive.prepareFolder()) {
            pending = archive.pendingFile(ProcessHandle.current().pid());
        }
        // start-up timing needs nothing from this JVM: the app reads when it started (FirstJvmClock)
        List<String> command = command(java, jar.get(), userOptions, archive.exists() ? archive.file() : null, pending);
        return run(command, archive, pending);
    }

    /**
     * The second JVM's command line: {@code java}, the tuning options, the archive to use or
     * to write ({@code useArchive} and {@code writeArchive}, at most one non-null), the
     * user's own {@code -D} options unchanged, then {@code -jar jar}.
     */
    static List<String> command(File java, File jar, List<String> userOptions, File useArchive, File writeArchive) {
        List<String> c = new ArrayList<>();
        c.add(java.toString());
        c.addAll(TUNING);
        if (useArchive != null) {
            c.add("-XX:SharedArchiveFile=" + useArchive);
        } else if (writeArchive != null) {
            c.add("-XX:ArchiveClassesAtExit=" + writeArchive);
        }
        c.add("-D" + TUNED + "=true");
        c.addAll(userOptions);
        c.add("-jar");
        c.add(jar.getAbsolutePath());
        return c;
    }

    /**
     * The JVM options this JVM was started with (those before {@code -jar}). Read from Linux's
     * record of the command line when there is one, else from the OS through
     * {@link ProcessHandle}, else from the management interface, the quickest first.
     */
    private static List<String> jvmOptions() {
        Optional<List<String>> line = commandLine();
        if (line.isPresent()) {
            List<String> args = line.get().subList(1, line.get().size());
            int jar = args.indexOf("-jar");
            if (jar >= 0) {
                return args.subList(0, jar);
            }
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** This process's command line, the program first. */
    private static Optional<List<String>> commandLine() {
        File proc = new File("/proc/self/cmdline");
        if (proc.canRead()) {
            try (FileInputStream in = new FileInputStream(proc)) {
                return Optional.of(splitAtNul(in.readAllBytes()));
            } catch (IOException e) {
                // fall through to the portable way
            }
        }
        Optional<String> program = ProcessHandle.current().info().command();
        Optional<String[]> args = ProcessHandle.current().info().arguments();
        if (program.isEmpty() || args.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        all.add(program.get());
        all.addAll(List.of(args.get()));
        return Optional.of(all);
    }

    /** The NUL-terminated strings of {@code /proc/self/cmdline}. */
    static List<String> splitAtNul(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start));
        }
        return parts;
    }

    /**
     * Whether the user gave only options the second JVM can take over as they are: system
     * properties and heap sizes. Anything else (an agent, {@code -XX:} flags) means the user
     * is choosing the JVM, and a debugger port, say, must not be opened twice.
     */
    static boolean onlyPlainOptions(List<String> userOptions) {
        for (String o : userOptions) {
            boolean plain = (o.startsWith("-D") && !o.startsWith("-D" + TUNED)) || o.startsWith("-Xmx") || o.startsWith("-Xms");
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** The jar this JVM runs from, when its class path is exactly one jar file (as with {@code java -jar}). */
    static Optional<File> launchedJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        File jar = new File(classPath);
        return jar.isFile() ? Optional.of(jar) : Optional.empty();
    }

    /** The flags above are HotSpot's; another JVM (OpenJ9) runs the app untuned. */
    static boolean isHotSpot(String vmName) {
        return vmName.contains("HotSpot") || vmName.contains("OpenJDK");
    }

    /** The jar and the jars its manifest puts on the class path, as the JVM reads them. */
    static List<File> classPath(File jar) {
        List<File> entries = new ArrayList<>();
        entries.add(jar);
        try (JarFile f = new JarFile(jar)) {
            Manifest m = f.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (cp != null) {
                File dir = jar.getAbsoluteFile().getParentFile();
                for (String e : cp.split(" ")) {
                    if (!e.isEmpty()) {
                        entries.add(new File(dir, e));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the fingerprint then covers the jar alone; the JVM still checks the rest
        }
        return entries;
    }

    private static OptionalInt run(List<String> command, StartupArchive archive, File pending) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // closing this JVM (SIGTERM, a task manager) closes the app too
        Thread stopChild = new Thread(child::destroy, "deepdrill-stop-app");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the app is still open
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        if (pending != null) {
            if (code == 0) {
                archive.promote(pending);
            } else {
                StartupArchive.discard(pending);
            }
        }
        return OptionalInt.of(code);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
