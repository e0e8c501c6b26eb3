package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.out.Secret;
import dev.tollgate.bootstrap.CommandLine;
import dev.tollgate.bootstrap.config.Masked;
import dev.tollgate.bootstrap.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code backup} and {@code restore}: one zip archive (mode 0600) holding a consistent snapshot of the database as
 * SQL ({@code database.sql}: H2's {@code SCRIPT}, or {@code pg_dump}'s plain format), the secret key
 * ({@code secret.key}) and {@code manifest.properties}. A restore goes into an empty database only.
 */
public final class Backups {

    private static final String DATABASE = "database.sql";
    private static final String KEY = "secret.key";
    private static final String MANIFEST = "manifest.properties";
    private static final long TOOL_TIMEOUT_MINUTES = 30;

    private final Settings settings;
    private final PrintStream out;

    public Backups(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** {@code destination} is the archive to create, or a directory to create {@code tollgate-<UTC time>.zip} in. */
    public int backup(Path destination) {
        Path archive = archive(destination);
        try {
            out.println("backup written to " + archive.toAbsolutePath() + " (" + Files.size(archive) + " bytes, mode 600)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + archive + ": " + e.getMessage(), e);
        }
        return CommandLine.OK;
    }

    /** A command-line tool the backup needs is not installed (PostgreSQL: pg_dump). */
    static final class MissingToolException extends IllegalStateException {
        MissingToolException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes the archive (as {@link #backup(Path)}) and returns where it is. */
    Path archive(Path destination) {
        Path archive = Files.isDirectory(destination)
                ? destination.resolve("tollgate-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(java.time.ZoneOffset.UTC).format(Instant.now()) + ".zip")
                : destination;
        Secret key = secretKey();
        Path work = temporaryDirectory(archive);
        try {
            Path dump = work.resolve(DATABASE);
            if (isH2()) {
                try (Connection db = connect(); PreparedStatement script = db.prepareStatement("SCRIPT TO ?")) {
                    script.setString(1, dump.toString());
                    script.execute();
                }
            } else {
                Postgres target = Postgres.of(settings.databaseUrl());
                List<String> command = new ArrayList<>(List.of("pg_dump", "--no-owner", "--no-privileges", "--format=plain",
                        "--file=" + dump));
                target.schema().ifPresent(schema -> command.add("--schema=" + schema));
                command.addAll(target.connectionArguments(settings.databaseUser()));
                runTool(command);
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", "1");
            manifest.setProperty("dialect", isH2() ? "h2" : "postgres");
            manifest.setProperty("createdAt", Instant.now().toString());
            try {
                Files.createFile(archive, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                throw new IllegalStateException("the backup file " + archive + " exists already; choose a new name", e);
            }
            try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Tollgate backup");
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(KEY));
                zip.write((key.value() + "\n").getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DATABASE));
                Files.copy(dump, zip);
                zip.closeEntry();
            }
            return archive;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database at " + Masked.jdbcUrl(settings.databaseUrl())
                    + (isH2() ? " (stop the app first: an H2 file is opened by one process at a time)" : "") + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + archive + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    public int restore(Path archive) {
        Path work = temporaryDirectory(archive);
        try {
            Properties manifest = new Properties();
            try (InputStream file = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(file)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    switch (entry.getName()) {
                        case MANIFEST -> manifest.load(new java.io.ByteArrayInputStream(zip.readAllBytes()));
                        case KEY, DATABASE -> Files.copy(zip, work.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                        default -> throw new IllegalStateException(archive + " is not a Tollgate backup (unexpected " + entry.getName() + ")");
                    }
                }
            }
            String dialect = isH2() ? "h2" : "postgres";
            if (!dialect.equals(manifest.getProperty("dialect")) || !Files.isRegularFile(work.resolve(DATABASE))
                    || !Files.isRegularFile(work.resolve(KEY))) {
                throw new IllegalStateException(archive + " is not a Tollgate backup of a " + dialect + " database");
            }
            String key = Files.readString(work.resolve(KEY), StandardCharsets.US_ASCII).trim();
            checkKey(key);
            if (isH2()) {
                try (Connection db = connect()) {
                    requireEmpty(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
                    try (PreparedStatement run = db.prepareStatement("RUNSCRIPT FROM ?")) {
                        run.setString(1, work.resolve(DATABASE).toString());
                        run.execute();
                    }
                }
            } else {
                Postgres target = Postgres.of(settings.databaseUrl());
                try (Connection db = connect()) {
                    requireEmpty(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                            + target.schema().orElse("public").replace("'", "''") + "'");
                }
                List<String> command = new ArrayList<>(List.of("psql", "--quiet", "--no-psqlrc", "--set=ON_ERROR_STOP=1",
                        "--file=" + work.resolve(DATABASE)));
                command.addAll(target.connectionArguments(settings.databaseUser()));
                runTool(command);
            }
            writeKeyFileIfMissing(key);
            out.println("restored " + archive + " into " + Masked.jdbcUrl(settings.databaseUrl()));
            return CommandLine.OK;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore into the database at " + Masked.jdbcUrl(settings.databaseUrl())
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + archive + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The key the app uses: restoring a backup under another key would leave the stored panel secrets unreadable. */
    private void checkKey(String key) throws IOException {
        if (!settings.secretKey().isEmpty() && !settings.secretKey().value().equals(key)) {
            throw new IllegalStateException("TOLLGATE_SECURITY_SECRET_KEY differs from the backup's key; unset it or set it to the backup's key");
        }
        Path file = settings.secretKeyFile();
        if (settings.secretKey().isEmpty() && Files.isRegularFile(file)
                && !Files.readString(file, StandardCharsets.US_ASCII).trim().equals(key)) {
            throw new IllegalStateException(file + " holds another secret key than the backup; move it away first");
        }
    }

    private void writeKeyFileIfMissing(String key) throws IOException {
        Path file = settings.secretKeyFile();
        if (!settings.secretKey().isEmpty() || Files.isRegularFile(file)) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
        out.println("secret key written to " + file);
    }

    private static void requireEmpty(Connection db, String countTables) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet count = statement.executeQuery(countTables)) {
            count.next();
            if (count.getInt(1) > 0) {
                throw new IllegalStateException("the target database is not empty (" + count.getInt(1)
                        + " tables); restore only into a new, empty database");
            }
        }
    }

    private Secret secretKey() {
        if (!settings.secretKey().isEmpty()) {
            return settings.secretKey();
        }
        try {
            return new Secret(Files.readString(settings.secretKeyFile(), StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the secret key file " + settings.secretKeyFile()
                    + " (TOLLGATE_SECURITY_SECRET_KEY_FILE); a backup without it cannot decrypt the stored panel secrets", e);
        }
    }

    private boolean isH2() {
        return settings.databaseUrl().startsWith("jdbc:h2:");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword().value());
    }

    private void runTool(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", settings.databasePassword().value());
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new MissingToolException(command.get(0) + " is not installed; install the PostgreSQL client "
                    + "tools of your server's version (Debian: apt-get install postgresql-client)", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(TOOL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish within " + TOOL_TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed (exit " + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " was interrupted", e);
        }
    }

    private static Path temporaryDirectory(Path archive) {
        try {
            Path parent = archive.toAbsolutePath().getParent();
            return Files.createTempDirectory(parent, ".tollgate-backup-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory beside " + archive, e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover private temporary directory is harmless
        }
    }

    /** Host, port, database and schema of a {@code jdbc:postgresql://} URL, as the command-line tools take them. */
    private record Postgres(String host, int port, String database, java.util.Optional<String> schema) {

        static Postgres of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            Map<String, String> parameters = new java.util.HashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    parameters.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            return new Postgres(uri.getHost() == null ? "localhost" : uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                    uri.getPath().replaceFirst("^/", ""), java.util.Optional.ofNullable(parameters.get("currentSchema")));
        }

        List<String> connectionArguments(String user) {
            return List.of("--host=" + host, "--port=" + port, "--username=" + user, "--dbname=" + database, "--no-password");
        }
    }
}
