package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The user's subscriptions, one per page: status, expiry and days left, traffic used of the quota as a bar, device
 * limit, its share link and the one subscription URL (with its QR code on request and a button to the page that
 * imports it into the apps), and what can be done with it: renew, upgrade, auto-renewal from the wallet.
 * Callback data: {@code subs[:<page>]}, {@code subs:qr:<page>}.
 */
public final class SubscriptionsScreen implements Screen {

    static final int PAGE = 1;
    private static final int BAR_CELLS = 10;

    private final Ui ui;
    private final ListSubscriptionsUseCase subscriptions;
    private final SubscriptionFeedUseCase feeds;
    private final ListRenewalsUseCase renewals;
    private final MoveSubscriptionUseCase moves;

    public SubscriptionsScreen(Ui ui, ListSubscriptionsUseCase subscriptions, SubscriptionFeedUseCase feeds) {
        this(ui, subscriptions, feeds, null);
    }

    public SubscriptionsScreen(Ui ui, ListSubscriptionsUseCase subscriptions, SubscriptionFeedUseCase feeds,
                               ListRenewalsUseCase renewals) {
        this(ui, subscriptions, feeds, renewals, null);
    }

    /** {@code moves}: offers "Change location" on a subscription that has another location to go to. */
    public SubscriptionsScreen(Ui ui, ListSubscriptionsUseCase subscriptions, SubscriptionFeedUseCase feeds,
                               ListRenewalsUseCase renewals, MoveSubscriptionUseCase moves) {
        this.ui = ui;
        this.subscriptions = subscriptions;
        this.feeds = feeds;
        this.renewals = renewals;
        this.moves = moves;
    }

