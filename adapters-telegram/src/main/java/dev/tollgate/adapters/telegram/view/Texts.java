package dev.tollgate.adapters.telegram.view;

import dev.tollgate.domain.customer.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The bot's texts in every language, with MessageFormat arguments; HTML-escaping helpers.
 *
 * <p>Texts live in one bundle per feature under {@code i18n/} ({@link #BUNDLES}); a key belongs to exactly one
 * bundle, so a feature's texts are added to its own file. A key found in two bundles fails at start.
 */
public final class Texts {

    /** The bundles, by feature: the bot's basics, the storefront, the back office, the payment methods. */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.store", "i18n.office", "i18n.payments",
            "i18n.servers", "i18n.broadcasts", "i18n.locations", "i18n.imports");

    private final Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);

    public Texts() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            Locale locale = language == Language.EN ? Locale.ROOT : Locale.forLanguageTag(language.tag());
            Map<String, String> texts = new HashMap<>();
            for (String name : BUNDLES) {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, noFallback);
                for (String key : bundle.keySet()) {
                    if (texts.put(key, bundle.getString(key)) != null) {
                        throw new IllegalStateException("The text key " + key + " is in two bundles; " + name + " is one of them");
                    }
                }
            }
            bundles.put(language, Map.copyOf(texts));
        }
    }

    public String get(Language language, String key, Object... arguments) {
        String pattern = pattern(language, key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(arguments);
    }

    public Set<String> keys(Language language) {
        return bundles.get(language).keySet();
    }

    public String pattern(Language language, String key) {
        String pattern = bundles.get(language).get(key);
        if (pattern == null) {
            throw new MissingResourceException("No text " + key + " in " + language, Texts.class.getName(), key);
        }
        return pattern;
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
