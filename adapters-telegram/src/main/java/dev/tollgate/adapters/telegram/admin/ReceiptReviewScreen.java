package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.domain.payment.PaymentId;
import java.util.Optional;
import java.util.UUID;

/**
 * Approve or reject a card receipt from the buttons under it. Anyone can press forged buttons: the use case decides
 * whether the presser is an admin, and a refusal changes nothing. After a decision the buttons come off the receipt.
 */
public final class ReceiptReviewScreen implements Screen {

    private final Ui ui;
    private final ReviewReceiptUseCase reviews;

    public ReceiptReviewScreen(Ui ui, ReviewReceiptUseCase reviews) {
        this.ui = ui;
        this.reviews = reviews;
    }

    @Override
    public String id() {
        return "rcpt";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Optional<Boolean> approve = data.arg(0).filter(a -> a.equals("ok") || a.equals("no")).map(a -> a.equals("ok"));
        Optional<PaymentId> payment = data.arg(1).flatMap(ReceiptReviewScreen::paymentId);
        if (approve.isEmpty() || payment.isEmpty()) {
            return Reply.alert(ui.t(session.language(), "button.invalid"));
        }
        ReviewReceiptUseCase.Result result = reviews.review(new ReviewReceiptUseCase.Command(session.user(), payment.get(),
                approve.get() ? ReviewReceiptUseCase.Decision.APPROVE : ReviewReceiptUseCase.Decision.REJECT));
        if (result instanceof ReviewReceiptUseCase.Refused refused) {
            String key = switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case ALREADY_DECIDED -> "admin.review.decided";
                case UNKNOWN_PAYMENT -> "admin.review.unknown";
            };
            return Reply.alert(ui.t(session.language(), key));
        }
        String verdict = ui.t(session.language(), result instanceof ReviewReceiptUseCase.Approved ? "admin.review.approved"
                : "admin.review.rejected", Texts.escape(session.displayName()));
        return Reply.of(new Reply.ClearButtons())
                .then(Reply.send(verdict + " (" + Texts.shortId(payment.get()) + ")", null));
    }

    private static Optional<PaymentId> paymentId(String text) {
        try {
            return text.length() == 36 ? Optional.of(new PaymentId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
