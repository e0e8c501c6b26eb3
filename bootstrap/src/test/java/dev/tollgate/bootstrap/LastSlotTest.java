package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server's last slots under a rush: more buyers than the server has room for place their orders while it still has
 * room, then all their payments arrive at the same moment, each on both instances of the shop. The server ends with
 * exactly its {@code maxClients} subscriptions; every other buyer has the price back in the wallet, once.
 */
class LastSlotTest {

    private static final int ROOM = 3;
    private static final int BUYERS = 8;
    private static final long PRICE = 250;

    @TempDir
    Path work;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void paymentsSettledAtOnce_fillTheServerToItsLimitAndRefundTheRestOnce(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.named(kind, work.resolve("db"));
             V2RayServer core = V2RayServer.start(Files.createDirectories(work.resolve("core")))) {
            Map<String, String> environment = TestEnvironment.withCore(TestEnvironment.on(db), "core-1", core);
            environment.put("TOLLGATE_SERVERS_0_MAX_CLIENTS", Integer.toString(ROOM));
            environment.put("TOLLGATE_PLANS_0_ID", "month");
            environment.put("TOLLGATE_PLANS_0_DURATION", "30d");
            environment.put("TOLLGATE_PLANS_0_PRICE_XTR", Long.toString(PRICE));
            environment.put("TOLLGATE_PLANS_0_SERVERS", "core-1");
            Settings settings = new ConfigLoader().load(environment);
            try (Application a = Application.start(settings, Clock.systemUTC());
                 Application b = Application.start(settings, Clock.systemUTC())) {
                List<OrderId> orders = new ArrayList<>();
                for (int u = 0; u < BUYERS; u++) {
                    TelegramUserId user = new TelegramUserId(7000 + u);
                    a.injector().getInstance(RegisterContactUseCase.class).register(new RegisterContactUseCase.Command(user, "en"));
                    var placed = a.injector().getInstance(PlaceOrderUseCase.class)
                            .place(PlaceOrderUseCase.Command.purchase(user, new PlanId("month"), Currency.XTR, null, null));
                    assertThat(placed).as("buyer %d may still order: the server has room", u)
                            .isInstanceOf(PlaceOrderUseCase.Placed.class);
                    orders.add(((PlaceOrderUseCase.Placed) placed).order());
                }

                // Every payment is confirmed twice (Telegram redelivers; both instances hear it), all at once.
                ExecutorService payers = Executors.newFixedThreadPool(2 * BUYERS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ConfirmPaymentUseCase.Result>> confirmations = new ArrayList<>();
                for (OrderId order : orders) {
                    var payment = new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_STARS,
                            "charge-" + order.value(), Money.of(PRICE, Currency.XTR));
                    for (Application instance : List.of(a, b)) {
                        ConfirmPaymentUseCase confirm = instance.injector().getInstance(ConfirmPaymentUseCase.class);
                        confirmations.add(payers.submit(() -> {
                            go.await();
                            return confirm.confirm(payment);
                        }));
                    }
                }
                go.countDown();
                for (Future<ConfirmPaymentUseCase.Result> confirmation : confirmations) {
                    assertThat(confirmation.get(60, TimeUnit.SECONDS)).isNotNull();
                }
                payers.shutdown();

                assertThat(count(db, "SELECT COUNT(*) FROM subscriptions WHERE server_id = 'core-1'"))
                        .as("subscriptions on the server").isEqualTo(ROOM);
                assertThat(count(db, "SELECT COUNT(*) FROM payments")).as("payments recorded, once each").isEqualTo(BUYERS);
                assertThat(count(db, "SELECT COUNT(*) FROM orders WHERE status = 'REFUNDED'")).isEqualTo(BUYERS - ROOM);
                assertThat(count(db, "SELECT COUNT(*) FROM wallet_ledger WHERE kind = 'REFUND'"))
                        .as("refunds, one per buyer left out").isEqualTo(BUYERS - ROOM);
                assertThat(count(db, "SELECT COALESCE(SUM(amount_minor), 0) FROM wallet_ledger"))
                        .isEqualTo((BUYERS - ROOM) * PRICE);
            }
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.url, db.user, db.password.value());
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
