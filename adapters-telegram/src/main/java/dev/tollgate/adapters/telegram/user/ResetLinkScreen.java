package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ResetLinkUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Optional;

/**
 * "🔄 Reset my link" on a subscription's page: asks first, then replaces the subscription URL and the connection
 * secret and shows the new link with its QR code. The confirm button carries the link version it confirms, so a
 * second tap (or a stale button) changes nothing and shows the current link again. Callback data:
 * {@code rst:<subscription>} ask, {@code rst:y:<subscription>:<version>} confirm.
 */
public final class ResetLinkScreen implements Screen {

    private final Ui ui;
    private final ResetLinkUseCase resets;
    private final SubscriptionFeedUseCase feeds;

    public ResetLinkScreen(Ui ui, ResetLinkUseCase resets, SubscriptionFeedUseCase feeds) {
        this.ui = ui;
        this.resets = resets;
        this.feeds = feeds;
    }

    @Override
    public String id() {
        return "rst";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        boolean confirm = data.arg(0).filter("y"::equals).isPresent();
        Optional<SubscriptionId> subscription = data.arg(confirm ? 1 : 0).flatMap(AutoRenewScreen::subscriptionId);
        Optional<Integer> version = confirm
                ? data.arg(2).filter(v -> v.matches("[0-9]{1,9}")).map(Integer::parseInt) : Optional.empty();
        if (subscription.isEmpty() || (confirm && version.isEmpty())) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        ResetLinkUseCase.Result result = resets.reset(new ResetLinkUseCase.Command(session.user(), subscription.get(),
                version.orElse(null)));
        Keyboard back = Keyboard.builder()
                .row(ui.button(language, "button.subscriptions", CallbackData.of("subs")), ui.menuButton(language)).build();
        if (result instanceof ResetLinkUseCase.Prepared prepared) {
            return Reply.edit(ui.t(language, "reset.confirm", Texts.escape(prepared.serverName())), Keyboard.builder()
                    .row(ui.button(language, "button.reset_confirm",
                            CallbackData.of(id(), "y", subscription.get().toString(), prepared.version())))
                    .row(ui.button(language, "button.reset_cancel", CallbackData.of("subs"))).build());
        }
        if (result instanceof ResetLinkUseCase.Reset reset) {
            return done(session, reset.access(), back, true);
        }
        if (result instanceof ResetLinkUseCase.AlreadyReset already) {
            return done(session, already.access(), back, false);
        }
        String key = switch (((ResetLinkUseCase.Refused) result).reason()) {
            case UNKNOWN_SUBSCRIPTION -> "button.invalid";
            case NOT_RESETTABLE -> "reset.not_possible";
            case PANEL_UNAVAILABLE -> "reset.panel_down";
        };
        return Reply.edit(ui.t(language, key), back);
    }

    /** The new link and URL; the QR code only with the reset itself, so a second tap sends no second picture. */
    private Reply done(Session session, AccessDetails access, Keyboard back, boolean withQr) {
        Language language = session.language();
        Optional<String> url = feeds.urlFor(session.user());
        StringBuilder text = new StringBuilder(ui.t(language, "reset.done"));
        url.ifPresent(u -> text.append("\n\n").append(ui.t(language, "reset.feed", Texts.code(u))));
        text.append("\n\n").append(ui.t(language, "reset.link", Texts.escape(access.serverName()),
                Texts.code(access.shareLink())));
        Reply reply = Reply.edit(text.toString(), back);
        if (!withQr) {
            return reply;
        }
        return reply.then(new Reply.QrPhoto(url.orElse(access.shareLink()), "tollgate-" + access.subscription() + ".png",
                ui.t(language, "qr.caption", Texts.escape(access.serverName()))));
    }
}
