package dev.tollgate.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.persistence.PersistenceModule;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.config.ConfigurationException;
import dev.tollgate.bootstrap.config.EffectiveConfiguration;
import dev.tollgate.bootstrap.config.Masked;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.bootstrap.operations.Backups;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's commands on the one jar. Each returns the process exit status: 0 done, 1 failed, 2 the
 * configuration has problems, 64 wrong usage; {@code run} blocks until the app is stopped.
 */
public final class CommandLine {

    static final int RUNNING = -1;
    public static final int OK = 0;
    static final int FAILED = 1;
    public static final int BAD_CONFIGURATION = 2;
    public static final int USAGE = 64;
    /** A stop (SIGTERM) that takes longer than this ends the process anyway. */
    public static final java.time.Duration STOP_LIMIT = java.time.Duration.ofSeconds(15);

    public static final String HELP = """
            Usage: java -jar tollgate.jar [COMMAND]

            Commands:
              run              start Tollgate (the default); SIGTERM or Ctrl-C stops it gracefully
              check-config     validate the configuration (tollgate.yml and TOLLGATE_* variables), print the
                               effective configuration with secrets masked; exit status 2 on problems
              migrate          migrate the database schema to this version and exit
              backup FILE      write a consistent database snapshot and the secret key into FILE (mode 0600;
                               a directory: tollgate-<UTC time>.zip in it); H2 through SCRIPT (stop the app
                               first), PostgreSQL through pg_dump
              restore FILE     restore a backup into an EMPTY database and put the secret key back
            """ + dev.tollgate.bootstrap.operations.ImportCommands.HELP + """
              --help           this text
            """;

    /** Each command and how many arguments it takes. */
    public static final Map<String, Integer> COMMANDS = Map.of("run", 0, "check-config", 0, "migrate", 0, "backup", 1,
            "restore", 1, "--help", 0, "-h", 0, "help", 0, "import-clients", -1, "list-unclaimed", -1);

    private static final Logger LOG = LoggerFactory.getLogger(CommandLine.class);

    private final Map<String, String> environment;
    private final PrintStream out;

    CommandLine(Map<String, String> environment, PrintStream out) {
        this.environment = environment;
        this.out = out;
    }

    int execute(String... args) {
        String command = args.length == 0 ? "run" : args[0];
        if (!COMMANDS.containsKey(command)) {
            return usage("unknown command: " + command);
        }
        if (COMMANDS.get(command) >= 0 && (args.length > 1 + COMMANDS.get(command)
                || (args.length > 0 && args.length < 1 + COMMANDS.get(command)))) {
            return usage(command + (COMMANDS.get(command) == 0 ? " takes no arguments" : " needs FILE"));
        }
        try {
            return switch (command) {
                case "run" -> run();
                case "check-config" -> checkConfig();
                case "migrate" -> migrate();
                case "backup" -> new Backups(settings(), out).backup(Path.of(args[1]));
                case "restore" -> new Backups(settings(), out).restore(Path.of(args[1]));
                case "import-clients", "list-unclaimed" -> importCommands(args);
                case "--help", "-h", "help" -> {
                    out.print(HELP);
                    yield OK;
                }
                default -> usage("unknown command: " + command);
            };
        } catch (ConfigurationException e) {
            LOG.error("{}", e.getMessage());
            return BAD_CONFIGURATION;
        } catch (RuntimeException e) {
            LOG.error("tollgate {} failed: {}", command, StartFailure.describe(e));
            return FAILED;
        }
    }

    private int importCommands(String... args) {
        Settings settings = settings();
        return new dev.tollgate.bootstrap.operations.ImportCommands(Application.modules(settings,
                dev.tollgate.bootstrap.operations.SecretKeys.resolve(settings.secretKey(), settings.secretKeyFile()),
                Clock.systemUTC()), settings.adminIds(), out).execute(args);
    }

    private int usage(String problem) {
        out.println(problem);
        out.print(HELP);
        return USAGE;
    }

    private Settings settings() {
        return new ConfigLoader().load(environment);
    }

