package dev.tollgate.application.port.in;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An external system (the Telegram Bot API, a payment provider) delivering an event to us over HTTP POST.
 * The HTTP front serves one route per implementation at {@link #path()}; it knows nothing of what arrives.
 */
public interface ReceiveWebhookUseCase {

    /** The route, starting with '/', e.g. {@code /webhook/telegram}; unique among implementations. */
    String path();

    /** Handles one delivery; the answer's status tells the sender whether to deliver it again. */
    Result receive(Command command);

    /** The request as received: header names in lower case, the raw body (signatures are computed over it). */
    record Command(Map<String, String> headers, byte[] body) {
        public Command {
            Objects.requireNonNull(body, "body");
            Map<String, String> lower = new java.util.HashMap<>();
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
            headers = Map.copyOf(lower);
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** What to answer: 200 when stored or handled, 401/403 for a bad secret, 503 when the sender should retry later. */
    record Result(int status, String body) {
        public static Result accepted() {
            return new Result(200, "");
        }

        public static Result refused(int status, String reason) {
            return new Result(status, reason);
        }
    }
}
