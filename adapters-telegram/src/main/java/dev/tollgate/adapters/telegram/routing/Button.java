package dev.tollgate.adapters.telegram.routing;

import java.util.Objects;

/** One inline button: it either carries callback data or opens a URL. */
public record Button(String text, String data, String url) {

    public Button {
        Objects.requireNonNull(text, "text");
        if ((data == null) == (url == null)) {
            throw new IllegalArgumentException("a button has either callback data or a URL");
        }
    }

    public static Button tap(String text, CallbackData data) {
        return new Button(text, data.pack(), null);
    }

    public static Button link(String text, String url) {
        return new Button(text, null, url);
    }
}
