package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A start that cannot succeed ends with one clear ERROR line without a stack trace and a non-zero status; it never hangs. */
class StartupFailuresTest {

    @TempDir
    Path directory;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logged);
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_DB_URL", "jdbc:h2:mem:startup-" + System.nanoTime());
        environment.put("TOLLGATE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
        environment.put("TOLLGATE_HTTP_PORT", "0");
        return environment;
    }

    private String runExpectingOneErrorLine(Map<String, String> environment, int expectedStatus) {
        int status = new CommandLine(environment, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .execute("run");
        List<ILoggingEvent> errors = new ArrayList<>(logged.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList());
        assertThat(status).as("exit status; logged %s", errors).isEqualTo(expectedStatus);
        assertThat(errors).as("error lines").hasSize(1);
        assertThat(errors.get(0).getThrowableProxy()).as("stack trace").isNull();
        assertThat(logged.list).as("no stack trace at any level").allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        return errors.get(0).getFormattedMessage();
    }

    @Test
    void run_withPostgresDown_failsWithOneLine() throws Exception {
        Map<String, String> environment = environment();
        environment.put("TOLLGATE_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/tollgate");

        assertThat(runExpectingOneErrorLine(environment, CommandLine.FAILED))
                .startsWith("Tollgate cannot start: cannot connect to the database at jdbc:postgresql://127.0.0.1:")
                .contains("Connection refused");
    }

    @Test
    void run_withAWrongPostgresPassword_failsWithOneLine() {
        Map<String, String> environment = environment();
        environment.put("TOLLGATE_DB_URL", TestDatabase.postgresUrl());
        environment.put("TOLLGATE_DB_USER", TestDatabase.postgresUser());
        environment.put("TOLLGATE_DB_PASSWORD", "certainly-wrong");

        String line = runExpectingOneErrorLine(environment, CommandLine.FAILED);
        assertThat(line).contains("cannot connect to the database", "password authentication failed")
                .doesNotContain("certainly-wrong");
    }

    @Test
    void run_withADatabaseThatAcceptsButNeverAnswers_timesOutWithOneLine() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, String> environment = environment();
            environment.put("TOLLGATE_DB_URL", "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/tollgate");

            assertThat(runExpectingOneErrorLine(environment, CommandLine.FAILED))
                    .contains("cannot connect to the database", "within 10 s");
        }
    }

    @Test
    void run_withTheHttpPortInUse_failsWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> environment = environment();
            environment.put("TOLLGATE_HTTP_PORT", Integer.toString(taken.getLocalPort()));

            assertThat(runExpectingOneErrorLine(environment, CommandLine.FAILED))
                    .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void run_withAShortSecretKey_failsWithOneLine() {
        Map<String, String> environment = environment();
        environment.put("TOLLGATE_SECRET_KEY", "c2hvcnQ=");

        assertThat(runExpectingOneErrorLine(environment, CommandLine.FAILED)).contains("32 bytes").doesNotContain("c2hvcnQ=");
    }

    @Test
    void run_withAnUnknownServerKind_isRefusedAsAConfigurationProblem() {
        Map<String, String> environment = environment();
        environment.put("TOLLGATE_SERVERS_0_ID", "de-1");
        environment.put("TOLLGATE_SERVERS_0_KIND", "marzban");
        environment.put("TOLLGATE_SERVERS_0_PROTOCOL", "vless");
        environment.put("TOLLGATE_SERVERS_0_ADDRESS", "https://panel.example.com/");
        environment.put("TOLLGATE_SERVERS_0_INBOUND", "1");
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_HOST", "de.example.com");
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_PORT", "443");

        assertThat(runExpectingOneErrorLine(environment, CommandLine.BAD_CONFIGURATION)).contains("kind 'marzban'");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
