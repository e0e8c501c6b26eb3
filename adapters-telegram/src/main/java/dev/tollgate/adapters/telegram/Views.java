package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Every text and keyboard the user bot shows, in the user's language; texts are HTML-escaped here. */
final class Views {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    private final ZoneId zone;

    Views(ZoneId zone) {
        this.zone = zone;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            Locale locale = language == Language.EN ? Locale.ROOT : Locale.forLanguageTag(language.tag());
            bundles.put(language, ResourceBundle.getBundle("i18n.messages", locale, noFallback));
        }
    }

    String text(Language language, String key, Object... arguments) {
        String pattern = bundles.get(language).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(arguments);
    }

    String welcome(Language language, String firstName) {
        String name = firstName == null || firstName.isBlank() ? "" : firstName;
        return text(language, "welcome", escape(name)) + "\n\n" + text(language, "menu.title");
    }

    String menu(Language language) {
        return text(language, "menu.title");
    }

    InlineKeyboardMarkup mainMenu(Language language) {
        return new InlineKeyboardMarkup(List.of(
                row(button(language, "button.buy", CallbackAction.BUY)),
                row(button(language, "button.trial", CallbackAction.TRIAL)),
                row(button(language, "button.wallet", CallbackAction.WALLET)),
                row(button(language, "button.subscriptions", CallbackAction.MY_SUBSCRIPTIONS),
                        button(language, "button.help", CallbackAction.HELP))));
    }

    /** Top-up amounts in Stars under the wallet view. */
    InlineKeyboardMarkup walletMenu(Language language) {
        List<InlineKeyboardButton> amounts = new java.util.ArrayList<>();
        for (int stars : Callback.TOP_UP_STARS) {
            amounts.add(InlineKeyboardButton.builder().text("⭐ " + stars).callbackData(Callback.topUp(stars)).build());
        }
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(amounts),
                row(button(language, "button.menu", CallbackAction.MENU))));
    }

    /** Under My subscriptions: an auto-renewal switch for each paid subscription, then back to the menu. */
    InlineKeyboardMarkup subscriptionsMenu(Language language, List<AccessDetails> subscriptions) {
        List<InlineKeyboardRow> rows = new java.util.ArrayList<>();
        for (AccessDetails access : subscriptions) {
            if (access.kind() == dev.tollgate.domain.subscription.SubscriptionKind.PAID
                    && access.status() != SubscriptionStatus.REVOKED) {
                rows.add(row(InlineKeyboardButton.builder()
                        .text(truncate(text(language, "button.auto_renew_on", access.serverName()), 60))
                        .callbackData(Callback.autoRenew(access.subscription(), true)).build()));
            }
        }
        rows.add(row(button(language, "button.menu", CallbackAction.MENU)));
        return new InlineKeyboardMarkup(rows);
    }

    InlineKeyboardMarkup autoRenewOff(Language language, dev.tollgate.domain.subscription.SubscriptionId subscription) {
        return new InlineKeyboardMarkup(List.of(
                row(InlineKeyboardButton.builder().text(text(language, "button.auto_renew_off"))
                        .callbackData(Callback.autoRenew(subscription, false)).build()),
                row(button(language, "button.menu", CallbackAction.MENU))));
    }

    InlineKeyboardMarkup backToMenu(Language language) {
        return new InlineKeyboardMarkup(List.of(row(button(language, "button.menu", CallbackAction.MENU))));
    }

    String trialActivated(Language language, AccessDetails access) {
        return accessText(language, "trial.activated", access);
    }

    String accessReady(Language language, AccessDetails access) {
        return accessText(language, "access.ready", access);
    }

    String trialRefused(Language language, ClaimTrialUseCase.Reason reason) {
        return switch (reason) {
            case ALREADY_CLAIMED -> text(language, "trial.refused.already_claimed");
            case ALREADY_A_CUSTOMER -> text(language, "trial.refused.already_a_customer");
            case NO_SERVER_AVAILABLE -> text(language, "trial.refused.no_server_available");
        };
    }

    String subscriptions(Language language, List<AccessDetails> subscriptions, java.util.Optional<String> feedUrl) {
        if (subscriptions.isEmpty()) {
            return text(language, "subscriptions.none");
        }
        StringBuilder text = new StringBuilder(text(language, "subscriptions.title"));
        for (AccessDetails access : subscriptions) {
            String link = access.status() == SubscriptionStatus.ACTIVE ? "<code>" + escape(access.shareLink()) + "</code>" : "";
            text.append("\n\n").append(text(language, "subscriptions.item", escape(access.serverName()),
                    status(language, access.status()), expiry(language, access), traffic(language, access.quota()), link));
        }
        feedUrl.ifPresent(url -> text.append("\n\n").append(text(language, "subscriptions.feed", "<code>" + escape(url) + "</code>")));
        return text.toString();
    }

    String qrCaption(Language language, AccessDetails access) {
        return text(language, "qr.caption", escape(access.serverName()));
    }

    String status(Language language, SubscriptionStatus status) {
        return text(language, "status." + status.name().toLowerCase(Locale.ROOT));
    }

    String expiry(Language language, AccessDetails access) {
        return access.expiry().map(instant -> dateTime(language, instant)).orElse(text(language, "expiry.not_started"));
    }

    /** Persian users read Jalali dates with Persian digits; everyone else reads ISO-like Gregorian dates. */
    String dateTime(Language language, Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        String zoneName = zone.getId().equals("Z") ? "UTC" : zone.getId();
        if (language == Language.FA) {
            JalaliDate jalali = JalaliDate.of(local.toLocalDate());
            String text = String.format(Locale.ROOT, "%04d/%02d/%02d %02d:%02d", jalali.year(), jalali.month(), jalali.day(),
                    local.getHour(), local.getMinute());
            return persianDigits(text) + " (" + zoneName + ")";
        }
        return DATE_TIME.format(local) + " " + zoneName;
    }

    String traffic(Language language, DataSize size) {
        if (size.isZero()) {
            return text(language, "traffic.unlimited");
        }
        String number = BigDecimal.valueOf(size.bytes()).divide(BigDecimal.valueOf(1024L * 1024 * 1024), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String localized = language == Language.FA ? persianDigits(number).replace('.', '٫') : number;
        return text(language, "traffic.gib", localized);
    }

    /** Amounts in the currency's own digits: "⭐ 150" for Telegram Stars, "4.99 USD" otherwise. */
    String money(Language language, dev.tollgate.domain.shared.Money amount) {
        int digits = amount.currency().fractionDigits();
        String number = BigDecimal.valueOf(amount.minorUnits(), digits).toPlainString();
        if (language == Language.FA) {
            number = persianDigits(number).replace('.', '٫');
        }
        return amount.currency() == dev.tollgate.domain.shared.Currency.XTR ? "⭐ " + number : number + " " + amount.currency().name();
    }

    /** The first eight characters of an id: enough for a user to quote to support, short enough to read. */
    static String shortId(Object id) {
        String text = id.toString();
        return text.length() > 8 ? text.substring(0, 8) : text;
    }

    /** The plans on sale, one button each; data "plan:<id>". */
    String plansTitle(Language language, List<Plan> plans) {
        return text(language, plans.isEmpty() ? "plans.none" : "plans.title");
    }

    InlineKeyboardMarkup plansMenu(Language language, List<Plan> plans) {
        List<InlineKeyboardRow> rows = new java.util.ArrayList<>();
        for (Plan plan : plans) {
            rows.add(row(InlineKeyboardButton.builder().text(truncate(plan.name() + " · " + prices(language, plan), 60))
                    .callbackData(Callback.showPlan(plan.id())).build()));
        }
        rows.add(row(button(language, "button.menu", CallbackAction.MENU)));
        return new InlineKeyboardMarkup(rows);
    }

    String planDetails(Language language, Plan plan) {
        PlanTerms terms = plan.terms();
        String devices = terms.deviceLimit() == 0 ? text(language, "plan.devices.unlimited") : Integer.toString(terms.deviceLimit());
        return text(language, "plan.details", escape(plan.name()), duration(language, terms.duration()),
                traffic(language, terms.traffic()), devices, prices(language, plan));
    }

    /** Stars if the plan is priced in XTR, and the wallet for every currency whose balance covers the price. */
    InlineKeyboardMarkup payMenu(Language language, Plan plan, List<dev.tollgate.domain.shared.Money> balances,
                                 java.util.Optional<CardTransfer> card) {
        List<InlineKeyboardRow> rows = new java.util.ArrayList<>();
        plan.priceIn(dev.tollgate.domain.shared.Currency.XTR).ifPresent(price -> rows.add(row(InlineKeyboardButton.builder()
                .text(text(language, "pay.stars", Long.toString(price.minorUnits())))
                .callbackData(Callback.payWithStars(plan.id())).build())));
        for (dev.tollgate.domain.shared.Money balance : balances) {
            plan.priceIn(balance.currency()).filter(price -> !balance.isLessThan(price)).ifPresent(price ->
                    rows.add(row(InlineKeyboardButton.builder().text(text(language, "pay.wallet", money(language, price)))
                            .callbackData(Callback.payFromWallet(price.currency(), plan.id())).build())));
        }
        card.flatMap(transfer -> plan.priceIn(transfer.currency())).ifPresent(price -> rows.add(row(InlineKeyboardButton.builder()
                .text(text(language, "pay.card", money(language, price))).callbackData(Callback.payByCard(plan.id())).build())));
        rows.add(row(button(language, "button.buy", CallbackAction.BUY), button(language, "button.menu", CallbackAction.MENU)));
        return new InlineKeyboardMarkup(rows);
    }

    InlineKeyboardMarkup reviewButtons(dev.tollgate.domain.payment.PaymentId payment) {
        return new InlineKeyboardMarkup(List.of(row(
                InlineKeyboardButton.builder().text("✅ Approve").callbackData(Callback.review(payment, true)).build(),
                InlineKeyboardButton.builder().text("❌ Reject").callbackData(Callback.review(payment, false)).build())));
    }

    String duration(Language language, java.time.Duration duration) {
        long days = duration.toDays();
        if (days >= 1 && duration.equals(java.time.Duration.ofDays(days))) {
            String number = Long.toString(days);
            return text(language, "duration.days", language == Language.FA ? persianDigits(number) : number);
        }
        return duration.toHours() + " h";
    }

    String prices(Language language, Plan plan) {
        return plan.prices().values().stream().sorted(java.util.Comparator.comparing(m -> m.currency().ordinal()))
                .map(price -> money(language, price)).collect(java.util.stream.Collectors.joining(" / "));
    }

    String wallet(Language language, List<dev.tollgate.domain.shared.Money> balances, String referralLink, int invited) {
        String lines = balances.stream().filter(m -> !m.isZero()).map(m -> "• " + money(language, m))
                .collect(java.util.stream.Collectors.joining("\n"));
        String count = Integer.toString(invited);
        return text(language, "wallet.view", lines.isEmpty() ? text(language, "wallet.empty") : lines,
                "<code>" + escape(referralLink) + "</code>", language == Language.FA ? persianDigits(count) : count);
    }

    private static String truncate(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String accessText(Language language, String key, AccessDetails access) {
        return text(language, key, escape(access.serverName()), expiry(language, access), traffic(language, access.quota()),
                "<code>" + escape(access.shareLink()) + "</code>");
    }

    private static String persianDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? PERSIAN_DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    private InlineKeyboardButton button(Language language, String key, CallbackAction action) {
        return InlineKeyboardButton.builder().text(text(language, key)).callbackData(action.data()).build();
    }

    private static InlineKeyboardRow row(InlineKeyboardButton... buttons) {
        return new InlineKeyboardRow(List.of(buttons));
    }
}
