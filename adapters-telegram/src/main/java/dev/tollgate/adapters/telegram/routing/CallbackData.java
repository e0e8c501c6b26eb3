package dev.tollgate.adapters.telegram.routing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed callback data, {@code <screen>[:<arg>...]}. Telegram carries at most 64 bytes, so the limit is checked when
 * packing (a button that could not be sent fails in tests, not in front of a user). Data coming back is untrusted:
 * it is parsed against a strict grammar here, and what the arguments name is checked again by the use cases.
 */
public record CallbackData(String screen, List<String> args) {

    public static final int MAX_BYTES = 64;
    private static final Pattern SCREEN = Pattern.compile("[a-z][a-z0-9]{0,11}");
    private static final Pattern ARG = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    public CallbackData {
        if (!SCREEN.matcher(screen).matches()) {
            throw new IllegalArgumentException("screen id must match " + SCREEN + ": " + screen);
        }
        args = List.copyOf(args);
        for (String arg : args) {
            if (!ARG.matcher(arg).matches()) {
                throw new IllegalArgumentException("callback argument must match " + ARG + ": " + arg);
            }
        }
    }

    public static CallbackData of(String screen, Object... args) {
        return new CallbackData(screen, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The wire form; throws when it would exceed Telegram's 64 bytes. */
    public String pack() {
        String packed = args.isEmpty() ? screen : screen + ":" + String.join(":", args);
        if (packed.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_BYTES + " bytes: " + packed);
        }
        return packed;
    }

    /** Empty for anything that is not well-formed data of ours. */
    public static Optional<CallbackData> parse(String data) {
        if (data == null || data.isEmpty() || data.length() > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        if (!SCREEN.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        for (int i = 1; i < parts.length; i++) {
            if (!ARG.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new CallbackData(parts[0], List.of(parts).subList(1, parts.length)));
    }

    public Optional<String> arg(int index) {
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }
}
