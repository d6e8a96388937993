package org.interleave.level.save;

import java.io.IOException;
import java.nio.file.Path;

/** Another game process for tests: loads the data folder given as its argument, says so, and holds it until stdin closes. */
final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws IOException {
        try (PlayerData data = new PlayerData(new DataDirectory(Path.of(args[0])))) {
            PlayerData.Snapshot s = data.load();
            System.out.println(s.writable() ? "locked" : "read-only");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin
            }
        }
    }

    /** What a game started in a new JVM on {@code folder} gets: "locked" or "read-only"; it ends at once. */
    static String firstLine(Path folder) throws IOException, InterruptedException {
        Process p = spawn(folder);
        try {
            return new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        } finally {
            p.getOutputStream().close();
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static Process spawn(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
    }

    /** Starts a holder of {@code folder} in a new JVM and waits until it has the lock. */
    static Process start(Path folder) throws IOException {
        Process p = spawn(folder);
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"locked".equals(first)) {
            p.destroyForcibly();
            throw new IOException("the other process did not get the lock: " + first);
        }
        return p;
    }
}
