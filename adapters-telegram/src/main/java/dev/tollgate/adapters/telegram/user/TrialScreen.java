package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.domain.customer.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The free trial: one per Telegram user, ever; the link and its QR code, or why not, or "on its way". */
public final class TrialScreen implements Screen {

    private static final Logger LOG = LoggerFactory.getLogger(TrialScreen.class);

    private final Ui ui;
    private final ClaimTrialUseCase trials;

    public TrialScreen(Ui ui, ClaimTrialUseCase trials) {
        this.ui = ui;
        this.trials = trials;
    }

    @Override
    public String id() {
        return "trial";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        ClaimTrialUseCase.Result result;
        try {
            result = trials.claim(new ClaimTrialUseCase.Command(session.user()));
        } catch (PanelException e) {
            LOG.warn("trial claim of user {} failed: {}", session.user(), e.getMessage());
            return Reply.edit(ui.t(language, "error.temporary"), ui.mainMenu(language));
        }
        if (result instanceof ClaimTrialUseCase.Activated activated) {
            return delivered(ui, language, "trial.activated", activated.access());
        }
        if (result instanceof ClaimTrialUseCase.Refused refused) {
            String key = switch (refused.reason()) {
                case ALREADY_CLAIMED -> "trial.refused.already_claimed";
                case ALREADY_A_CUSTOMER -> "trial.refused.already_a_customer";
                case NO_SERVER_AVAILABLE -> "trial.refused.no_server_available";
                case BANNED -> "office.banned.answer";
            };
            return Reply.edit(ui.t(language, key), ui.backToMenu(language));
        }
        return Reply.edit(ui.t(language, "trial.pending"), ui.backToMenu(language));
    }

    /** A delivered access: its text with the link, then the link as a QR code. */
    static Reply delivered(Ui ui, Language language, String key, AccessDetails access) {
        return Reply.edit(Access.text(ui, language, key, access), NoticeButtons.forAccess(ui, language, access))
                .then(Access.qr(ui, language, access));
    }
}
