package dev.tollgate.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.persistence.PersistenceModule;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Secret;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A migrated database for bootstrap tests: an H2 file, or a private schema of the PostgreSQL test database that
 * scripts/test-services.sh provides (dropped again at {@link #drop()}). {@link #open()} starts one more
 * persistence module on it, like one more app instance.
 */
public final class TestDatabase implements AutoCloseable {

    static final Secret TEST_KEY = new Secret(java.util.Base64.getEncoder().encodeToString(new byte[32]));

    final String url;
    final String user;
    final Secret password;
    private final String schema;
    private final List<Runnable> stops = new ArrayList<>();

    private TestDatabase(String url, String user, Secret password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    static TestDatabase h2(java.nio.file.Path directory) {
        return new TestDatabase("jdbc:h2:file:" + directory.resolve("tollgate").toAbsolutePath() + ";DB_CLOSE_DELAY=-1",
                "sa", new Secret(""), null);
    }

    static TestDatabase postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE SCHEMA " + schema);
        String base = postgresUrl();
        return new TestDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, postgresUser(),
                postgresPassword(), schema);
    }

    public static TestDatabase named(String kind, java.nio.file.Path directory) {
        return kind.equals("postgres") ? postgres() : h2(directory);
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

    /** Starts a persistence module (its own pool) on this database; closed by {@link #close()}. */
    public Injector open() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
        }, new PersistenceModule(url, user, password, 4, TEST_KEY));
        Set<LifecycleService> services = injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { }));
        for (LifecycleService service : services) {
            service.start();
            stops.add(0, service::stop);
        }
        return injector;
    }

    /** Stops the modules opened on it; on PostgreSQL also drops its schema, so that the database is empty again. */
    void empty() {
        stops.forEach(Runnable::run);
        stops.clear();
        if (schema != null) {
            admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Override
    public void close() {
        empty();
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword().value());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the PostgreSQL test database"
                    + "; run ./scripts/test-services.sh (the README's test command does) to start PostgreSQL", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
