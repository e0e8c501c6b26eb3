package dev.tollgate.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;

/** Turns whatever stopped the start into the one line an operator needs: what failed and why, no stack trace. */
final class StartFailure {

    private StartFailure() {
    }

    static String describe(Throwable failure) {
        Throwable cause = unwrapGuice(failure);
        String message = messageOf(cause);
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = messageOf(root);
        if (root != cause && !message.contains(rootMessage)) {
            message = message + ": " + rootMessage;
        }
        return message.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    private static Throwable unwrapGuice(Throwable failure) {
        Throwable current = failure;
        while (true) {
            Throwable next = null;
            if (current instanceof CreationException creation) {
                next = creation.getErrorMessages().stream().map(Message::getCause).filter(c -> c != null).findFirst().orElse(null);
            } else if (current instanceof ProvisionException provision) {
                next = provision.getErrorMessages().stream().map(Message::getCause).filter(c -> c != null).findFirst().orElse(null);
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
