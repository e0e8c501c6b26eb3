package dev.tollgate.adapters.telegram.view;

import dev.tollgate.domain.customer.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/** The bundles (user and admin texts) in every language, with MessageFormat arguments; HTML-escaping helpers. */
public final class Texts {

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Texts() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            Locale locale = language == Language.EN ? Locale.ROOT : Locale.forLanguageTag(language.tag());
            bundles.put(language, ResourceBundle.getBundle("i18n.messages", locale, noFallback));
        }
    }

    public String get(Language language, String key, Object... arguments) {
        String pattern = bundles.get(language).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(arguments);
    }

    public Set<String> keys(Language language) {
        return bundles.get(language).keySet();
    }

    public String pattern(Language language, String key) {
        return bundles.get(language).getString(key);
    }

    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    /** The first eight characters of an id: enough for a user to quote to support, short enough to read. */
    public static String shortId(Object id) {
        String text = id.toString();
        return text.length() > 8 ? text.substring(0, 8) : text;
    }

    public static String truncate(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
