package dev.tollgate.adapters.telegram;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.tollgate.adapters.telegram.payments.CryptoBotGateway;
import dev.tollgate.adapters.telegram.payments.StarsGateway;
import dev.tollgate.adapters.telegram.payments.TelegramPaymentsGateway;
import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.application.port.out.PaymentGateway;

/**
 * The payment providers of the bot as {@link PaymentGateway}s: Stars always, a Telegram Payments provider and
 * CryptoBot when configured. Installed with {@link TelegramModule}, whose Chat the Telegram ones send through.
 */
public final class TelegramPaymentsModule extends AbstractModule {

    private final PaymentsSettings settings;

    public TelegramPaymentsModule(PaymentsSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        Multibinder<PaymentGateway> gateways = Multibinder.newSetBinder(binder(), PaymentGateway.class);
        gateways.addBinding().to(StarsGateway.class);
        settings.telegram().ifPresent(provider -> gateways.addBinding().to(TelegramPaymentsGateway.class));
        settings.cryptoBot().ifPresent(app -> gateways.addBinding().to(CryptoBotGateway.class));
    }

    @Provides
    @Singleton
    StarsGateway stars(Chat chat) {
        return new StarsGateway(chat);
    }

    @Provides
    @Singleton
    TelegramPaymentsGateway telegramPayments(Chat chat) {
        PaymentsSettings.TelegramProvider provider = settings.telegram().orElseThrow();
        return new TelegramPaymentsGateway(chat, provider.token().value(), provider.currencies());
    }

    @Provides
    @Singleton
    CryptoBotGateway cryptoBot() {
        PaymentsSettings.CryptoBot app = settings.cryptoBot().orElseThrow();
        return new CryptoBotGateway(app.api(), app.token().value(), app.currencies(), app.acceptedAssets(),
                app.webhookPath());
    }
}
