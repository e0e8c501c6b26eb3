package dev.tollgate.adapters.xray.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Finding the V2Ray 4.x executable, starting it, and the small socket chores around it. */
final class V2RayBinary {

    static final String LOOPBACK = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private V2RayBinary() {
    }

    /** /usr/bin/v2ray or v2ray on PATH; fails (never skips) when missing, because CI installs it. */
    static Path executable() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("/usr/bin/v2ray"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "v2ray"));
                }
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The V2Ray core is missing: neither /usr/bin/v2ray nor v2ray on PATH. "
                + "Install Debian's package (apt-get install v2ray, version 4.34) to run these tests.");
    }

    static Process start(Path config, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(executable().toString(), "-config", config.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // V2Ray looks for geoip/geosite assets next to itself; none are needed by our configs.
        return builder.start();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /** Polls until each port accepts a TCP connection; fails with the process log when the process died. */
    static void awaitPorts(Process process, Path log, int... ports) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (int port : ports) {
            while (!accepts(port)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("v2ray exited with " + process.exitValue() + " before port "
                            + port + " opened; log " + log + ":\n" + tail(log));
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("v2ray did not open port " + port + " within " + START_TIMEOUT
                            + "; log " + log + ":\n" + tail(log));
                }
                pause(Duration.ofMillis(20));
            }
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
