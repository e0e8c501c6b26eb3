package dev.tollgate.application.port.out;

/**
 * The text the shop writes into a panel's free-text field of every client it creates (3x-UI {@code comment}, S-UI
 * {@code desc}), beside the email convention {@code tg<id>-<8 hex>}: reconciliation counts a client as the shop's
 * own only when its stored subscription, its mark or its email says so, and never touches a foreign one.
 */
public final class OwnershipMark {

    /** What a client created by the shop carries in its comment/desc. */
    public static final String TEXT = "tollgate";

    private OwnershipMark() {
    }

    /** Whether a panel note says the client is the shop's: the mark alone, or the mark followed by a colon. */
    public static boolean isMarked(String note) {
        if (note == null) {
            return false;
        }
        String trimmed = note.trim();
        return trimmed.equals(TEXT) || trimmed.startsWith(TEXT + ":");
    }
}
