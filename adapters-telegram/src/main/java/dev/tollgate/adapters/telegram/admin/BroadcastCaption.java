package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.Inbound;
import java.util.regex.Pattern;

/**
 * A photo sent with its caption while a broadcast is composed: the caption becomes the broadcast's text (as HTML,
 * the formatting made in the app kept, as the text step takes it) and its length is counted as Telegram counts a
 * caption, after the HTML is parsed, against the 1,024 characters a bot may send under a photo.
 */
final class BroadcastCaption {

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private BroadcastCaption() {
    }

    /** Formatted in the app it arrives as HTML already; typed as plain text it is taken as HTML. */
    static String html(Inbound.Photo photo) {
        return (photo.captionHtml() != null ? photo.captionHtml() : photo.caption()).strip();
    }

    /** The characters Telegram counts: the caption as the user sees it (typed HTML without its tags and entities). */
    static int length(Inbound.Photo photo) {
        String visible = photo.captionHtml() != null ? photo.caption().strip()
                : ENTITY.matcher(TAG.matcher(html(photo)).replaceAll("")).replaceAll("x");
        return visible.codePointCount(0, visible.length());
    }
}
