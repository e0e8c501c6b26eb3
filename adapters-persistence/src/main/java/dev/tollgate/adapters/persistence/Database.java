package dev.tollgate.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Secret;
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

    private final String jdbcUrl;
    private final String user;
    private final Secret password;
    private final int maxPoolSize;
    private volatile HikariDataSource dataSource;

    Database(String jdbcUrl, String user, Secret password, int maxPoolSize) {
        this.jdbcUrl = jdbcUrl;
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
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
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

    private void createParentDirectoryOfH2File() {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return;
        }
        String path = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the database directory " + parent, e);
        }
    }

    /** JDBC URLs may carry passwords as parameters; logs show only the part before them. */
    static String redacted(String jdbcUrl) {
        int question = jdbcUrl.indexOf('?');
        String base = question < 0 ? jdbcUrl : jdbcUrl.substring(0, question) + "?…";
        return base.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }
}
