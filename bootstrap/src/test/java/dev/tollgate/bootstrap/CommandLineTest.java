package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator commands of the jar: check-config, migrate, backup and restore, --help. */
class CommandLineTest {

    private static final String PANEL_PASSWORD = "pa55-w0rd-xyz";
    private static final String PANEL_TOKEN = "tok-4f1c9a77e2";
    private static final String BASE_PATH = "s3cr3tpath";

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new CommandLine(environment, new PrintStream(printed, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> panelShop() {
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_DB_URL", "jdbc:h2:file:" + directory.resolve("data/tollgate"));
        environment.put("TOLLGATE_SECRET_KEY_FILE", directory.resolve("data/secret.key").toString());
        environment.put("TOLLGATE_BOT_TOKEN", "123456:bot-token-value");
        environment.put("TOLLGATE_SERVERS_0_ID", "de-1");
        environment.put("TOLLGATE_SERVERS_0_KIND", "3x-ui");
        environment.put("TOLLGATE_SERVERS_0_PROTOCOL", "vless");
        environment.put("TOLLGATE_SERVERS_0_ADDRESS", "https://panel.example.com:2053/" + BASE_PATH + "/");
        environment.put("TOLLGATE_SERVERS_0_INBOUND", "3");
        environment.put("TOLLGATE_SERVERS_0_USERNAME", "admin");
        environment.put("TOLLGATE_SERVERS_0_PASSWORD", PANEL_PASSWORD);
        environment.put("TOLLGATE_SERVERS_0_API_TOKEN", PANEL_TOKEN);
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_HOST", "de.example.com");
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_PORT", "443");
        return environment;
    }

    @Test
    void checkConfig_withAGoodConfiguration_printsItWithSecretsMaskedAndExitsZero() {
        int status = run(panelShop(), "check-config");

        assertThat(status).as(output()).isZero();
        assertThat(output()).contains("servers.de-1: 3x-ui vless at https://panel.example.com:2053/***/", "password ***",
                "apiToken ***", "bot.token: ***", "configuration OK");
        assertThat(output()).doesNotContain(PANEL_PASSWORD, PANEL_TOKEN, BASE_PATH, "bot-token-value");
        assertThat(directory.resolve("data")).as("check-config creates nothing").doesNotExist();
    }

    @Test
    void checkConfig_withBrokenValues_listsEveryProblemAndExitsTwo() {
        Map<String, String> environment = panelShop();
        environment.remove("TOLLGATE_SERVERS_0_INBOUND");
        environment.put("TOLLGATE_HTTP_PORT", "70000");

        assertThat(run(environment, "check-config")).isEqualTo(CommandLine.BAD_CONFIGURATION);
        assertThat(output()).contains("servers[0]: inbound is required", "TOLLGATE_HTTP_PORT");
    }

    @Test
    void checkConfig_withAnUnknownKindOrAShortSecretKey_exitsTwoNamingTheProblem() {
        Map<String, String> environment = panelShop();
        environment.put("TOLLGATE_SERVERS_0_KIND", "marzban");
        environment.put("TOLLGATE_SECRET_KEY", "c2hvcnQ=");

        assertThat(run(environment, "check-config")).isEqualTo(CommandLine.BAD_CONFIGURATION);
        assertThat(output()).contains("kind 'marzban'", "known kinds are").containsIgnoringCase("key");
        assertThat(output()).doesNotContain("c2hvcnQ=");
    }

    @Test
    void help_listsEveryCommand() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(output()).contains("run", "check-config", "migrate", "backup FILE", "restore FILE", "--help");
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(CommandLine.USAGE);
    }

    @Test
    void migrate_onANewH2File_createsTheSchemaAndExitsZero() throws Exception {
        Map<String, String> environment = panelShop();

        assertThat(run(environment, "migrate")).as(output()).isZero();
        try (Connection db = DriverManager.getConnection(environment.get("TOLLGATE_DB_URL"), "sa", "");
             Statement statement = db.createStatement();
             ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            tables.next();
            assertThat(tables.getInt(1)).isGreaterThanOrEqualTo(6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void backupThenRestore_intoAnEmptyDatabase_bringsBackTheSameRowsAndTheKey(String kind) throws Exception {
        Path keyFile = directory.resolve("data/secret.key");
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, TestDatabase.TEST_KEY.value() + "\n");
        Path archive = directory.resolve("tollgate-backup.zip");
        List<String> before;
        String restoredUrl;
        try (TestDatabase source = TestDatabase.named(kind, directory.resolve("source"))) {
            source.open();
            try (Connection db = DriverManager.getConnection(source.url, source.user, source.password.value())) {
                insertCustomers(db);
                before = customers(db);
            }
            Map<String, String> environment = environment(source, keyFile);
            assertThat(run(environment, "backup", archive.toString())).as(output()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive))).isEqualTo("rw-------");

            // A new machine: an empty database and no key file yet.
            Files.delete(keyFile);
            source.empty();
            String target = kind.equals("h2") ? "jdbc:h2:file:" + directory.resolve("target/tollgate") : source.url;
            environment.put("TOLLGATE_DB_URL", target);
            assertThat(run(environment, "restore", archive.toString())).as(output()).isZero();
            restoredUrl = target;

            assertThat(Files.readString(keyFile).trim()).isEqualTo(TestDatabase.TEST_KEY.value());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            try (Connection db = DriverManager.getConnection(restoredUrl, source.user, source.password.value())) {
                assertThat(customers(db)).isEqualTo(before);
            }
            // The app's own migration accepts the restored schema as up to date.
            assertThat(run(environment, "migrate")).as(output()).isZero();
            assertThat(run(environment, "restore", archive.toString())).as("a second restore into a full database")
                    .isEqualTo(CommandLine.FAILED);
        }
    }

    private static Map<String, String> environment(TestDatabase database, Path keyFile) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_DB_URL", database.url);
        environment.put("TOLLGATE_DB_USER", database.user);
        environment.put("TOLLGATE_DB_PASSWORD", database.password.value());
        environment.put("TOLLGATE_SECRET_KEY_FILE", keyFile.toString());
        return environment;
    }

    static void insertCustomers(Connection db) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO customers (telegram_user_id, language, first_seen_at, version) VALUES (?, ?, ?, 0)")) {
            String[] languages = {"en", "fa", "ru"};
            for (int i = 0; i < languages.length; i++) {
                insert.setLong(1, 1000 + i);
                insert.setString(2, languages[i]);
                insert.setObject(3, OffsetDateTime.of(2026, 1, 2 + i, 3, 4, 5, 0, ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
    }

    static List<String> customers(Connection db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("SELECT telegram_user_id, language, first_seen_at FROM customers ORDER BY 1")) {
            while (row.next()) {
                rows.add(row.getLong(1) + " " + row.getString(2) + " " + row.getObject(3, OffsetDateTime.class).toInstant());
            }
        }
        return rows;
    }
}
