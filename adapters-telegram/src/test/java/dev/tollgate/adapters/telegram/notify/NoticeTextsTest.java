package dev.tollgate.adapters.telegram.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every notice and alert the core can raise has a text in every language, with no placeholder left unfilled. */
class NoticeTextsTest {

    private static final OrderId ORDER = new OrderId(UUID.fromString("1b2c3d4e-0000-4000-8000-000000000001"));
    private static final SubscriptionId SUBSCRIPTION = new SubscriptionId(UUID.randomUUID());
    private static final AccessDetails ACCESS = new AccessDetails(SUBSCRIPTION, SubscriptionKind.PAID, SubscriptionStatus.ACTIVE,
            "Germany 1", "vless://u@h:443?type=tcp#x", Instant.parse("2026-12-01T10:00:00Z"), DataSize.ofGibibytes(50));

    private final dev.tollgate.adapters.telegram.view.Texts texts = new dev.tollgate.adapters.telegram.view.Texts();
    private final dev.tollgate.adapters.telegram.view.Ui ui = new dev.tollgate.adapters.telegram.view.Ui(texts,
            new dev.tollgate.adapters.telegram.view.Formats(texts, ZoneId.of("UTC")));
    private final NoticeTexts notifier = new NoticeTexts(ui);

    static List<Notice> everyNotice() {
        Money price = Money.of(499, Currency.USD);
        Money balance = Money.of(1000, Currency.USD);
        return List.of(
                new Notice.PaymentReceived(ORDER, Money.of(150, Currency.XTR)),
                new Notice.OrderFulfilled(ORDER, ACCESS),
                new Notice.ProvisioningDelayed(ORDER),
                new Notice.RefundedToWallet(ORDER, price, balance, Notice.RefundReason.PROVISIONING_FAILED),
                new Notice.RefundedToProvider(ORDER, Money.of(250, Currency.XTR),
                        dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS),
                new Notice.WalletToppedUp(ORDER, price, balance),
                new Notice.ReceiptRejected(ORDER),
                new Notice.ReceiptRejected(ORDER, dev.tollgate.domain.payment.ReceiptRejection.UNREADABLE),
                new Notice.StaffMessage("Your server moves tonight <b>at 2</b>"),
                new Notice.SupportAnswered("It works again <i>now</i>"),
                new Notice.CashbackCredited(Money.of(50, Currency.USD), balance),
                new Notice.Reminder(SUBSCRIPTION, ReminderKind.TRAFFIC_80_PERCENT, ACCESS.expiresAt(), DataSize.ofGibibytes(10)),
                new Notice.AccessSuspended(SUBSCRIPTION, Notice.SuspensionReason.TRAFFIC_USED_UP),
                new Notice.AutoRenewed(SUBSCRIPTION, ORDER, price),
                new Notice.AutoRenewUnaffordable(SUBSCRIPTION, price, Money.of(100, Currency.USD)),
                new Notice.AccessGranted(ACCESS),
                new Notice.AccessReady(ACCESS),
                new Notice.SubscriptionMoved(ACCESS));
    }

