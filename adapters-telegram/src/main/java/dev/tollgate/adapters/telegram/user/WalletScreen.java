package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.payments.CheckoutOffers;
import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Formats;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.domain.customer.Language;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Balances, the referral link and how many joined through it, and Stars top-ups. */
public final class WalletScreen implements Screen {

    /** The Stars amounts offered; any other amount in callback data is forged and refused. */
    public static final List<Integer> TOP_UP_STARS = List.of(100, 250, 500, 1000);

    private final Ui ui;
    private final ShowWalletUseCase wallets;
    private final Supplier<String> botUsername;
    private final OpenCheckoutUseCase checkouts;

    public WalletScreen(Ui ui, ShowWalletUseCase wallets, Supplier<String> botUsername) {
        this(ui, wallets, botUsername, null);
    }

    /** With top-ups through the other configured providers (Telegram Payments, CryptoBot). */
    public WalletScreen(Ui ui, ShowWalletUseCase wallets, Supplier<String> botUsername, OpenCheckoutUseCase checkouts) {
        this.checkouts = checkouts;
        this.ui = ui;
        this.wallets = wallets;
        this.botUsername = botUsername;
    }

    @Override
    public String id() {
        return "wallet";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        ShowWalletUseCase.View wallet = wallets.show(new ShowWalletUseCase.Command(session.user(), 5));
        String link = "https://t.me/" + botUsername.get() + "?start=" + wallet.referralCode().startParameter();
        String lines = wallet.balances().stream().filter(m -> !m.isZero()).map(m -> "• " + ui.formats().money(language, m))
                .collect(Collectors.joining("\n"));
        String text = ui.t(language, "wallet.view", lines.isEmpty() ? ui.t(language, "wallet.empty") : lines,
                Texts.code(link), Formats.digits(language, Integer.toString(wallet.referredUsers())));
        List<Button> amounts = TOP_UP_STARS.stream()
                .map(stars -> Button.tap("⭐ " + stars, CallbackData.of("top", stars))).toList();
        Keyboard.Builder keyboard = Keyboard.builder().row(amounts);
        if (checkouts != null) {
            CheckoutOffers.forTopUp(ui, language, checkouts).forEach(keyboard::row);
        }
        keyboard.row(ui.button(language, "button.history", CallbackData.of("hist")),
                        ui.button(language, "button.referrals", CallbackData.of("ref")))
                .row(ui.button(language, "button.orders", CallbackData.of("myord")));
        return Reply.edit(text, keyboard.row(ui.menuButton(language)).build());
    }
}
