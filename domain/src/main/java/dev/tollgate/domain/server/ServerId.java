package dev.tollgate.domain.server;

import java.util.regex.Pattern;

/** The operator's name for one server (a panel inbound or a core inbound), as written in the configuration. */
public record ServerId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public ServerId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a server id is 1 to 40 characters of a-z, 0-9, '-' and '_', starting with a letter or digit: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