    @Test
    void render_coversEveryKindOfNotice() {
        Set<Class<?>> covered = everyNotice().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> records = Arrays.stream(Notice.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void render_everyNoticeInEveryLanguage_fillsEveryPlaceholder() {
        for (Language language : Language.values()) {
            for (Notice notice : everyNotice()) {
                String text = notifier.render(language, notice);
                assertThat(text).as("%s in %s", notice.getClass().getSimpleName(), language).isNotBlank().doesNotContain("{", "}");
            }
        }
        assertThat(notifier.render(Language.EN, new Notice.PaymentReceived(ORDER, Money.of(150, Currency.XTR))))
                .contains("⭐ 150", "1b2c3d4e");
        assertThat(notifier.render(Language.FA, new Notice.WalletToppedUp(ORDER, Money.of(499, Currency.USD), Money.of(1000, Currency.USD))))
                .contains("۴٫۹۹ USD", "۱۰٫۰۰ USD");
        for (ReminderKind kind : ReminderKind.values()) {
            assertThat(notifier.render(Language.RU, new Notice.Reminder(SUBSCRIPTION, kind, ACCESS.expiresAt(), DataSize.ofGibibytes(1))))
                    .doesNotContain("{");
        }
        for (Notice.RefundReason reason : Notice.RefundReason.values()) {
            assertThat(notifier.render(Language.FA, new Notice.RefundedToWallet(ORDER, Money.of(1, Currency.EUR), Money.of(1, Currency.EUR), reason)))
                    .doesNotContain("{");
        }
        for (Notice.SuspensionReason reason : Notice.SuspensionReason.values()) {
            assertThat(notifier.render(Language.EN, new Notice.AccessSuspended(SUBSCRIPTION, reason))).isNotBlank();
        }
    }

    @Test
    void render_everyAdminAlert_namesTheOrderAndEscapesUserText() {
        AdminDirectory none = new AdminDirectory() {
            @Override
            public boolean isAdmin(TelegramUserId user) {
                return false;
            }

            @Override
            public Set<TelegramUserId> admins() {
                return Set.of();
            }
        };
        TelegramAdminAlerts alerts = new TelegramAdminAlerts(null, ui, none, null, java.time.Duration.ofSeconds(1), null);
        List<AdminAlert> every = List.of(
                new AdminAlert.ReceiptToReview(new PaymentId(UUID.randomUUID()), ORDER, new TelegramUserId(5), Money.of(100000, Currency.IRR), "<script>"),
                new AdminAlert.ProvisioningFailed(ORDER, SUBSCRIPTION, new TelegramUserId(5), Money.of(499, Currency.USD), "panel said <no>"),
                new AdminAlert.PaymentMismatch(ORDER, PaymentProvider.values()[0], "ext-1", Money.of(499, Currency.USD), Money.of(1, Currency.USD)),
                new AdminAlert.PaymentForClosedOrder(ORDER, PaymentProvider.values()[0], "ext-2", Money.of(499, Currency.USD)),
                new AdminAlert.PaymentNotRecorded(new TelegramUserId(5), PaymentProvider.values()[0], "ext-3",
                        Money.of(250, Currency.XTR), "StoreUnavailableException <db>"),
                new AdminAlert.BackupTooLarge(73L * 1024 * 1024, 50L * 1024 * 1024),
                new AdminAlert.BackupFailed("pg_dump is not installed <db>"),
                new AdminAlert.PanelDrift(new dev.tollgate.domain.server.ServerId("de-1"), 2, 1, 0, 3, 40,
                        List.of("re-created: tg5-1b2c3d4e", "unknown: <db>")),
                new AdminAlert.TicketWaiting(dev.tollgate.domain.support.TicketId.random(), new TelegramUserId(5),
                        "my link <script> fails"),
                new AdminAlert.ProvisioningDelayed(ORDER, new TelegramUserId(5), new dev.tollgate.domain.server.ServerId("de-1"),
                        1, "panel said <no>"),
                new AdminAlert.PanelDown(new dev.tollgate.domain.server.ServerId("de-1b2c3d4e"), "refused <db>"),
                new AdminAlert.PanelUp(new dev.tollgate.domain.server.ServerId("de-1b2c3d4e"), java.time.Instant.EPOCH));
        assertThat(every.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(AdminAlert.class.getPermittedSubclasses()));
        for (AdminAlert alert : every) {
          for (Language language : Language.values()) {
            String text = alerts.render(language, alert);
            assertThat(text).as("%s in %s", alert.getClass().getSimpleName(), language).doesNotContain("{", "}");
            assertThat(text).doesNotContain("<script>", "<no>", "<db>");
            if (alert instanceof AdminAlert.BackupTooLarge) {
                assertThat(text).as("%s in %s", alert, language).containsAnyOf("73 MB", "۷۳ MB").containsAnyOf("50 MB", "۵۰ MB");
            } else if (alert instanceof AdminAlert.TicketWaiting) {
                assertThat(text).contains("/tickets", "&lt;script&gt;");
            } else if (!(alert instanceof AdminAlert.PaymentNotRecorded) && !(alert instanceof AdminAlert.BackupFailed)) {
                assertThat(text).contains("1b2c3d4e");
            }
          }
        }
    }
}
