package dev.tollgate.bootstrap.http;

import dev.tollgate.application.port.in.SubscriptionFeedUseCase.Access;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase.Entry;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase.Feed;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.JalaliDate;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The HTML page a person sees when they open their subscription URL in a browser: status, plan, expiry, traffic,
 * the QR code and buttons that import the URL into the common apps. Self-contained: styles and the one small
 * script (copy to clipboard) are inline, nothing is loaded from elsewhere.
 */
final class SubscriptionPage {

    /** An app button: its import deep link is built from the subscription URL by {@link #link}. */
    private record App(String platform, String name, String scheme) {
    }

    /*
     * Import deep links as the apps document them: v2rayNG "v2rayng://install-config?url=", Hiddify
     * "hiddify://import/<url>#<name>", sing-box "sing-box://import-remote-profile?url=<url>#<name>"
     * (sing-box.sagernet.org/clients/general), Clash family "clash://install-config?url=<url>&name=<name>",
     * Streisand "streisand://import/<url>", Happ "happ://add/<url>", v2RayTun "v2raytun://import/<url>".
     */
    private static final List<App> APPS = List.of(
            new App("Android", "v2rayNG", "v2rayng"),
            new App("Android", "Hiddify", "hiddify"),
            new App("Android", "v2RayTun", "v2raytun"),
            new App("iOS", "Streisand", "streisand"),
            new App("iOS", "Happ", "happ"),
            new App("iOS", "sing-box", "sing-box"),
            new App("Windows", "Hiddify", "hiddify"),
            new App("Windows", "Clash Verge", "clash"),
            new App("macOS", "Hiddify", "hiddify"),
            new App("macOS", "Clash Verge", "clash"));

    private SubscriptionPage() {
    }

