package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.adapters.telegram.view.Texts;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;

/**
 * A message's formatting (Telegram's entities: offsets and lengths in UTF-16 code units, as Java strings count) as
 * Telegram HTML, so what an admin formatted in their app can be sent on as it looked. Entities nest; links keep their
 * URL; mentions, hashtags and plain URLs need no tag.
 */
final class FormattedText {

    private FormattedText() {
    }

    private record Span(int start, int end, String open, String close) {
    }

    /** The text as HTML, or null when it carries no formatting. */
    static String html(String text, List<MessageEntity> entities) {
        if (text == null || entities == null) {
            return null;
        }
        List<Span> spans = entities.stream().map(e -> span(e, text.length())).filter(s -> s != null)
                .sorted(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()))
                .toList();
        if (spans.isEmpty()) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        Deque<Span> open = new ArrayDeque<>();
        int next = 0;
        for (int at = 0; at <= text.length(); at++) {
            while (!open.isEmpty() && open.peek().end() <= at) {
                html.append(open.pop().close());
            }
            while (next < spans.size() && spans.get(next).start() == at) {
                Span span = spans.get(next++);
                html.append(span.open());
                open.push(span);
            }
            if (at < text.length()) {
                html.append(Texts.escape(String.valueOf(text.charAt(at))));
            }
        }
        while (!open.isEmpty()) {
            html.append(open.pop().close());
        }
        return html.toString().strip();
    }

    private static Span span(MessageEntity e, int length) {
        if (e.getOffset() == null || e.getLength() == null || e.getOffset() < 0 || e.getLength() <= 0
                || e.getOffset() + e.getLength() > length) {
            return null;
        }
        int start = e.getOffset();
        int end = start + e.getLength();
        return switch (String.valueOf(e.getType())) {
            case "bold" -> new Span(start, end, "<b>", "</b>");
            case "italic" -> new Span(start, end, "<i>", "</i>");
            case "underline" -> new Span(start, end, "<u>", "</u>");
            case "strikethrough" -> new Span(start, end, "<s>", "</s>");
            case "spoiler" -> new Span(start, end, "<tg-spoiler>", "</tg-spoiler>");
            case "code" -> new Span(start, end, "<code>", "</code>");
            case "pre" -> new Span(start, end, "<pre>", "</pre>");
            case "blockquote", "expandable_blockquote" -> new Span(start, end, "<blockquote>", "</blockquote>");
            case "text_link" -> e.getUrl() == null ? null
                    : new Span(start, end, "<a href=\"" + Texts.escape(e.getUrl()).replace("\"", "&quot;") + "\">", "</a>");
            default -> null;
        };
    }
}
