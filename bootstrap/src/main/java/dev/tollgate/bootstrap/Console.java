package dev.tollgate.bootstrap;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the operator commands ({@code check-config}, {@code --help}, ...) print their answer. That answer is the
 * command's product, not a log line, so it goes to standard output whatever the log level; the app's logs stay on
 * logback.
 */
final class Console {

    private Console() {
    }

    static PrintStream standardOutput() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