    static String render(Feed feed, String subscriptionUrl, String shopName, String supportUrl, ZoneId zone, Instant now) {
        Language lang = feed.language();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!doctype html><html lang=\"").append(lang.tag()).append("\" dir=\"")
                .append(lang.isRightToLeft() ? "rtl" : "ltr").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\"><title>").append(esc(shopName)).append(" · ")
                .append(esc(Texts.get(lang, "page.title"))).append("</title><style>").append(CSS).append("</style></head><body><main>");
        html.append("<h1>").append(esc(shopName)).append("</h1><h2>").append(esc(Texts.get(lang, "page.title"))).append("</h2>");
        if (feed.accesses().isEmpty()) {
            html.append("<p id=\"none\">").append(esc(Texts.get(lang, "page.none"))).append("</p>");
        }
        for (Access access : feed.accesses()) {
            html.append("<section class=\"card status-").append(access.status().name().toLowerCase(Locale.ROOT)).append("\">");
            row(html, Texts.get(lang, "page.plan"), access.plan().orElse(Texts.get(lang, "kind." + access.kind().name())), "plan");
            row(html, Texts.get(lang, "page.server"), access.serverName(), "server");
            row(html, Texts.get(lang, "page.status"), Texts.get(lang, "status." + access.status().name()), "status");
            row(html, Texts.get(lang, "page.expires"), access.expiresAt().map(at -> date(at, lang, zone))
                    .orElse(Texts.get(lang, "page.never")), "expires");
            String traffic = size(access.used(), lang) + " / " + (access.quota().isZero()
                    ? Texts.get(lang, "page.unlimited") : size(access.quota(), lang));
            row(html, Texts.get(lang, "page.traffic"), traffic, "traffic");
            int percent = access.quota().isZero() ? 0
                    : (int) Math.min(100, Math.round(100.0 * access.used().bytes() / access.quota().bytes()));
            html.append("<div class=\"bar\" role=\"progressbar\" aria-valuenow=\"").append(percent)
                    .append("\" aria-valuemin=\"0\" aria-valuemax=\"100\"><span style=\"width:").append(percent)
                    .append("%\"></span></div></section>");
        }
        if (feed.accesses().stream().anyMatch(a -> a.status() == SubscriptionStatus.ACTIVE) || !feed.entries().isEmpty()) {
            html.append("<section class=\"card qr\">").append(QrSvg.of(subscriptionUrl)).append("<p>")
                    .append(esc(Texts.get(lang, "page.qr"))).append("</p></section>");
        }
        html.append("<section class=\"card\"><h3>").append(esc(Texts.get(lang, "page.url"))).append("</h3>")
                .append("<p><code id=\"url\" dir=\"ltr\">").append(esc(subscriptionUrl)).append("</code> ")
                .append("<button type=\"button\" data-copy=\"").append(esc(subscriptionUrl)).append("\">")
                .append(esc(Texts.get(lang, "page.copy"))).append("</button></p></section>");
        html.append("<section class=\"card\" id=\"apps\"><h3>").append(esc(Texts.get(lang, "page.apps"))).append("</h3><p>")
                .append(esc(Texts.get(lang, "page.steps"))).append("</p>");
        String platform = "";
        for (App app : APPS) {
            if (!app.platform().equals(platform)) {
                html.append(platform.isEmpty() ? "" : "</div>").append("<h4>").append(app.platform()).append("</h4><div class=\"apps\">");
                platform = app.platform();
            }
            html.append("<a class=\"app\" href=\"").append(esc(link(app.scheme(), subscriptionUrl, shopName))).append("\">")
                    .append(esc(app.name())).append("</a>");
        }
        html.append("</div></section>");
        if (!feed.entries().isEmpty()) {
            html.append("<section class=\"card\" id=\"links\"><h3>").append(esc(Texts.get(lang, "page.links"))).append("</h3>");
            for (Entry entry : feed.entries()) {
                html.append("<p><b>").append(esc(entry.name())).append("</b><br><code dir=\"ltr\">").append(esc(entry.shareLink()))
                        .append("</code> <button type=\"button\" data-copy=\"").append(esc(entry.shareLink())).append("\">")
                        .append(esc(Texts.get(lang, "page.copy"))).append("</button></p>");
            }
            html.append("</section>");
        }
        if (!supportUrl.isBlank()) {
            html.append("<p><a href=\"").append(esc(supportUrl)).append("\">").append(esc(Texts.get(lang, "page.support"))).append("</a></p>");
        }
        html.append("</main><script>").append(SCRIPT).append("</script></body></html>");
        return html.toString();
    }

    static String link(String scheme, String url, String name) {
        String encoded = URLEncoder.encode(url, StandardCharsets.UTF_8);
        String encodedName = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return switch (scheme) {
            case "v2rayng" -> "v2rayng://install-config?url=" + encoded;
            case "hiddify" -> "hiddify://import/" + url + "#" + encodedName;
            case "sing-box" -> "sing-box://import-remote-profile?url=" + encoded + "#" + encodedName;
            case "clash" -> "clash://install-config?url=" + encoded + "&name=" + encodedName;
            case "streisand" -> "streisand://import/" + url;
            case "happ" -> "happ://add/" + url;
            case "v2raytun" -> "v2raytun://import/" + url;
            case "shadowrocket" -> "sub://" + Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("unknown app scheme " + scheme);
        };
    }

    private static void row(StringBuilder html, String label, String value, String id) {
        html.append("<div class=\"row\"><span>").append(esc(label)).append("</span><b class=\"").append(id).append("\">")
                .append(esc(value)).append("</b></div>");
    }

    private static final DateTimeFormatter GREGORIAN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    static String date(Instant at, Language lang, ZoneId zone) {
        var local = at.atZone(zone);
        if (lang == Language.FA) {
            return JalaliDate.withPersianDigits(JalaliDate.of(local.toLocalDate()) + " " + local.format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        return local.format(GREGORIAN);
    }

    static String size(DataSize size, Language lang) {
        double gib = size.bytes() / (1024.0 * 1024 * 1024);
        String text = gib >= 1 ? String.format(Locale.ROOT, "%.2f GB", gib)
                : String.format(Locale.ROOT, "%.0f MB", size.bytes() / (1024.0 * 1024));
        return lang == Language.FA ? JalaliDate.withPersianDigits(text) : text;
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Tahoma,sans-serif;"
            + "background:#f3f4f6;color:#111}main{max-width:34rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem;margin:.5rem 0}"
            + "h2{font-size:1.1rem;color:#555;margin:0 0 1rem}.card{background:#fff;border-radius:.75rem;padding:1rem;margin:0 0 1rem;"
            + "box-shadow:0 1px 3px rgba(0,0,0,.1)}.row{display:flex;justify-content:space-between;gap:1rem;padding:.2rem 0}"
            + ".bar{height:.6rem;background:#e5e7eb;border-radius:.3rem;overflow:hidden;margin-top:.5rem}"
            + ".bar span{display:block;height:100%;background:#2563eb}.status-active .status{color:#15803d}"
            + ".status-expired .status,.status-limited .status,.status-revoked .status{color:#b91c1c}"
            + ".qr{text-align:center}#qr{width:15rem;height:15rem}code{word-break:break-all;font-size:.8rem}"
            + ".apps{display:flex;flex-wrap:wrap;gap:.5rem}.app{display:inline-block;padding:.5rem .9rem;border-radius:.5rem;"
            + "background:#2563eb;color:#fff;text-decoration:none}h4{margin:.8rem 0 .4rem}button{cursor:pointer}";

    private static final String SCRIPT = "document.querySelectorAll('[data-copy]').forEach(function(b){b.addEventListener('click',"
            + "function(){if(navigator.clipboard){navigator.clipboard.writeText(b.getAttribute('data-copy'));}});});";
}
