package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.nullToEmpty;

import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.domain.customer.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code shop.*} settings: support account, FAQ and setup guides shown in the bot; every problem is collected. */
final class ShopSection {

    /** A Telegram message holds 4,096 characters; the title and buttons need some of them. */
    static final int MAX_TEXT = 3_500;
    static final int MAX_GUIDES = 12;

    private ShopSection() {
    }

    static StorefrontSettings parse(List<String> problems, TollgateConfig.Shop shop) {
        if (shop == null) {
            return StorefrontSettings.NONE;
        }
        String support = nullToEmpty(shop.support()).trim();
        if (support.startsWith("https://t.me/")) {
            support = support.substring("https://t.me/".length());
        }
        String bare = support.startsWith("@") ? support.substring(1) : support;
        if (!bare.isEmpty() && !StorefrontSettings.USERNAME.matcher(bare).matches()) {
            problems.add("shop.support (TOLLGATE_SHOP_SUPPORT) must be a Telegram username such as @shop_support (5 to 32 letters, digits, _)");
            bare = "";
        }
        Map<Language, String> faq = texts(problems, "shop.faq", "TOLLGATE_SHOP_FAQ_<EN|FA|RU>", shop.faq());
        List<StorefrontSettings.Guide> guides = new ArrayList<>();
        List<TollgateConfig.Guide> configured = shop.guides() == null ? List.of() : shop.guides();
        if (configured.size() > MAX_GUIDES) {
            problems.add("shop.guides has " + configured.size() + " entries; at most " + MAX_GUIDES);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < configured.size() && i < MAX_GUIDES; i++) {
            TollgateConfig.Guide guide = configured.get(i);
            String key = "shop.guides[" + i + "]";
            String platform = nullToEmpty(guide.platform()).trim().toLowerCase(Locale.ROOT);
            if (!StorefrontSettings.PLATFORM.matcher(platform).matches()) {
                problems.add(key + ".platform must be 1 to 20 of a-z 0-9 - (e.g. android)");
                continue;
            }
            if (!seen.add(platform)) {
                problems.add(key + ".platform " + platform + " is listed twice");
                continue;
            }
            Map<Language, String> text = texts(problems, key + ".text", null, guide.text());
            if (text.isEmpty()) {
                problems.add(key + ".text needs the steps in at least one language (en, fa, ru)");
                continue;
            }
            guides.add(new StorefrontSettings.Guide(platform, texts(problems, key + ".name", null, guide.name()), text));
        }
        return new StorefrontSettings(bare, faq, guides);
    }

    private static Map<Language, String> texts(List<String> problems, String key, String variables, Map<String, String> raw) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (raw == null) {
            return texts;
        }
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String name = key + "." + entry.getKey() + (variables == null ? "" : " (" + variables + ")");
            Language language = switch (entry.getKey().trim().toLowerCase(Locale.ROOT)) {
                case "en" -> Language.EN;
                case "fa" -> Language.FA;
                case "ru" -> Language.RU;
                default -> null;
            };
            String text = nullToEmpty(entry.getValue()).strip();
            if (language == null) {
                problems.add(name + ": the language must be en, fa or ru");
            } else if (text.length() > MAX_TEXT) {
                problems.add(name + " has " + text.length() + " characters; at most " + MAX_TEXT);
            } else if (!text.isEmpty()) {
                texts.put(language, text);
            }
        }
        return texts;
    }
}
