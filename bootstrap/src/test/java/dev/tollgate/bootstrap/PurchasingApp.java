package dev.tollgate.bootstrap;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real app process for the crash tests: starts Tollgate through its real wiring from TOLLGATE_* variables, then
 * several users buy wallet top-ups with Telegram Stars for ever. It announces on stdout what a user would have been
 * told: {@code @announce INVOICE <order>} once the order is placed (the invoice is sent), {@code PAID <order> <charge>} once
 * the payment is confirmed ("topped up"). The test kills it with SIGKILL and checks the database afterwards.
 */
final class PurchasingApp {

    /** Announcements start with this; the app's own log lines share stdout. */
    static final String MARK = "@announce ";

    private PurchasingApp() {
    }

    public static void main(String[] args) throws Exception {
        long firstUser = Long.parseLong(args[0]);
        int buyers = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Application application = Application.start(new ConfigLoader().load(System.getenv()), Clock.systemUTC());
        RegisterContactUseCase contacts = application.injector().getInstance(RegisterContactUseCase.class);
        PlaceOrderUseCase orders = application.injector().getInstance(PlaceOrderUseCase.class);
        ConfirmPaymentUseCase payments = application.injector().getInstance(ConfirmPaymentUseCase.class);
        AtomicLong charges = new AtomicLong();
        ExecutorService users = Executors.newFixedThreadPool(buyers);
        for (int b = 0; b < buyers; b++) {
            TelegramUserId user = new TelegramUserId(firstUser + b);
            users.submit(() -> {
                contacts.register(new RegisterContactUseCase.Command(user, "en"));
                while (!Thread.currentThread().isInterrupted()) {
                    Money amount = Money.of(100, Currency.XTR);
                    var placed = (PlaceOrderUseCase.Placed) orders.place(PlaceOrderUseCase.Command.topUp(user, amount));
                    out.println(MARK + "INVOICE " + placed.order().value());
                    String charge = "stars-" + user.value() + "-" + charges.incrementAndGet();
                    var result = payments.confirm(new ConfirmPaymentUseCase.Command(placed.order(),
                            PaymentProvider.TELEGRAM_STARS, charge, amount));
                    if (result instanceof ConfirmPaymentUseCase.Paid) {
                        out.println(MARK + "PAID " + placed.order().value() + " " + charge);
                    } else {
                        out.println(MARK + "UNEXPECTED " + result);
                    }
                }
                return null;
            });
        }
        out.println(MARK + "READY");
        users.awaitTermination(1, TimeUnit.HOURS);
    }
}
