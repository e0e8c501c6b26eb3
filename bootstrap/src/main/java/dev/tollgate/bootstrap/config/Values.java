package dev.tollgate.bootstrap.config;

import dev.tollgate.domain.shared.DataSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the sections read values: each problem is added to the list with the setting's path and variable
 * ({@link Variables#key}), so one start reports every mistake at once. Defaults are never here: they are all in
 * {@code tollgate-defaults.yml}, so a value missing at this point was removed on purpose and is a problem.
 */
final class Values {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(d|h|m|s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)?",
            Pattern.CASE_INSENSITIVE);

    private Values() {
    }

    interface Parse<T> {
        T get();
    }

    /** Runs a parse; its failure becomes a problem named {@code label} and the result is null. */
    static <T> T parse(List<String> problems, String label, Parse<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            problems.add(label + ": " + e.getMessage());
            return null;
        }
    }

    /** An integer within bounds, or a problem naming the setting. */
    static int between(List<String> problems, String path, Integer value, int min, int max, String hint) {
        if (value == null || value < min || value > max) {
            problems.add(Variables.key(path) + " must be " + min + " to " + max + (hint.isEmpty() ? "" : " " + hint));
            return min;
        }
        return value;
    }

    static Duration positive(List<String> problems, String path, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(Variables.key(path) + " must be a positive ISO-8601 duration such as PT30S");
            return Duration.ofMinutes(1);
        }
        return value;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** 1d, 12h, 30m, 45s, or ISO-8601 such as PT36H. */
    static Duration duration(String text) {
        String value = text == null ? "" : text.trim();
        if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("write a duration like 1d, 12h, 30m or PT36H, not '" + value + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** Sizes follow the panels' convention: 1 GB is 1024³ bytes, as 3x-UI's and S-UI's forms count it. */
    static DataSize size(String text) {
        String value = text == null ? "" : text.trim();
        Matcher matcher = SIZE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("write a size like 500MB, 1GB or 1.5GB, not '" + value + "'");
        }
        String unit = matcher.group(2) == null ? "B" : matcher.group(2).toUpperCase(Locale.ROOT).replace("I", "");
        int power = switch (unit) {
            case "KB" -> 1;
            case "MB" -> 2;
            case "GB" -> 3;
            case "TB" -> 4;
            default -> 0;
        };
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        return DataSize.ofBytes(bytes.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
