package org.interleave.app.custom;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folder of a {@link CustomPack} and reloads the pack when one of its level files
 * changes: a {@link WatchService} on its own daemon thread, and a reload once the changes have
 * been quiet for {@code debounceMillis} (an editor's save is often several events: truncate,
 * write, rename). The reload also runs off the FX thread; its result goes to {@code deliver},
 * which decides on which thread to show it (the game passes {@code Platform::runLater}).
 */
public final class PackWatcher implements AutoCloseable {
    /** How long changes must be quiet before the pack is reloaded. */
    public static final long DEFAULT_DEBOUNCE_MILLIS = 150;

    private final CustomPack pack;
    private final Consumer<CustomPack> onReload;
    private final Consumer<Runnable> deliver;
    private final long debounceMillis;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final ScheduledExecutorService reloader;
    private final Thread thread;
    private ScheduledFuture<?> pending;
    private volatile boolean closed;

    private PackWatcher(CustomPack pack, Consumer<CustomPack> onReload, Consumer<Runnable> deliver,
                        long debounceMillis) throws IOException {
        this.pack = pack;
        this.onReload = onReload;
        this.deliver = deliver;
        this.debounceMillis = debounceMillis;
        this.service = FileSystems.getDefault().newWatchService();
        this.reloader = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "interleave-pack-reload"));
        register(pack.folder(), pack.isFolder());
        this.thread = daemon(this::watch, "interleave-pack-watch");
        thread.start();
    }

    /**
     * Starts watching; {@code onReload} gets each reloaded pack through {@code deliver}.
     *
     * @throws IOException when the folder cannot be watched (the pack still works, unwatched)
     */
    public static PackWatcher start(CustomPack pack, Consumer<CustomPack> onReload, Consumer<Runnable> deliver,
                                    long debounceMillis) throws IOException {
        return new PackWatcher(pack, onReload, deliver, debounceMillis);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (recursive) {
            try (Stream<Path> dirs = Files.walk(dir)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    registerOne(d);
                }
            }
        } else {
            registerOne(dir);
        }
    }

    private void registerOne(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        synchronized (keys) {
            keys.put(key, dir);
        }
    }

    private void watch() {
        while (!closed) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir;
            synchronized (keys) {
                dir = keys.get(key);
            }
            boolean relevant = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    relevant = true;
                } else if (dir != null && event.context() instanceof Path name) {
                    Path changed = dir.resolve(name);
                    if (pack.isFolder() && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && Files.isDirectory(changed)) {
                        try {
                            register(changed, true);
                        } catch (IOException e) {
                            // a folder that vanished at once or cannot be read: nothing to watch in it
                        }
                        relevant = true;
                    }
                    relevant |= pack.concerns(changed);
                }
            }
            if (!key.reset()) {
                synchronized (keys) {
                    keys.remove(key);
                }
            }
            if (relevant) {
                schedule();
            }
        }
    }

    private synchronized void schedule() {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = reloader.schedule(this::reload, debounceMillis, TimeUnit.MILLISECONDS);
    }

    private void reload() {
        CustomPack reloaded = CustomPack.load(pack.source());
        if (!closed) {
            deliver.accept(() -> {
                if (!closed) {
                    onReload.accept(reloaded);
                }
            });
        }
    }

    /** Stops watching; no reload is delivered after this returns. */
    @Override
    public void close() {
        closed = true;
        reloader.shutdownNow();
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only releases its handles
        }
        thread.interrupt();
    }
}
