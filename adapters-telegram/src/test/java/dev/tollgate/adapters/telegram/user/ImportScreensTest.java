package dev.tollgate.adapters.telegram.user;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
import static dev.tollgate.adapters.telegram.testing.Replies.parts;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim screen and the devices-online line, on the in-memory core; assertions on the Reply. */
class ImportScreensTest {

    private final TestShop shop = new TestShop();
    private Session ann;

    @BeforeEach
    void registerAnn() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(720), "en"));
        ann = session(720, Language.EN, shop.clock.instant());
        shop.unclaimed.insert(new Unclaimed(new ServerId("de-1"), "old-ann", "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f", true,
                DataSize.ofGibibytes(20), DataSize.ZERO, null, null, 0, "K7QPM-3XWHD", shop.clock.instant(),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void claimButton_pressedTwice_asksForTheCodeBothTimesAndChangesNothing() {
        ClaimScreen screen = new ClaimScreen(UI, shop.claims);

        Reply first = screen.onTap(ann, CallbackData.of("claim"));
        Reply second = screen.onTap(ann, CallbackData.of("claim"));

        assertThat(text(first)).contains("Claim an existing subscription", "/claim CODE");
        assertThat(text(second)).isEqualTo(text(first));
        assertThat(parts(first, Reply.Converse.class)).extracting(Reply.Converse::step).containsExactly("claim.code");
        assertThat(shop.subscriptions.findByOwner(ann.user())).isEmpty();
    }

    @Test
    void claimCommand_withTheCode_claimsAndOffersMySubscriptions_andAPhotoIsAskedAgainAsText() {
        ClaimScreen screen = new ClaimScreen(UI, shop.claims);

        Reply photo = screen.onInput(ann, new Inbound.Photo("f", "u"));
        Reply done = screen.onCommand(ann, new Inbound.Command("claim", "K7QPM-3XWHD"));

        assertThat(text(photo)).contains("send the code as text");
        assertThat(text(done)).contains("is yours now", "de-1", "no end date");
        assertThat(data(done)).contains("subs", "menu");
        assertThat(parts(done, Reply.EndConversation.class)).hasSize(1);
        assertThat(shop.subscriptions.findByOwner(ann.user())).hasSize(1);
        assertThat(text(new SubscriptionsScreen(UI, shop.listSubscriptions, shop.feeds).onTap(ann, CallbackData.of("subs"))))
                .contains("no end date");
    }

    @Test
    void claimCommand_inRussianWithAUsedCode_saysItWorksOnce() {
        ClaimScreen screen = new ClaimScreen(UI, shop.claims);
        screen.onCommand(ann, new Inbound.Command("claim", "K7QPM-3XWHD"));

        Reply reply = screen.onCommand(session(721, Language.RU, shop.clock.instant()), new Inbound.Command("claim", "K7QPM-3XWHD"));

        assertThat(text(reply)).contains("уже использован");
    }

    @Test
    void unclaimed_forTheOwner_listsEachCodeAPageAtATime_andForAUserTheCommandDoesNotExist() {
        for (int i = 0; i < 10; i++) {
            shop.unclaimed.insert(new Unclaimed(new ServerId("de-1"), "old-" + i, "pw" + i, true, DataSize.ZERO,
                    DataSize.ZERO, null, Duration.ofDays(30), 0, "AAAAA-2222" + (i % 8 + 2) + i, shop.clock.instant()
                    .plusSeconds(i + 1), Optional.empty(), Optional.empty()));
        }
        dev.tollgate.adapters.telegram.admin.UnclaimedScreen screen =
                new dev.tollgate.adapters.telegram.admin.UnclaimedScreen(UI, shop.listUnclaimed);
        Session owner = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());

        Reply first = screen.onCommand(owner, new Inbound.Command("unclaimed", ""));
        Reply second = screen.onTap(owner, CallbackData.of("unclm", "1"));
        Reply user = screen.onCommand(ann, new Inbound.Command("unclaimed", ""));

        assertThat(text(first)).contains("Unclaimed subscriptions</b>: 11 (page 1 of 2)", "K7QPM-3XWHD", "old-ann");
        assertThat(text(second)).contains("page 2 of 2", "old-9", "first use + 30 days");
        assertThat(data(first)).contains("unclm:1", "office");
        assertThat(text(user)).doesNotContain("K7QPM");
    }

    @Test
    void subscriptions_onACoreThatReportsOnlineDevices_showsHowManyAreConnectedNow() {
        new TrialScreen(UI, shop.trials).onTap(ann, CallbackData.of("trial"));
        String email = shop.subscriptions.findByOwner(ann.user()).get(0).credential().email();
        shop.panel.connectDevices(email, 2);

        Reply reply = new SubscriptionsScreen(UI, shop.listSubscriptions, shop.feeds).onTap(ann, CallbackData.of("subs"));

        assertThat(text(reply)).contains("Devices online now: 2");
    }
}
