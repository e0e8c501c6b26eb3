package dev.tollgate.application.service.broadcast;

import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the broadcast use cases share: the admin check, and the check of an admin's text against what Telegram's HTML
 * parse mode accepts (its tags, balanced; entities; the length after parsing), so a broadcast never fails at
 * Telegram for every recipient.
 */
final class BroadcastRules {

    private static final System.Logger LOG = System.getLogger(BroadcastRules.class.getName());
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "tg-spoiler", "span", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^<>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private BroadcastRules() {
    }

    static boolean allows(AdminDirectory staff, TelegramUserId actor, String action) {
        Optional<StaffRole> role = staff.roleOf(actor);
        if (role.isPresent() && role.get().covers(StaffRole.ADMIN)) {
            return true;
        }
        LOG.log(Level.WARNING, "user {0} ({1}) may not {2}: it needs the role ADMIN", actor,
                role.map(Enum::name).orElse("not staff"), action);
        return false;
    }

    /** Empty when Telegram will take the text; else what is wrong, in plain words (English, for the log and admin). */
    static Optional<String> problem(BroadcastMessage message) {
        String html = message.html();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder visible = new StringBuilder();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            Optional<String> text = plain(html.substring(at, tag.start()), visible);
            if (text.isPresent()) {
                return text;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!TAGS.contains(name)) {
                return Optional.of("the tag <" + name + "> is not allowed; use b, i, u, s, a, code, pre, blockquote or tg-spoiler");
            }
            if (tag.group(1).isEmpty()) {
                if (name.equals("a") && !tag.group(3).matches("\\s+href=\"(https?|tg)://[^\"]+\"\\s*")) {
                    return Optional.of("a link is written <a href=\"https://...\">text</a>");
                }
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                return Optional.of("the tag </" + name + "> closes nothing that is open");
            }
            at = tag.end();
        }
        Optional<String> rest = plain(html.substring(at), visible);
        if (rest.isPresent()) {
            return rest;
        }
        if (!open.isEmpty()) {
            return Optional.of("the tag <" + open.peek() + "> is never closed");
        }
        if (visible.toString().isBlank()) {
            return Optional.of("the text is empty");
        }
        int length = visible.codePointCount(0, visible.length());
        if (length > message.maxText()) {
            return Optional.of("the text has " + length + " characters; at most " + message.maxText()
                    + (message.photo().isPresent() ? " under a photo" : ""));
        }
        return Optional.empty();
    }

    private static Optional<String> plain(String text, StringBuilder visible) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>') {
                return Optional.of("write < and > as &lt; and &gt;");
            }
            if (c == '&') {
                Matcher entity = ENTITY.matcher(text).region(i, text.length());
                if (!entity.lookingAt()) {
                    return Optional.of("write & as &amp;");
                }
                visible.append('x');
                i = entity.end() - 1;
                continue;
            }
            visible.append(c);
        }
        return Optional.empty();
    }
}
