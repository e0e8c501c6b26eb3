package dev.tollgate.bootstrap.http;

import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase.Entry;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase.Feed;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;

/**
 * Answers for {@code /sub/<token>}: the body in each format and the headers apps read, built once per feed and kept
 * for {@code ttl} (apps poll every few hours; a change made in the bot shows within the TTL).
 *
 * <p>Headers as the apps document them (Happ "Meta info": happ.su/main/documentation/meta-info; Hiddify and the
 * Clash family read the same names): {@code Subscription-Userinfo: upload=..; download=..; total=..; expire=..}
 * (bytes; expire in unix seconds, 0 = none), {@code Profile-Title} (plain or {@code base64:} UTF-8, at most 25
 * characters shown), {@code Profile-Update-Interval} (hours), {@code Support-Url}, {@code Profile-Web-Page-Url},
 * {@code Announce} (plain or {@code base64:}, at most 200 characters shown), and {@code Content-Disposition} whose
 * file name Clash-family apps use as the profile name.
 */
final class FeedResponses {

    /** A rendered answer; the same bytes are sent to every request until the entry is dropped. */
    record Rendered(byte[] body, String contentType, Map<String, String> headers) {
    }

    private record Cached(Feed feed, long bornNanos, AtomicReferenceArray<Rendered> formats) {
    }

    private static final int MAX_ENTRIES = 100_000;
    private static final Duration EXPIRING_SOON = Duration.ofDays(3);

    private final SubscriptionFeedUseCase feeds;
    private final HttpSettings settings;
    private final LongSupplier nanoTime;
    private final java.time.Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    FeedResponses(SubscriptionFeedUseCase feeds, HttpSettings settings, java.time.Clock clock, LongSupplier nanoTime) {
        this.feeds = feeds;
        this.settings = settings;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    /** The user's feed (from the cache when fresh); empty for a malformed or forged token. */
    Optional<Feed> feed(String token) {
        return cached(token).map(Cached::feed);
    }

    Optional<Rendered> render(String token, FeedFormats format) {
        return cached(token).map(entry -> {
            Rendered rendered = entry.formats().get(format.ordinal());
            if (rendered == null) {
                rendered = build(entry.feed(), format);
                entry.formats().set(format.ordinal(), rendered);
            }
            return rendered;
        });
    }

    private Optional<Cached> cached(String token) {
        long now = nanoTime.getAsLong();
        Cached hit = cache.get(token);
        // A kept feed is served only while its token is still current: a reset link stops working at once.
        if (hit != null && now - hit.bornNanos() < settings.feedCacheTtl().toNanos() && feeds.accepts(token)) {
            return Optional.of(hit);
        }
        Optional<Feed> feed = feeds.feed(token);
        if (feed.isEmpty()) {
            cache.remove(token);
            return Optional.empty();
        }
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        Cached fresh = new Cached(feed.get(), now, new AtomicReferenceArray<>(FeedFormats.values().length));
        if (!settings.feedCacheTtl().isZero()) {
            cache.put(token, fresh);
        }
        return Optional.of(fresh);
    }

    private Rendered build(Feed feed, FeedFormats format) {
        List<Entry> entries = feed.entries();
        Optional<SubscriptionStatus> inactive = feed.inactiveReason();
        if (inactive.isPresent()) {
            entries = List.of(placeholder(Texts.placeholder(feed.language(), inactive.get())));
        }
        byte[] body = format.render(entries).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        long expire = feed.firstExpiry().map(Instant::getEpochSecond).orElse(0L);
        headers.put("Subscription-Userinfo", "upload=" + feed.uploaded().bytes() + "; download=" + feed.downloaded().bytes() + "; total="
                + feed.totalQuota().bytes() + "; expire=" + expire);
        headers.put("Profile-Title", headerText(settings.shopName()));
        headers.put("Profile-Update-Interval", Integer.toString(settings.updateIntervalHours()));
        if (!settings.supportUrl().isBlank()) {
            headers.put("Support-Url", settings.supportUrl());
        }
        subscriptionUrl(feed).ifPresent(url -> headers.put("Profile-Web-Page-Url", url));
        announce(feed).ifPresent(text -> headers.put("Announce", headerText(text)));
        String fileName = fileName(settings.shopName()) + format.extension();
        headers.put("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        headers.put("Cache-Control", "no-store");
        return new Rendered(body, format.contentType(), Map.copyOf(headers));
    }

    /** The public subscription URL of the feed's owner, when a public base URL is configured. */
    Optional<String> subscriptionUrl(Feed feed) {
        return feeds.urlFor(feed.owner());
    }

    private Optional<String> announce(Feed feed) {
        List<String> notes = new ArrayList<>();
        Instant now = clock.instant();
        if (feed.firstExpiry().filter(at -> at.isBefore(now.plus(EXPIRING_SOON))).isPresent() && !feed.entries().isEmpty()) {
            notes.add(Texts.get(feed.language(), "announce.expiring"));
        }
        if (!feed.totalQuota().isZero() && feed.used().bytes() * 10 > feed.totalQuota().bytes() * 9) {
            notes.add(Texts.get(feed.language(), "announce.quota"));
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    /** A header value: ASCII as it is, anything else as {@code base64:} of its UTF-8 bytes (headers are Latin-1). */
    static String headerText(String text) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ascii ? text : "base64:" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String fileName(String shopName) {
        String name = shopName.strip();
        return name.isEmpty() ? "tollgate" : name;
    }

    /** An entry apps list but cannot connect to, whose name tells the user what to do. */
    static Entry placeholder(String text) {
        String uuid = "00000000-0000-0000-0000-000000000000";
        String link = "vless://" + uuid + "@0.0.0.0:1?type=tcp&security=none#"
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        return new Entry(text, Protocol.VLESS, "0.0.0.0", 1, uuid, Map.of(), link);
    }
}
