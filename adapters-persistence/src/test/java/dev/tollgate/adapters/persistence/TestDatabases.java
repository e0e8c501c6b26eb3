package dev.tollgate.adapters.persistence;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.tollgate.application.port.out.Secret;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the persistence module on H2 (file mode) or on the PostgreSQL server the test script provides. Each
 * PostgreSQL start migrates a private schema of the shared test database, dropped again at {@link #stop}: other
 * worktrees and CI runs share that database, may carry other migrations, and must not see our rows.
 */
final class TestDatabases {

    /** A fixed test key (32 zero-based bytes); production keys come from TOLLGATE_SECRET_KEY or the key file. */
    static final Secret TEST_KEY = new Secret(java.util.Base64.getEncoder().encodeToString(new byte[32]));

    private static final Map<Injector, String> PRIVATE_SCHEMAS = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    static String postgresUrl() {
        return env("TOLLGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:" + env("TOLLGATE_TEST_PG_PORT", "5432")
                + "/" + env("TOLLGATE_TEST_PG_DB", "tollgate_test"));
    }

    static String postgresUser() {
        return env("TOLLGATE_TEST_PG_USER", "tollgate");
    }

    static Secret postgresPassword() {
        return new Secret(env("TOLLGATE_TEST_PG_PASSWORD", "tollgate"));
    }

    static Injector postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        adminStatement("CREATE SCHEMA " + schema);
        String url = postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Injector injector = start(url, postgresUser(), postgresPassword());
        PRIVATE_SCHEMAS.put(injector, schema);
        return injector;
    }

    static Injector h2(Path directory) {
        return start("jdbc:h2:file:" + directory.resolve("tollgate").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa",
                new Secret(""));
    }

    /** Closes the pool and drops the private PostgreSQL schema, if the injector has one. */
    static void stop(Injector injector) {
        injector.getInstance(Database.class).stop();
        String schema = PRIVATE_SCHEMAS.remove(injector);
        if (schema != null) {
            adminStatement("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static Injector start(String url, String user, Secret password) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
        }, new PersistenceModule(url, user, password, 4, TEST_KEY));
        try {
            injector.getInstance(Database.class).start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open " + Database.redacted(url)
                    + "; run ./scripts/test-services.sh (the README's test command does) to start PostgreSQL", e);
        }
        return injector;
    }

    private static void adminStatement(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword().value());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + Database.redacted(postgresUrl())
                    + "; run ./scripts/test-services.sh (the README's test command does) to start PostgreSQL", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
