package dev.tollgate.domain.plan;

import java.util.regex.Pattern;

/** The admin's short code for a plan (e.g. {@code month-50g}), stable across price changes. */
public record PlanId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public PlanId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a plan id is 1 to 40 characters of a-z, 0-9, '-' and '_', starting with a letter or digit: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
