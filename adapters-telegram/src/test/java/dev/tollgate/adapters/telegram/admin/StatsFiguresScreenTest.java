package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.parts;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The statistics screen's figures beyond sales, in three languages, and the chart's new-user bars. */
class StatsFiguresScreenTest {

    private final TestShop shop = new TestShop();
    private final StatsScreen screen = new StatsScreen(UI, shop.statistics);

    private void shopWithATrialAndTwoSales() {
        for (long id : new long[] {811, 812, 813}) {
            shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(id), "en"));
        }
        shop.trials.claim(new ClaimTrialUseCase.Command(new TelegramUserId(811)));
        shop.trials.claim(new ClaimTrialUseCase.Command(new TelegramUserId(812)));
        buy(811, Currency.XTR, PaymentProvider.TELEGRAM_STARS, "s-1");
        buy(813, Currency.USD, PaymentProvider.CRYPTO_BOT, "cb-1");
    }

    private void buy(long user, Currency currency, PaymentProvider provider, String charge) {
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                new TelegramUserId(user), new PlanId("month"), currency, null, null));
        shop.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(order.order(), provider, charge, order.total()));
    }

    @Test
    void stats_showOrdersByPlanAndProviderNewUsersTrialConversionEndingSoonAndFailures_inEachLanguage() {
        shopWithATrialAndTwoSales();

        String en = text(screen.onTap(session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant()),
                CallbackData.of("stats", 7)));
        assertThat(en).contains("Orders by plan", "• month: 2 · ", "⭐ 250", "4.99 USD",
                "Orders by provider", "• Telegram Stars: 1 · ⭐ 250", "• CryptoBot: 1 · 4.99 USD",
                "New users: 3 · 🎁 Trials: 2 · paid since: 1 (50%)",
                "Active subscriptions: 4 · ending within 3 days: 2", "Failed deliveries (refunded to the wallet): 0");
        String fa = text(screen.onTap(session(TestShop.ADMIN.value(), Language.FA, shop.clock.instant()),
                CallbackData.of("stats", 1)));
        assertThat(fa).contains("سفارش‌ها بر پایهٔ طرح", "کریپتوبات", "کاربران تازه: ۳", "٪");
        String ru = text(screen.onTap(session(TestShop.ADMIN.value(), Language.RU, shop.clock.instant()),
                CallbackData.of("stats", 30)));
        assertThat(ru).contains("Заказы по тарифам", "Новые пользователи: 3", "Пробных: 2", "(50%)");
    }

    @Test
    void statsChart_drawsTheNewUsersAsBarsBesideTheRevenueLines() throws Exception {
        shopWithATrialAndTwoSales();

        Reply chart = screen.onTap(session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant()),
                CallbackData.of("stats", "c", 7));

        Reply.Photo photo = parts(chart, Reply.Photo.class).get(0);
        assertThat(photo.captionHtml()).contains("new users (bars)");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.png()));
        int barPixels = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (b > 200 && g > 170 && g < 215 && r > 150 && r < 195) {
                    barPixels++;
                }
            }
        }
        assertThat(barPixels).as("pixels in the colour of the new-user bars").isGreaterThan(2_000);
    }
}
