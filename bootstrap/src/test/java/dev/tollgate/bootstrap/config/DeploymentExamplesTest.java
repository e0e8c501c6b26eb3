package dev.tollgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tollgate.bootstrap.CommandLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The deployment examples in docs/deploy stay true to the jar: its commands, its variables, its port. */
class DeploymentExamplesTest {

    private static final Path DEPLOY = Path.of("..", "docs", "deploy");
    private static final Pattern JAR_COMMAND = Pattern.compile("tollgate\\.jar((?: [^ '\"]+)*)");

    @Test
    void systemdUnits_callOnlyCommandsTheJarKnowsWithTheirArguments() throws Exception {
        List<String> commands = new ArrayList<>();
        for (String unit : List.of("tollgate.service", "tollgate-backup.service")) {
            for (String line : Files.readAllLines(DEPLOY.resolve(unit))) {
                if (!line.startsWith("ExecStart") || !line.contains("tollgate.jar")) {
                    continue;
                }
                Matcher jar = JAR_COMMAND.matcher(line);
                jar.find();
                String[] words = jar.group(1).trim().split(" ");
                assertThat(CommandLine.COMMANDS).as("%s: %s", unit, line).containsKey(words[0]);
                assertThat(words.length - 1).as("arguments of %s in %s", words[0], unit)
                        .isEqualTo(CommandLine.COMMANDS.get(words[0]));
                commands.add(words[0]);
            }
        }
        assertThat(commands).contains("run", "migrate", "backup");
        assertThat(CommandLine.HELP).contains(commands.toArray(String[]::new));
        String unit = Files.readString(DEPLOY.resolve("tollgate.service"));
        assertThat(unit).contains("RestartPreventExitStatus=" + CommandLine.BAD_CONFIGURATION + " " + CommandLine.USAGE);
        assertThat(unit).containsPattern("TimeoutStopSec=(\\d+)");
        Matcher stop = Pattern.compile("TimeoutStopSec=(\\d+)").matcher(unit);
        stop.find();
        assertThat(Long.parseLong(stop.group(1))).as("systemd waits longer than the app's own stop limit")
                .isGreaterThan(CommandLine.STOP_LIMIT.toSeconds());
    }

    @Test
    void environmentExample_namesOnlyKnownVariables_andTheProxyPointsAtItsPort() throws Exception {
        Map<String, String> environment = new HashMap<>();
        for (String line : Files.readAllLines(DEPLOY.resolve("tollgate.env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] pair = line.split("=", 2);
                environment.put(pair[0], pair[1]);
            }
        }
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger loader = (Logger) LoggerFactory.getLogger(ConfigLoader.class);
        loader.addAppender(logged);
        Settings settings;
        try {
            settings = new ConfigLoader().load(environment);
        } finally {
            loader.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN).isEmpty();
        String nginx = Files.readString(DEPLOY.resolve("nginx-tollgate.conf"));
        assertThat(nginx).contains("server " + settings.httpHost() + ":" + settings.httpPort() + ";", "location /sub/");
        assertThat(nginx).contains("server_name " + java.net.URI.create(settings.publicUrl()).getHost() + ";");
        assertThat(Arrays.asList(nginx.split("\n"))).anyMatch(line -> line.contains("ssl_certificate "));
    }
}
