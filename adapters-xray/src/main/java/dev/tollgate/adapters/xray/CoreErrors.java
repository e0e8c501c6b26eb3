package dev.tollgate.adapters.xray;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.PanelUnavailableException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.regex.Pattern;

/**
 * Reads a core's gRPC errors. Both cores answer user-management failures as UNKNOWN with a Go error text such as
 * {@code User alice already exists.} or {@code User alice not found.}, possibly behind a chain of
 * {@code "... > "} prefixes; newer Xray may use the ALREADY_EXISTS / NOT_FOUND codes instead.
 */
final class CoreErrors {

    private CoreErrors() {
    }

    static boolean isUserAlreadyThere(StatusRuntimeException e, String email) {
        Status.Code code = e.getStatus().getCode();
        return (code == Status.Code.ALREADY_EXISTS || code == Status.Code.UNKNOWN)
                && userMessage(email, "already exists").matcher(description(e)).find();
    }

    static boolean isUserMissing(StatusRuntimeException e, String email) {
        Status.Code code = e.getStatus().getCode();
        // "failed to get handler: tag > handler not found: tag" also says "not found": that is a wrong inbound
        // tag, a configuration error we must not swallow, so the user's email has to be named.
        return (code == Status.Code.NOT_FOUND || code == Status.Code.UNKNOWN)
                && userMessage(email, "not found").matcher(description(e)).find();
    }

    static PanelException translate(String action, StatusRuntimeException e) {
        String message = action + " failed: " + e.getStatus().getCode() + " " + description(e);
        if (isUndecodable(e)) {
            // grpc-java reports a response it cannot parse as CANCELLED "Failed to read message." with the
            // protobuf exception as the cause: the peer sent bytes that are not the core's message.
            return new PanelProtocolException(message, e);
        }
        return switch (e.getStatus().getCode()) {
            case UNAVAILABLE, DEADLINE_EXCEEDED -> new PanelUnavailableException(message, e);
            // Framing or decoding failures end up here: whatever answered does not speak the core's protocol.
            case INTERNAL, DATA_LOSS -> new PanelProtocolException(message, e);
            case UNIMPLEMENTED -> new PanelRejectedException(message
                    + " (is the server's kind, xray or v2ray, right for this core?)", e);
            default -> new PanelRejectedException(message, e);
        };
    }

    private static boolean isUndecodable(StatusRuntimeException e) {
        for (Throwable cause = e.getStatus().getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidProtocolBufferException) {
                return true;
            }
        }
        return false;
    }

    private static Pattern userMessage(String email, String what) {
        return Pattern.compile("user\\s+" + Pattern.quote(email) + "\\s+" + what, Pattern.CASE_INSENSITIVE);
    }

    private static String description(StatusRuntimeException e) {
        String description = e.getStatus().getDescription();
        return description == null ? "" : description;
    }
}
