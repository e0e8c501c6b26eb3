package dev.tollgate.bootstrap.config;

import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.domain.customer.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional gates of the storefront, off by default: {@code shop.requireChannel} (a channel to join before the
 * free trial: {@code @username} or a {@code -100...} chat id) and {@code shop.termsUrl} / {@code shop.terms} (terms
 * to accept at first start). Every problem is collected.
 */
final class StorefrontGatesSection {

    private StorefrontGatesSection() {
    }

    static StorefrontSettings parse(List<String> problems, TollgateConfig.Shop shop, StorefrontSettings parsed) {
        if (shop == null) {
            return parsed;
        }
        String channel = shop.requireChannel() == null ? "" : shop.requireChannel().trim();
        if (channel.startsWith("https://t.me/")) {
            channel = "@" + channel.substring("https://t.me/".length());
        } else if (!channel.isEmpty() && !channel.startsWith("@") && !channel.startsWith("-")) {
            channel = "@" + channel;
        }
        if (!channel.isEmpty() && !StorefrontSettings.CHANNEL.matcher(channel).matches()) {
            problems.add("shop.requireChannel (TOLLGATE_SHOP_REQUIRE_CHANNEL) must be a channel's @username or its "
                    + "-100... chat id");
            channel = "";
        }
        String url = shop.termsUrl() == null ? "" : shop.termsUrl().trim();
        if (!url.isEmpty() && !url.startsWith("https://")) {
            problems.add("shop.termsUrl (TOLLGATE_SHOP_TERMS_URL) must be an https:// address");
            url = "";
        }
        Map<Language, String> terms = new EnumMap<>(Language.class);
        if (shop.terms() != null) {
            shop.terms().forEach((code, text) -> {
                String value = text == null ? "" : text.strip();
                Language language = switch (code.trim().toLowerCase(Locale.ROOT)) {
                    case "en" -> Language.EN;
                    case "fa" -> Language.FA;
                    case "ru" -> Language.RU;
                    default -> null;
                };
                if (language == null) {
                    problems.add("shop.terms." + code + ": the language must be en, fa or ru");
                } else if (value.length() > ShopSection.MAX_TEXT) {
                    problems.add("shop.terms." + code + " has " + value.length() + " characters; at most " + ShopSection.MAX_TEXT);
                } else if (!value.isEmpty()) {
                    terms.put(language, value);
                }
            });
        }
        return parsed.withGates(channel, url, terms);
    }
}