    private int run() {
        Settings settings = settings();
        Application application;
        try {
            application = Application.start(settings, Clock.systemUTC());
        } catch (ConfigurationException e) {
            LOG.error("Tollgate cannot start: {}", e.getMessage());
            return BAD_CONFIGURATION;
        } catch (RuntimeException e) {
            LOG.error("Tollgate cannot start: {}", StartFailure.describe(e));
            return FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping Tollgate: no new work is taken, work in progress may finish (at most {} s)",
                    STOP_LIMIT.toSeconds());
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(STOP_LIMIT.toMillis());
                    LOG.warn("Tollgate did not stop within {} s; ending the process", STOP_LIMIT.toSeconds());
                    Runtime.getRuntime().halt(FAILED);
                } catch (InterruptedException stoppedInTime) {
                    Thread.currentThread().interrupt();
                }
            }, "tollgate-stop-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            application.close();
            watchdog.interrupt();
            LOG.info("Tollgate stopped");
            stopped.countDown();
        }, "tollgate-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return RUNNING;
    }

    private int checkConfig() {
        Settings settings;
        try {
            settings = settings();
        } catch (ConfigurationException e) {
            out.println(e.getMessage());
            return BAD_CONFIGURATION;
        }
        List<String> problems = new ArrayList<>();
        Secret key = settings.secretKey();
        String keySource = "TOLLGATE_SECURITY_SECRET_KEY";
        if (key.isEmpty()) {
            keySource = settings.secretKeyFile().toString();
            try {
                key = Files.isRegularFile(settings.secretKeyFile())
                        ? new Secret(Files.readString(settings.secretKeyFile(), StandardCharsets.US_ASCII).trim())
                        : new Secret(Base64.getEncoder().encodeToString(new byte[32]));
            } catch (IOException e) {
                problems.add("security.secretKeyFile (TOLLGATE_SECURITY_SECRET_KEY_FILE): cannot read " + keySource + ": " + e.getMessage());
                key = new Secret(Base64.getEncoder().encodeToString(new byte[32]));
            }
        }
        Injector injector = null;
        try {
            injector = Guice.createInjector(Stage.PRODUCTION, Application.modules(settings, key, Clock.systemUTC()));
        } catch (RuntimeException e) {
            problems.add(StartFailure.describe(e) + " (key from " + keySource + ")");
            try {
                // The rest of the wiring is still checked, with a stand-in key.
                injector = Guice.createInjector(Stage.PRODUCTION, Application.modules(settings,
                        new Secret(Base64.getEncoder().encodeToString(new byte[32])), Clock.systemUTC()));
            } catch (RuntimeException again) {
                String problem = StartFailure.describe(again);
                if (!problems.get(problems.size() - 1).startsWith(problem)) {
                    problems.add(problem);
                }
            }
        }
        if (injector != null) {
            Set<String> kinds = injector.getInstance(Key.get(new TypeLiteral<Set<PanelGatewayFactory>>() { })).stream()
                    .flatMap(factory -> factory.kinds().stream()).collect(Collectors.toCollection(TreeSet::new));
            for (ServerSettings server : settings.servers()) {
                if (!kinds.contains(server.kind())) {
                    problems.add("server " + server.id().value() + " has kind '" + server.kind() + "'; known kinds are " + kinds);
                }
            }
        }
        out.print(EffectiveConfiguration.render(settings));
        if (!problems.isEmpty()) {
            out.println("the configuration has problems:\n  - " + String.join("\n  - ", problems));
            return BAD_CONFIGURATION;
        }
        out.println("configuration OK");
        return OK;
    }

    private int migrate() {
        Settings settings = settings();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
        }, new PersistenceModule(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), 2,
                new Secret(Base64.getEncoder().encodeToString(new byte[32]))));
        List<LifecycleService> started = new ArrayList<>();
        try {
            for (LifecycleService service : injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { }))) {
                service.start();
                started.add(0, service);
            }
            out.println("database at " + Masked.jdbcUrl(settings.databaseUrl()) + " is migrated");
            return OK;
        } finally {
            started.forEach(LifecycleService::stop);
        }
    }
}
