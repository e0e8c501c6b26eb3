package dev.tollgate.adapters.telegram;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.UserNotifier;
import java.net.URI;
import java.time.ZoneId;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The user bot over the Telegram Bot API (api.telegram.org or a self-hosted Bot API server). */
public final class TelegramModule extends AbstractModule {

    private static final int UPDATE_LANES = 4;

    private final Secret token;
    private final URI apiBaseUrl;
    private final ZoneId displayZone;
    private final java.util.Optional<CardTransfer> card;

    public TelegramModule(Secret token, URI apiBaseUrl, ZoneId displayZone) {
        this(token, apiBaseUrl, displayZone, "", "", "");
    }

    /** With a card number, users can also pay by card-to-card transfer, with a receipt an admin approves. */
    public TelegramModule(Secret token, URI apiBaseUrl, ZoneId displayZone, String cardNumber, String cardHolder,
                          String cardCurrency) {
        this.card = CardTransfer.of(cardNumber, cardHolder, cardCurrency);
        if (token.isEmpty()) {
            throw new IllegalArgumentException("a bot token is required");
        }
        this.token = token;
        this.apiBaseUrl = apiBaseUrl;
        this.displayZone = displayZone;
    }

    static TelegramUrl telegramUrl(URI base) {
        String scheme = base.getScheme() == null ? "https" : base.getScheme();
        int port = base.getPort() > 0 ? base.getPort() : scheme.equals("http") ? 80 : 443;
        if (base.getHost() == null) {
            throw new IllegalArgumentException("the Bot API URL needs a host: " + base);
        }
        return new TelegramUrl(scheme, base.getHost(), port, false);
    }

    @Override
    protected void configure() {
        bind(UserNotifier.class).to(TelegramNotifier.class);
    }

    @Provides
    @Singleton
    TelegramClient telegramClient() {
        return new OkHttpTelegramClient(token.value(), telegramUrl(apiBaseUrl));
    }

    @Provides
    @Singleton
    Chat chat(TelegramClient client) {
        return new Chat(client);
    }

    @Provides
    @Singleton
    Views views() {
        return new Views(displayZone);
    }

    @Provides
    @Singleton
    UserBot userBot(RegisterContactUseCase contacts, ClaimTrialUseCase trials, ListSubscriptionsUseCase subscriptions,
                    SubscriptionFeedUseCase feeds, ListPlansUseCase plans, PlaceOrderUseCase orders,
                    PayFromWalletUseCase walletPayments, ConfirmPaymentUseCase payments, ShowWalletUseCase wallets,
                    SubmitReceiptUseCase receipts, ReviewReceiptUseCase reviews, ShowSalesStatisticsUseCase statistics,
                    ChangeAutoRenewUseCase autoRenew, BotIdentity identity, AdminAlerts adminAlerts, Views views, Chat chat) {
        return new UserBot(contacts, trials, subscriptions, feeds,
                new Shop(plans, orders, walletPayments, payments, wallets, receipts, reviews, statistics, autoRenew, card),
                identity, adminAlerts, views, new QrCards(chat, views, new QrCodes()), chat);
    }

    @Provides
    @Singleton
    BotIdentity identity() {
        return new BotIdentity();
    }

    @Provides
    @Singleton
    TelegramNotifier notifier(Chat chat, Views views) {
        return new TelegramNotifier(chat, views, new QrCards(chat, views, new QrCodes()));
    }

    @Provides
    @Singleton
    CustomerNotifier customerNotifier(Chat chat, Views views) {
        return new TelegramCustomerNotifier(chat, views, new QrCards(chat, views, new QrCodes()));
    }

    @Provides
    @Singleton
    AdminAlerts adminAlerts(Chat chat, Views views, AdminDirectory admins) {
        return new TelegramAdminAlerts(chat, views, admins);
    }

    @Provides
    @Singleton
    TelegramBot bot(TelegramClient client, UserBot userBot, BotIdentity identity) {
        return new TelegramBot(token.value(), telegramUrl(apiBaseUrl), client, new UpdateDispatcher(userBot, UPDATE_LANES),
                identity);
    }

    @ProvidesIntoSet
    LifecycleService botLifecycle(TelegramBot bot) {
        return bot;
    }
}
