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
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A subscription's panel in the back office: typed days and GB, reset, suspend and resume, each confirmed once. */
class SubscriptionCareScreenTest {

    private static final TelegramUserId CAROL = new TelegramUserId(7001);
    private static final long SAM = 502;

    private final TestShop shop = new TestShop();
    private final SubscriptionCareScreen screen = new SubscriptionCareScreen(UI, new SubscriptionCareScreen.UseCases(
            shop.showSubscription, shop.extendAccess, shop.suspendAccess, shop.resetTraffic));
    private final SubscriptionId id;

    SubscriptionCareScreenTest() {
        shop.contacts.register(new RegisterContactUseCase.Command(CAROL, "en"));
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM), StaffRole.SUPPORT));
        shop.grantAccess.grant(new GrantAccessUseCase.Command(TestShop.ADMIN, CAROL, new PlanId("month"), null));
        id = shop.subscriptions.findByOwner(CAROL).get(0).id();
    }

    @Test
    void typedDays_confirmedTwice_extendOnceAndBadNumbersAreAskedAgain() {
        Instant before = subscription().expiresAt().orElseThrow();
        Reply ask = screen.onTap(owner(), CallbackData.of("usub", "dt", id.value()));
        assertThat(text(ask)).contains("How many days");
        Session typing = pending(owner(), ask);

        Reply bad = screen.onInput(typing, new Inbound.Text("0"));
        assertThat(text(bad)).contains("from 1 to 3650");
        assertThat(parts(bad, Reply.Converse.class)).singleElement().satisfies(c -> assertThat(c.step()).isEqualTo("usub.days"));
        Reply confirm = screen.onInput(typing, new Inbound.Text(" 45 "));
        assertThat(text(confirm)).contains("Add 45 days");
        Session confirming = pending(owner(), confirm);

        assertThat(text(screen.onTap(confirming, CallbackData.of("usub", "ok")))).contains("45 days added");
        // The second press comes from the same (now ended) conversation in the real bot: nothing waits any more.
        assertThat(screen.onTap(owner(), CallbackData.of("usub", "ok")).toast()).contains("Nothing waits");
        assertThat(subscription().expiresAt()).contains(before.plus(Duration.ofDays(45)));
    }

    @Test
    void typedGigabytes_confirmed_growTheQuotaOnThePanel() {
        Reply confirm = screen.onInput(pending(owner(), screen.onTap(owner(), CallbackData.of("usub", "gt", id.value()))),
                new Inbound.Text("20"));

        screen.onTap(pending(owner(), confirm), CallbackData.of("usub", "ok"));

        assertThat(subscription().quota()).isEqualTo(DataSize.ofGibibytes(70));
        assertThat(shop.panel.client(subscription().credential().email()).map(PanelClient::quota))
                .contains(DataSize.ofGibibytes(70));
    }

    @Test
    void suspendThenResume_cutsAndRestoresThePanelClientAndKeepsTheDaysLeft() {
        Instant expiry = subscription().expiresAt().orElseThrow();
        Reply confirm = screen.onTap(owner(), CallbackData.of("usub", "s", id.value()));
        assertThat(text(confirm)).contains("Suspend subscription");
        assertThat(subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);

        Reply suspended = screen.onTap(pending(owner(), confirm), CallbackData.of("usub", "ok"));
        assertThat(text(suspended)).contains("Suspended", "suspended since");
        assertThat(data(suspended)).contains("usub:u:" + id.value());
        assertThat(enabledOnPanel()).isFalse();

        shop.clock.advance(Duration.ofDays(3));
        Reply resumed = screen.onTap(owner(), CallbackData.of("usub", "u", id.value()));
        Reply again = screen.onTap(owner(), CallbackData.of("usub", "u", id.value()));
        assertThat(text(resumed)).contains("Resumed");
        assertThat(text(again)).contains("not suspended");
        assertThat(enabledOnPanel()).isTrue();
        assertThat(subscription().expiresAt()).contains(expiry.plus(Duration.ofDays(3)));
        assertThat(shop.audit.all()).extracting(e -> e.action()).containsSubsequence(AuditAction.ACCESS_SUSPENDED,
                AuditAction.ACCESS_RESUMED).containsOnlyOnce(AuditAction.ACCESS_RESUMED);
    }

    @Test
    void forgedPresses_bySupportOrAStranger_areRefusedWithNothingChanged() {
        Session support = session(SAM, Language.EN, shop.clock.instant());
        Session stranger = session(666, Language.EN, shop.clock.instant());
        int audited = shop.audit.all().size();

        assertThat(screen.onTap(stranger, CallbackData.of("usub", "v", id.value())).toast()).contains("Only the shop's admins");
        for (String op : new String[] {"suspend", "reset", "days"}) {
            Session forged = inConversation(support, "usub.confirm", java.util.Map.of("sub", id.value().toString(),
                    "op", op, "n", "30", "key", "k"));
            assertThat(screen.onTap(forged, CallbackData.of("usub", "ok")).toast()).contains("Only the shop's admins");
        }
        assertThat(screen.onTap(support, CallbackData.of("usub", "u", id.value())).toast()).contains("Only the shop's admins");

        assertThat(subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(enabledOnPanel()).isTrue();
        assertThat(shop.audit.all()).hasSize(audited);
    }

    @Test
    void resetTraffic_confirmed_zeroesTheCounterAndSwitchesACutSubscriptionOn() {
        shop.panel.addTraffic(subscription().credential().email(), 0, DataSize.ofGibibytes(1).bytes());
        Reply confirm = screen.onTap(owner(), CallbackData.of("usub", "z", id.value()));

        assertThat(text(screen.onTap(pending(owner(), confirm), CallbackData.of("usub", "ok")))).contains("Traffic reset");

        assertThat(shop.panel.usage(shop.panel.client(subscription().credential().email()).orElseThrow()).total())
                .isEqualTo(DataSize.ZERO);
        assertThat(shop.audit.all()).extracting(e -> e.action()).contains(AuditAction.TRAFFIC_RESET);
    }

    private Subscription subscription() {
        return shop.subscriptions.findById(id).orElseThrow();
    }

    private boolean enabledOnPanel() {
        return shop.panel.client(subscription().credential().email()).map(PanelClient::enabled).orElse(false);
    }

    private Session owner() {
        return session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
    }

    private static Session pending(Session session, Reply reply) {
        Reply.Converse step = parts(reply, Reply.Converse.class).get(0);
        return inConversation(session, step.step(), step.values());
    }
}
