package dev.tollgate.application.service.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedFeedTokens;
import dev.tollgate.application.port.in.ResetLinkUseCase;
import dev.tollgate.application.port.in.ResetLinkUseCase.Command;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.feed.SubscriptionFeedService;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.SubscriptionId;
import org.junit.jupiter.api.Test;

class ResetLinkServiceTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);
    private final SubscriptionId month = f.buyMonth(alice);
    private final SubscriptionFeedService feeds = new SubscriptionFeedService(f.subscriptions, f.servers,
            new FixedFeedTokens(), new ShareLinks(), "https://shop.example.com", f.customers, f.plans, null,
            f.feedTokenVersions);

    private int prepared() {
        return ((ResetLinkUseCase.Prepared) f.resetLink.reset(new Command(alice, month, null))).version();
    }

    @Test
    void reset_confirmed_putsANewSecretOnThePanelAndStopsTheOldUrl() {
        ClientCredential old = f.subscription(month).credential();
        String oldUrl = feeds.urlFor(alice).orElseThrow();
        String oldToken = oldUrl.substring(oldUrl.lastIndexOf('/') + 1);

        ResetLinkUseCase.Result result = f.resetLink.reset(new Command(alice, month, prepared()));

        assertThat(result).isInstanceOf(ResetLinkUseCase.Reset.class);
        ClientCredential fresh = f.subscription(month).credential();
        assertThat(fresh.email()).isEqualTo(old.email());
        assertThat(fresh.secret()).isNotEqualTo(old.secret());
        PanelClient onPanel = f.panel.client(old.email()).orElseThrow();
        assertThat(onPanel.secret()).isEqualTo(fresh.secret()).isNotEqualTo(old.secret());
        assertThat(f.panel.clientCount()).isEqualTo(1);
        assertThat(((ResetLinkUseCase.Reset) result).access().shareLink()).contains(fresh.secret())
                .doesNotContain(old.secret());

        assertThat(feeds.feed(oldToken)).isEmpty();
        assertThat(feeds.accepts(oldToken)).isFalse();
        String newUrl = feeds.urlFor(alice).orElseThrow();
        assertThat(newUrl).isNotEqualTo(oldUrl);
        assertThat(feeds.feed(newUrl.substring(newUrl.lastIndexOf('/') + 1))).hasValueSatisfying(feed ->
                assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.secret()).isEqualTo(fresh.secret())));
    }

    @Test
    void reset_confirmedTwiceWithTheSameVersion_resetsOnce() {
        int version = prepared();
        f.resetLink.reset(new Command(alice, month, version));
        ClientCredential afterFirst = f.subscription(month).credential();

        ResetLinkUseCase.Result second = f.resetLink.reset(new Command(alice, month, version));

        assertThat(second).isInstanceOf(ResetLinkUseCase.AlreadyReset.class);
        assertThat(f.subscription(month).credential()).isEqualTo(afterFirst);
        assertThat(f.feedTokenVersions.current(alice)).isEqualTo(1);
    }

    @Test
    void reset_whilePanelIsDown_changesNothing() {
        ClientCredential old = f.subscription(month).credential();
        String oldUrl = feeds.urlFor(alice).orElseThrow();
        f.panel.goDown();

        assertThat(f.resetLink.reset(new Command(alice, month, prepared())))
                .isEqualTo(new ResetLinkUseCase.Refused(ResetLinkUseCase.Reason.PANEL_UNAVAILABLE));
        assertThat(f.subscription(month).credential()).isEqualTo(old);
        assertThat(feeds.urlFor(alice)).contains(oldUrl);
    }

    @Test
    void reset_ofSomeoneElsesOrARevokedSubscription_isRefused() {
        assertThat(f.resetLink.reset(new Command(f.contact(1002), month, 0)))
                .isEqualTo(new ResetLinkUseCase.Refused(ResetLinkUseCase.Reason.UNKNOWN_SUBSCRIPTION));
        f.revokeAccess.revoke(new dev.tollgate.application.port.in.RevokeAccessUseCase.Command(TestCore.ADMIN, month));
        assertThat(f.resetLink.reset(new Command(alice, month, 0)))
                .isEqualTo(new ResetLinkUseCase.Refused(ResetLinkUseCase.Reason.NOT_RESETTABLE));
    }
}
