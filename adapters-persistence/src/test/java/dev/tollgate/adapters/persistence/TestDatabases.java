package dev.tollgate.adapters.persistence;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.tollgate.application.port.out.Secret;
import java.nio.file.Path;

/** Starts the persistence module on H2 (file mode) or on the PostgreSQL server the test script provides. */
final class TestDatabases {

    /** A fixed test key (32 zero-based bytes); production keys come from TOLLGATE_SECRET_KEY or the key file. */
    static final Secret TEST_KEY = new Secret(java.util.Base64.getEncoder().encodeToString(new byte[32]));

    private TestDatabases() {
    }

    static String postgresUrl() {
        return env("TOLLGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:" + env("TOLLGATE_TEST_PG_PORT", "5432")
                + "/" + env("TOLLGATE_TEST_PG_DB", "tollgate_test"));
    }

    static Injector postgres() {
        return start(postgresUrl(), env("TOLLGATE_TEST_PG_USER", "tollgate"),
                new Secret(env("TOLLGATE_TEST_PG_PASSWORD", "tollgate")));
    }

    static Injector h2(Path directory) {
        return start("jdbc:h2:file:" + directory.resolve("tollgate").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa",
                new Secret(""));
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
