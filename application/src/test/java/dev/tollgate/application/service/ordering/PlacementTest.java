package dev.tollgate.application.service.ordering;

import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Reason;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Refused;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import org.junit.jupiter.api.Test;

/** The quarter plan grants the "europe" group: de-1, de-2 and nl-1. */
class PlacementTest {

    private static final ServerId DE1 = new ServerId("de-1");
    private static final ServerId DE2 = new ServerId("de-2");
    private static final ServerId NL1 = new ServerId("nl-1");

    private final TestCore f = new TestCore();
    private final InMemoryPanelGateway de2Panel = new InMemoryPanelGateway();
    private final InMemoryPanelGateway nl1Panel = new InMemoryPanelGateway();
    private long nextUser = 5000;

    PlacementTest() {
        f.servers.add(FixedServers.vlessServer("de-2"), de2Panel).add(FixedServers.vlessServer("nl-1"), nl1Panel);
        f.groups.put("de-2", "europe").put("nl-1", "europe");
    }

    private void capacity(String server, int maxClients, boolean salesOpen) {
        InMemoryPanelGateway panel = switch (server) {
            case "de-1" -> f.panel;
            case "de-2" -> de2Panel;
            default -> nl1Panel;
        };
        f.servers.add(FixedServers.vlessServer(server).withCapacity(maxClients, salesOpen), panel);
    }

    private Subscription buy(ServerId wanted) {
        TelegramUserId user = f.contact(nextUser++);
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(user, QUARTER, Currency.XTR, wanted, null));
        f.pay(order, xtr(600));
        return f.subscriptions.findByOwner(user).get(0);
    }

    private PlaceOrderUseCase.Result order(ServerId wanted) {
        return f.placeOrder.place(PlaceOrderUseCase.Command.purchase(f.contact(nextUser++), QUARTER, Currency.XTR, wanted, null));
    }

    @Test
    void purchase_withoutAChoice_goesToTheLeastLoadedServer_firstConfiguredOnATie() {
        buy(DE1);
        buy(DE1);
        buy(NL1);

        assertThat(buy(null).server()).isEqualTo(DE2);
        assertThat(buy(null).server()).isEqualTo(DE2);
        assertThat(buy(null).server()).isEqualTo(NL1);
        assertThat(f.subscriptions.countLiveByServer()).containsEntry(DE1, 2L).containsEntry(DE2, 2L).containsEntry(NL1, 2L);
    }

    @Test
    void purchase_skipsFullAndClosedServers_evenWhenTheyAreEmpty() {
        capacity("de-1", 1, true);
        buy(DE1);
        capacity("de-2", 0, false);
        buy(NL1);

        assertThat(buy(null).server()).isEqualTo(NL1);
    }

    @Test
    void locations_doNotOfferFullOrClosedServers() {
        capacity("de-1", 1, true);
        buy(DE1);
        capacity("nl-1", 0, false);

        assertThat(f.listLocations.list(new ListLocationsUseCase.Command(QUARTER)))
                .extracting(ListLocationsUseCase.Location::server).containsExactly(DE2);
    }

    @Test
    void quoteAndOrder_whenEveryServerIsFullOrClosed_areRefusedBeforePaying() {
        capacity("de-1", 1, true);
        buy(DE1);
        capacity("de-2", 0, false);
        capacity("nl-1", 0, false);
        int ordersBefore = f.orders.findByCustomer(new TelegramUserId(nextUser)).size();

        assertThat(f.quoteOrder.quote(PlaceOrderUseCase.Command.purchase(f.contact(nextUser), QUARTER, Currency.XTR,
                null, null))).isEqualTo(new QuoteOrderUseCase.Refused(Reason.NO_SERVER_AVAILABLE));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.purchase(new TelegramUserId(nextUser), QUARTER,
                Currency.XTR, null, null))).isEqualTo(new Refused(Reason.NO_SERVER_AVAILABLE));
        assertThat(f.orders.findByCustomer(new TelegramUserId(nextUser))).hasSize(ordersBefore);
        assertThat(f.listLocations.list(new ListLocationsUseCase.Command(QUARTER))).isEmpty();
    }

    @Test
    void order_onAChosenFullLocation_isRefusedWithThatReason() {
        capacity("nl-1", 1, true);
        buy(NL1);

        assertThat(order(NL1)).isEqualTo(new Refused(Reason.LOCATION_FULL));
        assertThat(order(null)).isInstanceOf(PlaceOrderUseCase.Placed.class);
    }

    @Test
    void paidOrder_whoseServerFilledUpMeanwhile_goesToTheWalletWithTheTrueReason_andCreatesNothing() {
        capacity("nl-1", 1, true);
        TelegramUserId late = f.contact(7777);
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(late, QUARTER, Currency.XTR, NL1, null));
        buy(NL1);

        f.pay(order, xtr(600));

        Order refunded = f.orders.findById(order).orElseThrow();
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(f.subscriptions.findByOwner(late)).isEmpty();
        assertThat(f.ledger.entries(late)).filteredOn(e -> e.kind() == LedgerEntryKind.REFUND).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(xtr(600)));
        assertThat(f.notifier.sent(Notice.RefundedToWallet.class)).filteredOn(n -> n.order().equals(order))
                .extracting(Notice.RefundedToWallet::reason).contains(Notice.RefundReason.NO_ROOM);
        assertThat(f.queue.findByOrder(order)).isEmpty();
    }
}
