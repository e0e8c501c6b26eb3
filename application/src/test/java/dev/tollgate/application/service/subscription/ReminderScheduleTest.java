package dev.tollgate.application.service.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryDueReminders;
import dev.tollgate.application.fakes.InMemorySettingsStore;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.application.port.out.ShopTerms;
import dev.tollgate.application.service.settings.OverlaidShopSettings;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.reminder.ReminderKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reminder schedule of the shop settings: reminders switched off are not sent, and not sent later either. */
class ReminderScheduleTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);
    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final SendRemindersService reminders = new SendRemindersService(f.subscriptions,
            new InMemoryDueReminders(f.subscriptions, f.reminderLog), f.reminderLog, f.transactions, f.notices, f.clock,
            new OverlaidShopSettings(Map.of(ShopSetting.REMINDERS, ShopTerms.ALL_REMINDERS), store, f.clock, Duration.ZERO));

    @Test
    void reminders_switchedOffInTheSchedule_areNotSent_andTheOthersAreSentOnce() {
        store.put(ShopSetting.REMINDERS, "3h");
        f.buyMonth(alice);

        f.clock.advance(Duration.ofDays(27));
        reminders.send();
        f.clock.advance(Duration.ofDays(2));
        reminders.send();
        store.put(ShopSetting.REMINDERS, "3d,24h,3h");
        reminders.send();
        f.clock.advance(Duration.ofHours(22));
        reminders.send();
        reminders.send();

        assertThat(f.notifier.sent(Notice.Reminder.class)).extracting(Notice.Reminder::kind)
                .containsExactly(ReminderKind.EXPIRES_IN_3_HOURS);
    }

    @Test
    void schedule_withoutASetting_sendsEveryReminder_andOffSendsNone() {
        ShopTerms all = new ShopTerms(Map.of(ShopSetting.REMINDERS, ShopTerms.ALL_REMINDERS));
        ShopTerms off = new ShopTerms(Map.of());

        for (ReminderKind kind : ShopTerms.REMINDER_TOKENS.values()) {
            assertThat(all.sends(kind)).isTrue();
            assertThat(off.sends(kind)).isFalse();
        }
        assertThat(off.sends(ReminderKind.AUTO_RENEW_UNAFFORDABLE)).isTrue();
    }
}
