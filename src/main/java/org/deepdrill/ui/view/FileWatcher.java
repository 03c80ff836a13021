package org.deepdrill.ui.view;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Calls back (on the FX thread) when a bank file or a file in a bank folder changes, so the TA's
 * preview reloads on save. Editors save in bursts (write, rename, touch): events within 300 ms
 * are merged into one reload.
 */
final class FileWatcher implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;

    FileWatcher(Path path, Runnable onChange) throws IOException {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        String only = Files.isDirectory(path) ? null : path.getFileName().toString();
        service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        thread = new Thread(() -> loop(only, onChange), "deepdrill-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(String only, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = key.pollEvents().stream()
                        .anyMatch(ev -> only == null ? String.valueOf(ev.context()).endsWith(".json") : only.equals(String.valueOf(ev.context())));
                key.reset();
                if (!relevant) {
                    continue;
                }
                // merge the burst of events one save makes
                WatchKey more;
                while ((more = service.poll(300, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                Platform.runLater(onChange);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
