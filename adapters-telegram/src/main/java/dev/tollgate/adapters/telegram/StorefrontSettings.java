package dev.tollgate.adapters.telegram;

import dev.tollgate.domain.customer.Language;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the shop tells its buyers beyond the built-in texts: a support account shown as a link, the FAQ, and setup
 * guides per platform, each in the languages the operator wrote (the built-in text fills any language left out).
 */
public record StorefrontSettings(String supportUsername, Map<Language, String> faq, List<Guide> guides,
                                 String requiredChannel, String termsUrl, Map<Language, String> terms) {

    public static final StorefrontSettings NONE = new StorefrontSettings("", Map.of(), List.of());
    /** A channel to join before the trial: {@code @username}, or a numeric chat id such as {@code -1001234567890}. */
    public static final Pattern CHANNEL = Pattern.compile("@[A-Za-z][A-Za-z0-9_]{3,31}|-100[0-9]{5,16}");
    /** Telegram usernames: 5 to 32 of letters, digits and underscores. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    /** Platform ids in callback data and configuration. */
    public static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,19}");

    public StorefrontSettings {
        supportUsername = supportUsername == null ? "" : supportUsername.trim();
        if (supportUsername.startsWith("@")) {
            supportUsername = supportUsername.substring(1);
        }
        if (!supportUsername.isEmpty() && !USERNAME.matcher(supportUsername).matches()) {
            throw new IllegalArgumentException("the support account must be a Telegram username such as @shop_support");
        }
        faq = Map.copyOf(faq);
        guides = List.copyOf(guides);
        requiredChannel = requiredChannel == null ? "" : requiredChannel.trim();
        if (!requiredChannel.isEmpty() && !CHANNEL.matcher(requiredChannel).matches()) {
            throw new IllegalArgumentException("the required channel must be @username or a -100... chat id");
        }
        termsUrl = termsUrl == null ? "" : termsUrl.trim();
        if (!termsUrl.isEmpty() && !termsUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the terms URL must start with https://");
        }
        terms = Map.copyOf(terms);
    }

    public StorefrontSettings(String supportUsername, Map<Language, String> faq, List<Guide> guides) {
        this(supportUsername, faq, guides, "", "", Map.of());
    }

    /** The same settings with the optional gates: a channel to join before the trial, terms to accept at first start. */
    public StorefrontSettings withGates(String channel, String url, Map<Language, String> termsText) {
        return new StorefrontSettings(supportUsername, faq, guides, channel, url, termsText);
    }

    /** Whether new users must accept terms before they see the menu. */
    public boolean asksForTerms() {
        return !termsUrl.isEmpty() || !terms.isEmpty();
    }

    /** The channel's public link, for a channel named by its username. */
    public Optional<String> channelLink() {
        return requiredChannel.startsWith("@") ? Optional.of("https://t.me/" + requiredChannel.substring(1)) : Optional.empty();
    }

    /** One platform's setup steps; {@code name} and {@code text} per language. */
    public record Guide(String platform, Map<Language, String> name, Map<Language, String> text) {
        public Guide {
            Objects.requireNonNull(platform, "platform");
            if (!PLATFORM.matcher(platform).matches()) {
                throw new IllegalArgumentException("a guide's platform is 1-20 of a-z 0-9 -: " + platform);
            }
            name = Map.copyOf(name);
            text = Map.copyOf(text);
        }
    }

    public Optional<String> supportLink() {
        return supportUsername.isEmpty() ? Optional.empty() : Optional.of("https://t.me/" + supportUsername);
    }
}
