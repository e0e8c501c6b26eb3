package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
import static dev.tollgate.adapters.telegram.testing.Replies.inConversation;
import static dev.tollgate.adapters.telegram.testing.Replies.parts;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.RecordingBroadcastSender;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.service.broadcast.PreviewBroadcastService;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The broadcast screen's steps on their own: what is refused at each, in place or anew, and what is kept. */
class BroadcastsScreenTest {

    private static final String ID = "6f9619ff-8b86-4d11-b42d-00c04fc964ff";

    private final TestShop shop = new TestShop();
    private final RecordingBroadcastSender sender = new RecordingBroadcastSender();
    private final BroadcastsScreen screen = new BroadcastsScreen(UI, new BroadcastsScreen.UseCases(shop.listBroadcasts,
            new PreviewBroadcastService(shop.admins, shop.broadcastAudience, sender), shop.startBroadcast,
            shop.cancelBroadcast));

    private Session owner(String step, Map<String, String> values) {
        return inConversation(session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant()), step, values);
    }

    private static Reply.Converse converse(Reply reply) {
        return parts(reply, Reply.Converse.class).get(0);
    }

    @Test
    void steps_refuseWhatTelegramWouldRefuse_andKeepTheDraftSoFar() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(901), "fa"));
        Reply tooLong = screen.onInput(owner("bcast.text", Map.of("id", ID)), new Inbound.Text("x".repeat(3501)));
        assertThat(text(tooLong)).contains("too long (3,501 characters; at most 3,500)");
        assertThat(converse(tooLong).step()).isEqualTo("bcast.text");

        Reply photoAsked = screen.onInput(owner("bcast.text", Map.of("id", ID)), new Inbound.Text("<b>Sale"));
        assertThat(converse(photoAsked).values()).containsEntry("html", "<b>Sale").containsEntry("id", ID);
        Reply notAPhoto = screen.onInput(owner("bcast.photo", converse(photoAsked).values()), new Inbound.Text("hi"));
        assertThat(text(notAPhoto)).contains("Send the picture as a photo");
        Reply badButton = screen.onInput(owner("bcast.button", converse(photoAsked).values()), new Inbound.Text("Open ftp://x"));
        assertThat(text(badButton)).contains("not a label followed by a link");
        Reply segments = screen.onInput(owner("bcast.button", converse(photoAsked).values()),
                new Inbound.Text("Open the shop https://t.me/shop_bot"));
        assertThat(converse(segments).values()).containsEntry("label", "Open the shop").containsEntry("url",
                "https://t.me/shop_bot");
        assertThat(data(segments)).contains("bcast:seg:ALL", "bcast:seg:LANGUAGE_FA", "bcast:drop");

        Reply refused = screen.onTap(owner("bcast.segment", converse(segments).values()), CallbackData.of("bcast", "seg", "ALL"));
        assertThat(text(refused)).contains("Telegram would not accept this text: the tag &lt;b&gt; is never closed");
        assertThat(parts(refused, Reply.Message.class).get(0).mode()).isEqualTo(Reply.Mode.EDIT);
        assertThat(converse(refused).step()).isEqualTo("bcast.text");
        assertThat(sender.previews()).isEmpty();
        assertThat(shop.broadcasts.count()).isZero();
    }

    @Test
    void captionedPhoto_isCountedAsTelegramCountsACaption_typedHtmlWithoutItsTagsAndFormattedFromItsPlainText() {
        String typed = "<b>" + "x".repeat(1_019) + "</b> &amp;!!!";
        Reply taken = screen.onInput(owner("bcast.text", Map.of("id", ID)), new Inbound.Photo("AgAC1", "AQAD1", typed, null));
        assertThat(converse(taken).step()).isEqualTo("bcast.button");
        assertThat(converse(taken).values()).containsEntry("html", typed).containsEntry("photo", "AgAC1");

        String plain = "y".repeat(1_025);
        Reply refused = screen.onInput(owner("bcast.photo", Map.of("id", ID, "html", "Before")),
                new Inbound.Photo("AgAC2", "AQAD2", plain, "<i>" + plain + "</i>"));
        assertThat(text(refused)).contains("this caption has 1,025");
        assertThat(converse(refused).step()).isEqualTo("bcast.photo");
        assertThat(converse(refused).values()).containsEntry("html", "Before").doesNotContainKey("photo");

        Reply bare = screen.onInput(owner("bcast.text", Map.of("id", ID)), new Inbound.Photo("AgAC3", "AQAD3"));
        assertThat(text(bare)).contains("This photo has no caption");
        assertThat(converse(bare).values()).doesNotContainKeys("html", "photo");
    }

    @Test
    void preview_countsTheSegment_nobodyIsSaidSo_andAnOldDraftsButtonsFindNothing() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(901), "fa"));
        Map<String, String> draft = Map.of("id", ID, "html", "سلام <b>دوستان</b>");
        Reply confirm = screen.onTap(owner("bcast.segment", draft), CallbackData.of("bcast", "seg", "LANGUAGE_FA"));
        assertThat(text(confirm)).contains("It goes to <b>1</b> customers (Persian speakers)");
        assertThat(data(confirm)).contains("bcast:go:" + ID);
        assertThat(sender.previews()).containsExactly(TestShop.ADMIN);

        Reply nobody = screen.onTap(owner("bcast.segment", draft), CallbackData.of("bcast", "seg", "ACTIVE"));
        assertThat(text(nobody)).contains("Nobody is in this segment (With an active subscription)");

        Session noDraft = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
        assertThat(text(screen.onTap(noDraft, CallbackData.of("bcast", "go", ID)))).contains("This draft has expired");
        assertThat(text(screen.onTap(noDraft, CallbackData.of("bcast", "np")))).contains("This draft has expired");
        assertThat(screen.onTap(noDraft, CallbackData.of("bcast", "go", "not-a-uuid")).alert()).isTrue();
        assertThat(screen.onTap(session(999, Language.EN, shop.clock.instant()), CallbackData.of("bcast", "new")).alert())
                .isTrue();
        assertThat(shop.broadcasts.count()).isZero();
    }
}
