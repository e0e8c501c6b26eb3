package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ShowReferralsUseCase;
import dev.tollgate.domain.customer.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The referral programme: the user's link (and its QR code on {@code ref:qr}), how many joined, the cashback earned,
 * and the terms; a share button opens Telegram's own share sheet (t.me/share/url).
 */
public final class ReferralsScreen implements Screen {

    private final Ui ui;
    private final ShowReferralsUseCase referrals;
    private final Supplier<String> botUsername;

    public ReferralsScreen(Ui ui, ShowReferralsUseCase referrals, Supplier<String> botUsername) {
        this.ui = ui;
        this.referrals = referrals;
        this.botUsername = botUsername;
    }

    @Override
    public String id() {
        return "ref";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        ShowReferralsUseCase.View view = referrals.show(new ShowReferralsUseCase.Command(session.user()));
        String link = "https://t.me/" + botUsername.get() + "?start=" + view.code().startParameter();
        if (data.arg(0).filter("qr"::equals).isPresent()) {
            return Reply.of(new Reply.QrPhoto(link, "tollgate-referral.png", ui.t(language, "referrals.qr_caption")));
        }
        String earned = view.earned().isEmpty() ? ui.formats().number(language, 0)
                : view.earned().stream().map(m -> ui.formats().money(language, m)).collect(Collectors.joining(" · "));
        String text = ui.t(language, "referrals.view", Texts.code(link), ui.formats().number(language, view.joined()),
                earned, ui.formats().number(language, view.cashbackPercent()));
        String share = "https://t.me/share/url?url=" + URLEncoder.encode(link, StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(ui.t(language, "referrals.share_text"), StandardCharsets.UTF_8);
        Keyboard keyboard = Keyboard.builder()
                .row(Button.link(ui.t(language, "button.share"), share), ui.button(language, "button.qr", CallbackData.of(id(), "qr")))
                .row(ui.button(language, "button.wallet", CallbackData.of("wallet")), ui.menuButton(language))
                .build();
        return Reply.edit(text, keyboard);
    }
}
