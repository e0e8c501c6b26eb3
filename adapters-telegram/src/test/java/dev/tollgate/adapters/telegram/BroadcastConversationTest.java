package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.DeliverBroadcastsUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.BroadcastSender;
import dev.tollgate.application.service.broadcast.DeliverBroadcastsService;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An owner composes, previews, confirms and cancels broadcasts in the bot; the job sends them; forgers change nothing. */
class BroadcastConversationTest {

    private static final String TOKEN = "44:broadcast-conversation";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
    private static final TgUser ANN = new TgUser(601, "Ann", "en");
    private static final TgUser BAHAR = new TgUser(602, "Bahar", "fa");
    private static final TgUser SAM = new TgUser(502, "Sam", "en");
    private static final TgUser EVE = new TgUser(666, "Eve", "en");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();
    private DeliverBroadcastsService deliver;

    @BeforeEach
    void start() {
        deliver = new DeliverBroadcastsService(shop.broadcasts, bot.injector().getInstance(BroadcastSender.class),
                Duration.ofMinutes(1), shop.clock);
        for (TgUser user : List.of(ANN, BAHAR)) {
            shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(user.id()), user.languageCode()));
        }
    }

    private ChatMessage await(TgUser user, String fragment) {
        return telegram.awaitBotMessage(user.id(), m -> (m.text() != null && m.text().contains(fragment))
                || (m.caption() != null && m.caption().contains(fragment)), WAIT);
    }


    private void press(TgUser user, ChatMessage message, String button) {
        telegram.userPresses(user, message.messageId(), message.buttonData(button).orElseThrow(
                () -> new AssertionError("no button " + button + " under " + message.text() + " " + message.buttonTexts())));
    }

    @Test
    void owner_composesPreviewsAndConfirmsOnce_theJobSendsItAndTheProgressEndsInTheReport() {
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = await(OWNER, "Back office");
        press(OWNER, office, "Broadcasts");
        ChatMessage list = await(OWNER, "No broadcast yet");
        press(OWNER, list, "New broadcast");
        await(OWNER, "Send the text of the broadcast");
        // Formatted in the app: bold as an entity, and a literal "&" that needs no escaping by the owner.
        telegram.userSendsFormatted(OWNER, "Spring sale: 20% off & more", "[{\"type\":\"bold\",\"offset\":0,\"length\":11}]");
        press(OWNER, await(OWNER, "Send a photo"), "Without a photo");
        press(OWNER, await(OWNER, "Add a button"), "Without a button");
        press(OWNER, await(OWNER, "Who should receive it?"), "Persian speakers");
        ChatMessage preview = await(OWNER, "Spring sale: 20% off & more");
        ChatMessage confirm = await(OWNER, "It goes to 1 customers");
        assertThat(preview.messageId()).isLessThan(confirm.messageId());
        assertThat(shop.broadcasts.count()).isZero();
        assertThat(telegram.messages(BAHAR.id())).isEmpty();

        press(OWNER, confirm, "Send to");
        await(OWNER, "Broadcast queued for 1 customers");
        bot.awaitAnswered(telegram.userPresses(OWNER, confirm.messageId(), confirm.buttonData("Send to").orElseThrow()));
        assertThat(shop.broadcasts.count()).isEqualTo(1);

        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("job", 25)).finished()).isTrue();
        ChatMessage received = await(BAHAR, "Spring sale");
        assertThat(received.text()).isEqualTo("Spring sale: 20% off & more");
        assertThat(telegram.calls()).anyMatch(c -> c.method().equals("sendMessage")
                && String.valueOf(BAHAR.id()).equals(c.parameters().get("chat_id"))
                && "<b>Spring sale</b>: 20% off &amp; more".equals(c.parameters().get("text")));
        assertThat(telegram.messages(ANN.id())).isEmpty();
        ChatMessage report = await(OWNER, "finished");
        assertThat(report.text()).contains("1 of 1 done", "Sent: 1", "Blocked the bot: 0");
        Broadcast sent = shop.broadcasts.recent(0, 1).get(0);
        assertThat(sent.status()).isEqualTo(BroadcastStatus.DONE);
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.BROADCAST_STARTED);

        press(OWNER, report, "Broadcasts");
        ChatMessage listed = telegram.awaitBotMessage(OWNER.id(), m -> m.text() != null && m.text().contains("Broadcasts</b>")
                || m.text() != null && m.text().contains("Broadcasts (1)"), WAIT);
        assertThat(listed.buttonTexts()).anyMatch(text -> text.startsWith("✅") && text.contains("Persian speakers · 1/1"));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void owner_sendsAPhotoWithItsCaptionAsOneMessage_itIsTheBroadcastWithItsFormattingAndALongerCaptionIsRefused() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 7, 7, 7, 7, 7, 7};
        telegram.userSends(OWNER, "/admin");
        press(OWNER, await(OWNER, "Back office"), "Broadcasts");
        press(OWNER, await(OWNER, "No broadcast yet"), "New broadcast");
        ChatMessage ask = await(OWNER, "Send the text of the broadcast");
        assertThat(ask.text()).contains("photo with its caption");

        int longOne = telegram.userSendsPhoto(OWNER, jpeg, "x".repeat(1_100), null);
        ChatMessage refused = after(OWNER, longOne, "at most 1,024 characters under a photo");
        assertThat(refused.text()).contains("this caption has 1,100", "Send the text of the broadcast");
        int bare = telegram.userSendsPhoto(OWNER, jpeg);
        after(OWNER, bare, "This photo has no caption");

        // Formatted in the app: bold as a caption entity; 1,024 characters under a photo is still taken.
        String caption = "Spring sale: 20% off & more " + "!".repeat(1_024 - 28);
        int photo = telegram.userSendsPhoto(OWNER, jpeg, caption, "[{\"type\":\"bold\",\"offset\":0,\"length\":11}]");
        ChatMessage taken = after(OWNER, photo, "Taken: the photo, with its caption");
        assertThat(taken.text()).contains("Add a button");
        press(OWNER, taken, "Without a button");
        press(OWNER, await(OWNER, "Who should receive it?"), "Persian speakers");
        ChatMessage preview = await(OWNER, "Spring sale: 20% off & more");
        assertThat(preview.photo()).isEqualTo(jpeg);
        press(OWNER, await(OWNER, "It goes to 1 customers"), "Send to");
        await(OWNER, "Broadcast queued for 1 customers");

        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("job", 25)).finished()).isTrue();
        ChatMessage received = await(BAHAR, "Spring sale");
        assertThat(received.caption()).isEqualTo(caption);
        assertThat(received.photo()).isEqualTo(jpeg);
        assertThat(telegram.calls()).anyMatch(c -> c.method().equals("sendPhoto")
                && String.valueOf(BAHAR.id()).equals(c.parameters().get("chat_id"))
                && ("<b>Spring sale</b>: 20% off &amp; more " + "!".repeat(1_024 - 28)).equals(c.parameters().get("caption")));
        assertThat(shop.broadcasts.recent(0, 1).get(0).message().photo()).contains("AgACuser" + photo + "x1280");
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void owner_atThePhotoStep_sendsAPhotoWithACaption_whichReplacesTheTextSentBefore() {
        telegram.userSends(OWNER, "/admin");
        press(OWNER, await(OWNER, "Back office"), "Broadcasts");
        press(OWNER, await(OWNER, "No broadcast yet"), "New broadcast");
        await(OWNER, "Send the text of the broadcast");
        telegram.userSends(OWNER, "First <i>draft</i>");
        await(OWNER, "Send a photo");
        int photo = telegram.userSendsPhoto(OWNER, new byte[] {(byte) 0xFF, (byte) 0xD8, 8, 8, 8, 8, 8, 8},
                "New <b>text</b> &amp; photo", null);
        ChatMessage taken = after(OWNER, photo, "in place of the one you sent before");
        press(OWNER, taken, "Without a button");
        press(OWNER, await(OWNER, "Who should receive it?"), "Everyone");
        ChatMessage preview = await(OWNER, "New text & photo");
        assertThat(preview.photo()).isNotNull();
        assertThat(telegram.calls()).anyMatch(c -> c.method().equals("sendPhoto")
                && "New <b>text</b> &amp; photo".equals(c.parameters().get("caption")));
        assertThat(telegram.messages(OWNER.id())).noneMatch(m -> m.fromBot() && m.caption() != null
                && m.caption().contains("First"));
        assertThat(telegram.errors()).isEmpty();
    }

    private ChatMessage after(TgUser user, int messageId, String fragment) {
        return telegram.awaitBotMessage(user.id(), m -> m.messageId() > messageId && m.text() != null
                && m.text().contains(fragment), WAIT);
    }

    @Test
    void owner_cancelsASendingBroadcast_andStrangersOrSupportCannotStartOrCancelOne() {
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM.id()),
                StaffRole.SUPPORT));
        for (int i = 0; i < 60; i++) {
            shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(9_000 + i), "ru"));
        }
        telegram.userSends(OWNER, "/admin");
        press(OWNER, await(OWNER, "Back office"), "Broadcasts");
        press(OWNER, await(OWNER, "No broadcast yet"), "New broadcast");
        await(OWNER, "Send the text of the broadcast");
        telegram.userSends(OWNER, "Server move tonight");
        press(OWNER, await(OWNER, "Send a photo"), "Without a photo");
        press(OWNER, await(OWNER, "Add a button"), "Without a button");
        press(OWNER, await(OWNER, "Who should receive it?"), "Russian speakers");
        press(OWNER, await(OWNER, "It goes to 60 customers"), "Send to 60");
        await(OWNER, "Broadcast queued for 60 customers");
        deliver.deliver(new DeliverBroadcastsUseCase.Command("job", 25));
        Broadcast broadcast = shop.broadcasts.recent(0, 1).get(0);
        ChatMessage progress = await(OWNER, "sending…");
        List<AuditEntry> before = shop.audit.all();

        telegram.userSends(SAM, "/admin");
        ChatMessage samOffice = await(SAM, "Your role: support");
        assertThat(samOffice.buttonTexts()).noneMatch(text -> text.contains("Broadcasts"));
        telegram.userSends(EVE, "hello");
        ChatMessage eveChat = telegram.awaitBotMessage(EVE.id(), m -> true, WAIT);
        for (String forged : List.of("bcast", "bcast:new", "bcast:x:" + broadcast.id(), "bcast:v:" + broadcast.id(),
                "bcast:go:" + broadcast.id(), "bcast:seg:ALL")) {
            bot.awaitAnswered(telegram.userPresses(SAM, samOffice.messageId(), forged));
            bot.awaitAnswered(telegram.userPresses(EVE, eveChat.messageId(), forged));
        }
        assertThat(shop.audit.all()).isEqualTo(before);
        assertThat(telegram.message(SAM.id(), samOffice.messageId()).orElseThrow().edits()).isZero();
        assertThat(telegram.message(EVE.id(), eveChat.messageId()).orElseThrow().edits()).isZero();
        assertThat(shop.broadcasts.find(broadcast.id()).orElseThrow().status()).isEqualTo(BroadcastStatus.SENDING);
        assertThat(shop.broadcasts.count()).isEqualTo(1);

        press(OWNER, progress, "Cancel the broadcast");
        ChatMessage cancelled = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == progress.messageId()
                && m.text().contains("cancelled, 35 not sent"), WAIT);
        assertThat(cancelled.buttonTexts()).noneMatch(text -> text.contains("Cancel"));
        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("job", 25)).idle()).isTrue();
        assertThat(shop.broadcasts.counts(broadcast.id())).containsEntry(DeliveryStatus.SENT, 25)
                .containsEntry(DeliveryStatus.PENDING, 35);
        assertThat(shop.audit.all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.STAFF_ROLE_SET, AuditAction.BROADCAST_STARTED, AuditAction.BROADCAST_CANCELLED);
        press(OWNER, cancelled, "Broadcasts");
        assertThat(telegram.errors()).isEmpty();
    }
}
