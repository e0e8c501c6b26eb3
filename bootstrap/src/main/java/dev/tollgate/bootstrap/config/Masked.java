package dev.tollgate.bootstrap.config;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.Secret;

/** How secrets appear in logs and in {@code check-config}: never their value, only whether they are set. */
public final class Masked {

    private Masked() {
    }

    static String secret(Secret secret) {
        return secret.isEmpty() ? "(empty)" : "***";
    }

    /**
     * A panel URL without its path, which for 3x-UI and S-UI is a secret (the panel's web base path); a core's
     * {@code host:port} is shown as it is.
     */
    public static String address(String address) {
        return PanelConnection.masked(address);
    }

    /** A JDBC URL without its query (PostgreSQL takes {@code password=} there) and without H2 password settings. */
    public static String jdbcUrl(String url) {
        int question = url.indexOf('?');
        String base = question < 0 ? url : url.substring(0, question) + "?…";
        return base.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }
}