    @Override
    public String id() {
        return "subs";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        List<AccessDetails> mine = subscriptions.list(new ListSubscriptionsUseCase.Command(session.user()));
        if (mine.isEmpty()) {
            return Reply.edit(ui.t(language, "subscriptions.none"), Keyboard.builder()
                    .row(ui.button(language, "button.trial", CallbackData.of("trial")),
                            ui.button(language, "button.buy", CallbackData.of("buy")))
                    .row(ui.menuButton(language)).build());
        }
        boolean qr = data.arg(0).filter("qr"::equals).isPresent();
        int pages = mine.size();
        int page = Paging.page(data, qr ? 1 : 0, pages);
        AccessDetails access = mine.get(page);
        Optional<String> feed = feeds.urlFor(session.user());
        if (qr) {
            String content = feed.orElse(access.shareLink());
            return Reply.of(new Reply.QrPhoto(content, "tollgate-" + access.subscription() + ".png",
                    ui.t(language, "qr.caption", Texts.escape(access.serverName()))));
        }
        Optional<ListRenewalsUseCase.Options> options = renewals == null ? Optional.empty()
                : renewals.list(new ListRenewalsUseCase.Command(session.user())).stream()
                        .filter(o -> o.subscription().equals(access.subscription())).findFirst();
        StringBuilder text = new StringBuilder(ui.t(language, "subscriptions.title"));
        if (pages > 1) {
            text.append(' ').append(ui.t(language, "page.of", ui.formats().number(language, page + 1),
                    ui.formats().number(language, pages)));
        }
        text.append("\n\n").append(ui.t(language, "subs.head", Texts.escape(access.serverName()),
                ui.formats().status(language, access.status())));
        text.append("\n").append(ui.t(language, "subs.expiry", ui.formats().expiry(language, access),
                daysLeft(language, access, session.now())));
        // The stored usage record (AccessDetails.used) or the subscription's own counter, whichever is newer (larger).
        DataSize counted = options.map(ListRenewalsUseCase.Options::trafficUsed).orElse(DataSize.ZERO);
        DataSize used = access.used().compareTo(counted) >= 0 ? access.used() : counted;
        text.append("\n").append(traffic(language, used, access.quota()));
        options.ifPresent(o -> text.append("\n").append(ui.t(language, "subs.devices", o.deviceLimit() == 0
                ? ui.t(language, "plan.devices.unlimited") : ui.formats().number(language, o.deviceLimit()))));
        access.onlineDevices().ifPresent(n -> text.append("\n").append(ui.t(language, "subs.devices_online",
                ui.formats().number(language, n))));
        if (access.status() == SubscriptionStatus.ACTIVE) {
            text.append("\n\n").append(ui.t(language, "subs.link", Texts.code(access.shareLink())));
            access.elsewhere().forEach(other -> text.append("\n\n").append(ui.t(language, "subs.link_at",
                    Texts.escape(other.serverName()), Texts.code(other.shareLink()))));
        }
        feed.ifPresent(url -> text.append("\n\n").append(ui.t(language, "subscriptions.feed", Texts.code(url))));
        Keyboard.Builder keyboard = Keyboard.builder();
        String subscription = access.subscription().toString();
        if (options.isPresent()) {
            ListRenewalsUseCase.Options o = options.get();
            java.util.ArrayList<Button> change = new java.util.ArrayList<>();
            if (o.renewable()) {
                change.add(ui.button(language, "button.renew", CallbackData.of("chk", "r", subscription)));
            }
            if (!o.upgrades().isEmpty()) {
                change.add(ui.button(language, "button.upgrade", CallbackData.of("chk", "u", subscription)));
            }
            keyboard.row(change);
            if (!o.trafficPacks().isEmpty()) {
                keyboard.row(ui.button(language, "button.add_traffic", CallbackData.of("tpk", subscription)));
            }
            if (o.renewable()) {
                keyboard.row(o.autoRenew()
                        ? ui.button(language, "button.auto_renew_off", CallbackData.of("ar", "off", subscription))
                        : Button.tap(Texts.truncate(ui.t(language, "button.auto_renew_on", access.serverName()), 60),
                                CallbackData.of("ar", "on", subscription)));
            }
            if (o.kind() == SubscriptionKind.TRIAL) {
                keyboard.row(ui.button(language, "button.buy", CallbackData.of("buy")));
            }
        } else if (access.kind() == SubscriptionKind.PAID && access.status() != SubscriptionStatus.REVOKED) {
            keyboard.row(Button.tap(Texts.truncate(ui.t(language, "button.auto_renew_on", access.serverName()), 60),
                    CallbackData.of("ar", "on", subscription)));
        }
        LocationsScreen.offer(ui, language, moves, session, access.subscription()).ifPresent(keyboard::row);
        java.util.ArrayList<Button> apps = new java.util.ArrayList<>();
        apps.add(ui.button(language, "button.qr", CallbackData.of(id(), "qr", page)));
        feed.filter(url -> url.startsWith("https://") || url.startsWith("http://"))
                .ifPresent(url -> apps.add(Button.link(ui.t(language, "button.import"), url)));
        keyboard.row(apps);
        if (access.status() != SubscriptionStatus.REVOKED && access.status() != SubscriptionStatus.PENDING_ACTIVATION) {
            keyboard.row(ui.button(language, "button.reset_link", CallbackData.of("rst", subscription)));
        }
        keyboard.row(Paging.buttons(ui, language, id(), page, pages));
        keyboard.row(ui.menuButton(language));
        return Reply.edit(text.toString(), keyboard.build());
    }

    private String daysLeft(Language language, AccessDetails access, Instant now) {
        if (access.expiry().isEmpty()) {
            return "";
        }
        Duration left = Duration.between(now, access.expiry().get());
        if (left.isNegative() || left.isZero()) {
            return ui.t(language, "subs.days_left.none");
        }
        long days = (left.toHours() + 23) / 24;
        return ui.t(language, "subs.days_left", ui.formats().number(language, days));
    }

    /** "▰▰▰▱▱▱▱▱▱▱ 30 % · 1.5 GB of 5 GB"; unlimited quotas show only what was used. */
    String traffic(Language language, DataSize used, DataSize quota) {
        String usedText = used.isZero() ? ui.formats().number(language, 0) : ui.formats().traffic(language, used);
        if (quota.isZero()) {
            return ui.t(language, "subs.traffic.unlimited", usedText);
        }
        long percent = Math.min(100, used.bytes() * 100 / quota.bytes());
        int full = (int) Math.min(BAR_CELLS, used.bytes() * BAR_CELLS / quota.bytes());
        String bar = "▰".repeat(full) + "▱".repeat(BAR_CELLS - full);
        return ui.t(language, "subs.traffic", bar, ui.formats().number(language, percent), usedText,
                ui.formats().traffic(language, quota));
    }
}
