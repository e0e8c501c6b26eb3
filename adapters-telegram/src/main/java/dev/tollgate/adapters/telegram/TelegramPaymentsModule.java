package dev.tollgate.adapters.telegram;

import com.google.inject.AbstractModule;
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
        com.google.inject.Provider<Chat> chat = getProvider(Chat.class);
        gateways.addBinding().toProvider(once(() -> new StarsGateway(chat.get())));
        settings.telegram().ifPresent(provider -> gateways.addBinding().toProvider(once(() -> new TelegramPaymentsGateway(
                chat.get(), provider.token().value(), provider.currencies()))));
        settings.cryptoBot().ifPresent(app -> gateways.addBinding().toProvider(once(() -> new CryptoBotGateway(app.api(),
                app.token().value(), app.currencies(), app.acceptedAssets(), app.webhookPath()))));
    }

    /** One instance per injector, made on first use (each holds its own HTTP client or Chat). */
    private static com.google.inject.Provider<PaymentGateway> once(java.util.function.Supplier<PaymentGateway> make) {
        return new com.google.inject.Provider<>() {
            private PaymentGateway made;

            @Override
            public synchronized PaymentGateway get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
