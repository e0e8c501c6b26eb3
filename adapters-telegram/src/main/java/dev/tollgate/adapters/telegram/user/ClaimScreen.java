package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.Language;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * "Claim an existing subscription" (from Help, or {@code /claim CODE}): a subscription the shop imported from its
 * panel becomes the user's with the one-time code the shop gave them. A wrong code may be typed again, within the
 * hourly attempt limit the use case keeps.
 */
public final class ClaimScreen implements Screen {

    private static final String CODE_STEP = "claim.code";
    private static final Duration TYPING = Duration.ofMinutes(15);

    private final Ui ui;
    private final ClaimSubscriptionUseCase claims;

    public ClaimScreen(Ui ui, ClaimSubscriptionUseCase claims) {
        this.ui = ui;
        this.claims = claims;
    }

    @Override
    public String id() {
        return "claim";
    }

    @Override
    public Set<String> commands() {
        return Set.of("claim");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Language l = session.language();
        if (command.argument() == null || command.argument().isBlank()) {
            return Reply.send(ui.t(l, "claim.ask"), ui.backToMenu(l)).then(new Reply.Converse(CODE_STEP, Map.of(), TYPING));
        }
        return claim(session, command.argument(), false);
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        return Reply.edit(ui.t(l, "claim.ask"), ui.backToMenu(l)).then(new Reply.Converse(CODE_STEP, Map.of(), TYPING));
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        if (!(input instanceof Inbound.Text text)) {
            return Reply.send(ui.t(l, "claim.text_only"), ui.backToMenu(l)).then(new Reply.Converse(CODE_STEP, Map.of(), TYPING));
        }
        return claim(session, text.text(), true);
    }

    private Reply claim(Session session, String code, boolean conversing) {
        Language l = session.language();
        ClaimSubscriptionUseCase.Result result = claims.claim(new ClaimSubscriptionUseCase.Command(session.user(), code));
        if (result instanceof ClaimSubscriptionUseCase.Claimed claimed) {
            AccessDetails access = claimed.access();
            Keyboard keyboard = Keyboard.builder()
                    .row(ui.button(l, "button.subscriptions", CallbackData.of("subs")))
                    .row(ui.menuButton(l)).build();
            String expiry = ui.formats().expiry(l, access);
            return Reply.send(ui.t(l, "claim.done", Texts.escape(access.serverName()), expiry),
                    keyboard).then(new Reply.EndConversation());
        }
        ClaimSubscriptionUseCase.Reason reason = ((ClaimSubscriptionUseCase.Refused) result).reason();
        Reply reply = switch (reason) {
            case UNKNOWN_CODE -> Reply.send(ui.t(l, "claim.unknown"), ui.backToMenu(l));
            case ALREADY_CLAIMED -> Reply.send(ui.t(l, "claim.used"), ui.backToMenu(l));
            case TOO_MANY_ATTEMPTS -> Reply.send(ui.t(l, "claim.too_many",
                    ClaimSubscriptionUseCase.ATTEMPTS_PER_HOUR), ui.backToMenu(l));
        };
        // A mistyped code may be typed again; after a used code or the limit the conversation ends.
        return reason == ClaimSubscriptionUseCase.Reason.UNKNOWN_CODE
                ? reply.then(new Reply.Converse(CODE_STEP, Map.of(), TYPING))
                : reply.then(new Reply.EndConversation());
    }
}
