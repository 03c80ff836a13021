/**
 * Starting the desktop app fast, and the one place that records what start-up tuning was
 * measured to win. Elsewhere the code does these things without repeating the figures.
 *
 * <p>Measured on a two-core Linux VM under Xvfb (see the README's Benchmarks): a plain start
 * ({@code -Ddeepdrill.relaunch=false}) showed the first question after 1.3–1.5 s; the tuned
 * launch with the archive of an earlier run after 0.9–1.1 s, of which the first JVM (start,
 * decide, spawn) is 70–110 ms.
 *
 * <h2>The JVM ({@link org.deepdrill.launch.TunedLaunch})</h2>
 * <ul>
 * <li>{@code -XX:TieredStopAtLevel=1}: C2's compiler threads took a whole core during start-up;
 * the heavy numbers run in ND4J's native code, so C2's faster Java buys nothing a student notices.</li>
 * <li>{@code -XX:+UseSerialGC}: the heap is small (matrices live off-heap), so one collector
 * thread and a lower footprint beat G1's parallel threads.</li>
 * <li>{@code -XX:MetaspaceSize=128m}: the app's ~6,000 classes passed the default 21 MB first
 * threshold, and the full collection that started was a 0.09 s pause.</li>
 * <li>The class-data archive ({@code StartupArchive}): later runs map the classes the first run
 * loaded from one file instead of reading, parsing and verifying them from 50 jars.</li>
 * <li>{@code -XX:ArchiveRelocationMode=0}: mapped at a random address, the archive's 40 MB of
 * pointers were moved on every start, 0.1 s.</li>
 * <li>{@code -XX:-UsePerfData}: no shared-memory statistics file, ~5 ms.</li>
 * <li>The first JVM reads its options from {@code /proc/self/cmdline} (under 1 ms; through
 * {@code ProcessHandle} ~15 ms, the management interface ~25 ms), uses {@code java.io.File}
 * rather than NIO for what runs on every start (~15 ms), and splits the manifest's class path
 * without a regular expression (a few ms).</li>
 * <li>Start-up timing learns when the first JVM started from {@code /proc}, after the first
 * frame ({@link org.deepdrill.launch.FirstJvmClock}, {@code ui.StartupTiming}): asking the JVM
 * loads the management classes, ~25 ms that the timed start-up would include.</li>
 * </ul>
 *
 * <h2>The build ({@code pom.xml})</h2>
 * <ul>
 * <li>{@code -XDstringConcat=inline}: each distinct string concatenation otherwise costs a
 * bootstrap of several ms the first time it runs, about 100 of them at start-up.</li>
 * <li>Class-path order: the JVM searches jars in order, so JavaFX and Jackson come before the
 * large ND4J jars.</li>
 * </ul>
 *
 * <h2>The app ({@code ui.DeepDrillApp} and what it starts)</h2>
 * <ul>
 * <li>The banks are read on a thread of their own from {@code main()}, while the toolkit
 * starts, and the op registry and key computer are made there after them (~25 ms that were the
 * FX thread's); the banks' JSON Schema check is left to {@code validate}.</li>
 * <li>The math renderer (0.4–0.6 s the first time) and ND4J (~0.5 s) warm up only after the
 * first frame: jlatexmath's fonts (AWT) and the toolkit's own start contended, and made the
 * window itself late. The task runner holds the first key's computation until then too.</li>
 * <li>The progress file (SQLite's native library) opens on a thread of its own after the first
 * frame; the window's settings are a properties file, read before the window opens.</li>
 * <li>The theme is set before any control exists, so JavaFX's own theme (Modena) is never
 * loaded; the screens are built before the scene, as nodes added to a scene one by one each
 * restyled their subtree (~0.1 s).</li>
 * <li>The home screen is made when first shown, its list of bank problems only when there is
 * one (a list view is among the dearest controls of the first frame), and the first question's
 * text is set at once so it is in the window's very first frame.</li>
 * <li>Shuffling uses {@code SplittableRandom}: {@code SecureRandom}'s seeding cost the first
 * question ~10 ms.</li>
 * </ul>
 */
package org.deepdrill.launch;
