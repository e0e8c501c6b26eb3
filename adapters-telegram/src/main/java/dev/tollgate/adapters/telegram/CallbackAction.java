package dev.tollgate.adapters.telegram;

import java.util.Arrays;
import java.util.Optional;

/** The buttons of the user bot; callback data is exactly one of these codes, anything else is refused. */
enum CallbackAction {
    MENU("menu"), TRIAL("trial"), MY_SUBSCRIPTIONS("subs"), HELP("help"), BUY("buy"), WALLET("wallet");

    /** Telegram allows at most 64 bytes of callback data; we never read more than that. */
    static final int MAX_DATA_BYTES = 64;

    private final String data;

    CallbackAction(String data) {
        this.data = data;
    }

    String data() {
        return data;
    }

    static Optional<CallbackAction> parse(String data) {
        if (data == null || data.isEmpty() || data.length() > MAX_DATA_BYTES) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(action -> action.data.equals(data)).findFirst();
    }
}
