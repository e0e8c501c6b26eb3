package dev.tollgate.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Owns the connection pool: opens it and migrates the schema at start, closes it at stop. */
final class Database implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** How long the start waits for a database connection before it gives up with a clear message. */
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    /** A query that gets no answer for this long fails instead of hanging (PostgreSQL only; jobs are short). */
    static final int SOCKET_TIMEOUT_SECONDS = 120;
    private static final String H2_FILE = "jdbc:h2:file:";

    private final String jdbcUrl;
    private final String user;
    private final Secret password;
    private final int maxPoolSize;
    private volatile HikariDataSource dataSource;

    Database(String jdbcUrl, String user, Secret password, int maxPoolSize) {
        this.jdbcUrl = durable(jdbcUrl);
        this.user = user;
        this.password = password;
        this.maxPoolSize = maxPoolSize;
    }

    static SQLDialect dialectOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (use jdbc:h2: or jdbc:postgresql:): " + redacted(jdbcUrl));
    }

    SQLDialect dialect() {
        return dialectOf(jdbcUrl);
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public int phase() {
        return PHASE_STORAGE;
    }

    @Override
    public synchronized void start() {
        if (dataSource != null) {
            return;
        }
        createParentDirectoryOfH2File();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password.value());
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("tollgate-db");
        config.setAutoCommit(true);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        // One attempt at start: a wrong password or a server that is down fails the start at once, with one message.
        config.setInitializationFailTimeout(1);
        if (dialect() == SQLDialect.POSTGRES) {
            // A server that accepts the TCP connection but never answers would otherwise hang the start for ever.
            config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS / 1000));
            config.addDataSourceProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS / 1000));
            config.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot connect to the database at " + redacted(jdbcUrl)
                    + " within " + CONNECT_TIMEOUT_MILLIS / 1000 + " s: " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreUnavailableException("cannot migrate the database at " + redacted(jdbcUrl) + ": "
                    + rootMessage(e), e);
        }
        restrictH2Files();
        dataSource = pool;
        LOG.info("database ready at {} ({})", redacted(jdbcUrl), dialect());
    }

    @Override
    public synchronized void stop() {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }

    DataSource dataSource() {
        HikariDataSource current = dataSource;
        if (current == null) {
            throw new IllegalStateException("the database is not started");
        }
        return current;
    }

    Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    /**
     * H2 file URLs get {@code WRITE_DELAY=0} unless they name one: H2's default (500 ms) writes committed
     * transactions to the file up to half a second later, so a crash or {@code kill -9} loses what was committed in
     * that time. With 0 each commit is written to the file before the commit returns.
     */
    static String durable(String jdbcUrl) {
        if (!jdbcUrl.startsWith(H2_FILE) || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";WRITE_DELAY=0";
    }

    /** The H2 database file's path without its {@code .mv.db} suffix, when the URL names a file. */
    static java.util.Optional<Path> h2File(String jdbcUrl) {
        if (!jdbcUrl.startsWith(H2_FILE)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(jdbcUrl.substring(H2_FILE.length()).split(";", 2)[0]).toAbsolutePath());
    }

    private void createParentDirectoryOfH2File() {
        h2File(jdbcUrl).map(Path::getParent).ifPresent(parent -> {
            try {
                if (!Files.isDirectory(parent)) {
                    Files.createDirectories(parent);
                    OwnerOnly.directory(parent);
                }
            } catch (java.io.IOException e) {
                throw new StoreUnavailableException("cannot create the database directory " + parent, e);
            }
        });
    }

    /** The database holds every user's VPN credentials: its files are readable by the owner only. */
    private void restrictH2Files() {
        h2File(jdbcUrl).ifPresent(base -> {
            for (String suffix : new String[] {".mv.db", ".trace.db"}) {
                Path file = Path.of(base + suffix);
                if (Files.isRegularFile(file)) {
                    OwnerOnly.file(file);
                }
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("(?i)(password|pwd)=[^;&\\s]*", "$1=***");
    }

    /** JDBC URLs may carry passwords as parameters; logs show only the part before them. */
    static String redacted(String jdbcUrl) {
        int question = jdbcUrl.indexOf('?');
        String base = question < 0 ? jdbcUrl : jdbcUrl.substring(0, question) + "?…";
        return base.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }
}
