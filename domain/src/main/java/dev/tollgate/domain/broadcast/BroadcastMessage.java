package dev.tollgate.domain.broadcast;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a broadcast says: Telegram HTML text, optionally under a photo Telegram already holds (by file id; the text is
 * then its caption), and optionally one button that opens a link.
 */
public record BroadcastMessage(String html, String photoFileId, String buttonLabel, String buttonUrl) {

    /** Telegram's limits: a message's text and a photo's caption, after entities are parsed. */
    public static final int MAX_TEXT = 4096;
    public static final int MAX_CAPTION = 1024;
    public static final int MAX_LABEL = 64;
    private static final Pattern URL = Pattern.compile("(https?|tg)://[^\\s<>\"]{1,2000}");

    public BroadcastMessage {
        Objects.requireNonNull(html, "html");
        if (html.isBlank()) {
            throw new IllegalArgumentException("a broadcast needs a text");
        }
        if (photoFileId != null && photoFileId.isBlank()) {
            photoFileId = null;
        }
        if ((buttonLabel == null) != (buttonUrl == null)) {
            throw new IllegalArgumentException("a button has both a label and a link");
        }
        if (buttonLabel != null && (buttonLabel.isBlank() || buttonLabel.length() > MAX_LABEL)) {
            throw new IllegalArgumentException("a button label has 1 to " + MAX_LABEL + " characters");
        }
        if (buttonUrl != null && !URL.matcher(buttonUrl).matches()) {
            throw new IllegalArgumentException("a button link starts with https://, http:// or tg://");
        }
    }

    public static BroadcastMessage text(String html) {
        return new BroadcastMessage(html, null, null, null);
    }

    public BroadcastMessage withPhoto(String fileId) {
        return new BroadcastMessage(html, fileId, buttonLabel, buttonUrl);
    }

    public BroadcastMessage withButton(String label, String url) {
        return new BroadcastMessage(html, photoFileId, label, url);
    }

    public Optional<String> photo() {
        return Optional.ofNullable(photoFileId);
    }

    public boolean hasButton() {
        return buttonLabel != null;
    }

    /** The longest text this message may have: a caption under a photo, else a message. */
    public int maxText() {
        return photoFileId != null ? MAX_CAPTION : MAX_TEXT;
    }
}
