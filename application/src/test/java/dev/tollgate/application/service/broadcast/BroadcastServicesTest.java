package dev.tollgate.application.service.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryBroadcastAudience;
import dev.tollgate.application.fakes.InMemoryBroadcasts;
import dev.tollgate.application.fakes.RecordingBroadcastSender;
import dev.tollgate.application.port.in.CancelBroadcastUseCase;
import dev.tollgate.application.port.in.DeliverBroadcastsUseCase;
import dev.tollgate.application.port.in.ListBroadcastsUseCase;
import dev.tollgate.application.port.in.PreviewBroadcastUseCase;
import dev.tollgate.application.port.in.StartBroadcastUseCase;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BroadcastServicesTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final BroadcastMessage HELLO = BroadcastMessage.text("<b>New servers</b> in Frankfurt &amp; Paris")
            .withButton("Open the shop", "https://t.me/shop_bot");

    private final TestCore core = new TestCore();
    private final InMemoryBroadcasts broadcasts = new InMemoryBroadcasts();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RecordingBroadcastSender sender = new RecordingBroadcastSender();
    private final InMemoryBroadcastAudience audience = new InMemoryBroadcastAudience(core.customers, core.subscriptions,
            core.orders);
    private final StartBroadcastService start = new StartBroadcastService(core.admins, audience, broadcasts, audit,
            core.transactions, core.clock);
    private final DeliverBroadcastsService deliver = new DeliverBroadcastsService(broadcasts, sender, LEASE, core.clock);
    private final CancelBroadcastService cancel = new CancelBroadcastService(core.admins, broadcasts, audit,
            core.transactions, core.clock);
    private final PreviewBroadcastService preview = new PreviewBroadcastService(core.admins, audience, sender);
    private final ListBroadcastsService list = new ListBroadcastsService(core.admins, broadcasts);

    private List<TelegramUserId> customers(int n) {
        List<TelegramUserId> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(core.contact(10_000 + i));
        }
        return ids;
    }

    private BroadcastId started(Segment segment) {
        BroadcastId id = BroadcastId.random();
        assertThat(start.start(new StartBroadcastUseCase.Command(TestCore.ADMIN, id, HELLO, segment)))
                .isInstanceOf(StartBroadcastUseCase.Started.class);
        return id;
    }

    @Test
    public void start_byAStranger_isRefusedAndStoresAndAuditsNothing() {
        customers(3);
        StartBroadcastUseCase.Result result = start.start(new StartBroadcastUseCase.Command(new TelegramUserId(666),
                BroadcastId.random(), HELLO, Segment.of(Segment.Kind.ALL)));

        assertThat(result).isEqualTo(new StartBroadcastUseCase.Refused(StartBroadcastUseCase.Reason.NOT_AN_ADMIN, ""));
        assertThat(broadcasts.count()).isZero();
        assertThat(audit.count()).isZero();
        assertThat(preview.preview(new PreviewBroadcastUseCase.Command(new TelegramUserId(666), HELLO,
                Segment.of(Segment.Kind.ALL)))).isInstanceOf(PreviewBroadcastUseCase.Refused.class);
        assertThat(sender.previews()).isEmpty();
    }

    @Test
    public void start_confirmedTwice_storesOneBroadcastAndOneAuditLine() {
        customers(3);
        BroadcastId id = started(Segment.of(Segment.Kind.ALL));

        assertThat(start.start(new StartBroadcastUseCase.Command(TestCore.ADMIN, id, HELLO, Segment.of(Segment.Kind.ALL))))
                .isEqualTo(new StartBroadcastUseCase.AlreadyStarted(id));
        assertThat(broadcasts.count()).isEqualTo(1);
        assertThat(audit.page(0, 10)).extracting(AuditEntry::action).containsExactly(AuditAction.BROADCAST_STARTED);
        assertThat(broadcasts.find(id).orElseThrow().recipients()).isEqualTo(3);
    }

    @Test
    public void start_withHtmlTelegramWouldRefuse_saysWhatIsWrongAndStoresNothing() {
        customers(1);
        for (String html : List.of("<b>bold", "a < b", "<script>x</script>", "Tom & Jerry", "<a href=\"javascript:x\">y</a>")) {
            StartBroadcastUseCase.Result result = start.start(new StartBroadcastUseCase.Command(TestCore.ADMIN,
                    BroadcastId.random(), BroadcastMessage.text(html), Segment.of(Segment.Kind.ALL)));
            assertThat(result).isInstanceOfSatisfying(StartBroadcastUseCase.Refused.class, refused -> {
                assertThat(refused.reason()).isEqualTo(StartBroadcastUseCase.Reason.INVALID_MESSAGE);
                assertThat(refused.detail()).isNotBlank();
            });
        }
        StartBroadcastUseCase.Result longCaption = start.start(new StartBroadcastUseCase.Command(TestCore.ADMIN,
                BroadcastId.random(), BroadcastMessage.text("x".repeat(1025)).withPhoto("photo-1"),
                Segment.of(Segment.Kind.ALL)));
        assertThat(longCaption).isInstanceOf(StartBroadcastUseCase.Refused.class);
        assertThat(broadcasts.count()).isZero();
    }

    @Test
    public void start_toASegmentWithNobody_isRefused() {
        customers(2);
        assertThat(start.start(new StartBroadcastUseCase.Command(TestCore.ADMIN, BroadcastId.random(), HELLO,
                Segment.of(Segment.Kind.ACTIVE)))).isEqualTo(new StartBroadcastUseCase.Refused(
                StartBroadcastUseCase.Reason.NO_RECIPIENTS, ""));
    }

    @Test
    public void deliver_stepByStep_sendsEachRecipientOnceAndFinishesWithExactCounts() {
        List<TelegramUserId> users = customers(60);
        sender.blockedBy(users.get(3)).blockedBy(users.get(40)).failingFor(users.get(7));
        BroadcastId id = started(Segment.of(Segment.Kind.ALL));

        DeliverBroadcastsUseCase.Result first = deliver.deliver(new DeliverBroadcastsUseCase.Command("a", 50));
        assertThat(first.sent() + first.failed() + first.blocked()).isEqualTo(50);
        assertThat(first.finished()).isFalse();
        DeliverBroadcastsUseCase.Result second = deliver.deliver(new DeliverBroadcastsUseCase.Command("a", 50));
        assertThat(second.finished()).isTrue();
        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("a", 50)).idle()).isTrue();

        assertThat(sender.delivered()).hasSize(57).doesNotHaveDuplicates()
                .doesNotContain(users.get(3), users.get(40), users.get(7));
        assertThat(broadcasts.find(id).orElseThrow().status()).isEqualTo(BroadcastStatus.DONE);
        assertThat(broadcasts.counts(id)).containsEntry(DeliveryStatus.SENT, 57).containsEntry(DeliveryStatus.BLOCKED, 2)
                .containsEntry(DeliveryStatus.FAILED, 1).containsEntry(DeliveryStatus.PENDING, 0);
        assertThat(sender.progress()).hasSize(2);
        assertThat(sender.progress().get(1).status()).isEqualTo(BroadcastStatus.DONE);
        assertThat(sender.progress().get(1).count(DeliveryStatus.SENT)).isEqualTo(57);
        assertThat(broadcasts.find(id).orElseThrow().progressMessage()).contains(100);
    }

    @Test
    public void deliver_whileAnotherHolderHasTheLease_waitsAndTakesOverWhenItRunsOut() {
        List<TelegramUserId> users = customers(10);
        BroadcastId id = started(Segment.of(Segment.Kind.ALL));
        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("dead", 4)).sent()).isEqualTo(4);
        // The dead holder had taken one more recipient when it stopped: that message may have gone out.
        TelegramUserId inFlight = broadcasts.pending(id, 1).get(0);
        assertThat(broadcasts.take(id, inFlight, "dead", core.clock.instant())).isTrue();

        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("live", 100)).idle()).isTrue();
        core.clock.advance(LEASE.plusSeconds(1));
        DeliverBroadcastsUseCase.Result resumed = deliver.deliver(new DeliverBroadcastsUseCase.Command("live", 100));

        assertThat(resumed.sent()).isEqualTo(5);
        assertThat(resumed.finished()).isTrue();
        assertThat(sender.delivered()).hasSize(9).doesNotHaveDuplicates().doesNotContain(inFlight);
        assertThat(broadcasts.counts(id)).containsEntry(DeliveryStatus.SENT, 9).containsEntry(DeliveryStatus.UNCONFIRMED, 1);
        assertThat(users).containsAll(sender.delivered());
    }

    @Test
    public void cancel_stopsTheSendingWithinABatch_isAuditedAndCannotBeRepeated() {
        customers(80);
        BroadcastId id = started(Segment.of(Segment.Kind.ALL));
        deliver.deliver(new DeliverBroadcastsUseCase.Command("a", 30));

        assertThat(cancel.cancel(new CancelBroadcastUseCase.Command(new TelegramUserId(666), id)))
                .isEqualTo(new CancelBroadcastUseCase.Refused(CancelBroadcastUseCase.Reason.NOT_AN_ADMIN));
        assertThat(cancel.cancel(new CancelBroadcastUseCase.Command(TestCore.ADMIN, id)))
                .isEqualTo(new CancelBroadcastUseCase.Cancelled(id));
        assertThat(cancel.cancel(new CancelBroadcastUseCase.Command(TestCore.ADMIN, id)))
                .isEqualTo(new CancelBroadcastUseCase.Refused(CancelBroadcastUseCase.Reason.ALREADY_FINISHED));
        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("a", 100)).idle()).isTrue();

        assertThat(sender.delivered()).hasSize(30);
        assertThat(broadcasts.counts(id)).containsEntry(DeliveryStatus.PENDING, 50);
        assertThat(audit.page(0, 10)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.BROADCAST_CANCELLED, AuditAction.BROADCAST_STARTED);
        assertThat(list.list(new ListBroadcastsUseCase.Command(TestCore.ADMIN, 0, 5, Optional.empty())))
                .isInstanceOfSatisfying(ListBroadcastsUseCase.Page.class, page -> {
                    assertThat(page.total()).isEqualTo(1);
                    assertThat(page.items().get(0).broadcast().status()).isEqualTo(BroadcastStatus.CANCELLED);
                    assertThat(page.items().get(0).count(DeliveryStatus.SENT)).isEqualTo(30);
                });
    }

    @Test
    public void preview_sendsTheAdminTheirOwnCopyAndCountsTheSegment() {
        customers(4);
        PreviewBroadcastUseCase.Result result = preview.preview(new PreviewBroadcastUseCase.Command(TestCore.ADMIN, HELLO,
                Segment.of(Segment.Kind.NEVER_PAID)));

        assertThat(result).isEqualTo(new PreviewBroadcastUseCase.Previewed(4));
        assertThat(sender.previews()).containsExactly(TestCore.ADMIN);
        assertThat(sender.delivered()).isEmpty();
        assertThat(broadcasts.count()).isZero();
    }
}
