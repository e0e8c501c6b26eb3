package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.notify.NoticeTexts;
import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPendingReceiptsUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.ReceiptRejection;
import java.util.Optional;
import java.util.UUID;

/**
 * Approve or reject a card receipt from the buttons under it; "reject" first asks why (the customer is told the
 * reason in their language). Anyone can press forged buttons: the use cases decide whether the presser is an admin,
 * and a refusal changes nothing. After a decision the receipt's buttons are replaced by the decision itself.
 */
public final class ReceiptReviewScreen implements Screen {

    private final Ui ui;
    private final ReviewReceiptUseCase reviews;
    private final ListPendingReceiptsUseCase queue;

    public ReceiptReviewScreen(Ui ui, ReviewReceiptUseCase reviews, ListPendingReceiptsUseCase queue) {
        this.ui = ui;
        this.reviews = reviews;
        this.queue = queue;
    }

    @Override
    public String id() {
        return "rcpt";
    }

    /** The approve and reject buttons under a receipt. */
    public static Keyboard buttons(Ui ui, Language language, PaymentId payment) {
        return Keyboard.builder().row(
                Button.tap(ui.t(language, "admin.button.approve"), CallbackData.of("rcpt", "ok", payment.value())),
                Button.tap(ui.t(language, "admin.button.reject"), CallbackData.of("rcpt", "no", payment.value())))
                .build();
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("");
        Optional<PaymentId> payment = data.arg(1).flatMap(ReceiptReviewScreen::paymentId);
        if (verb.equals("done")) {
            return Reply.nothing().withToast(ui.t(l, "admin.review.decided"));
        }
        if (payment.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        return switch (verb) {
            case "ok" -> decide(session, payment.get(), ReviewReceiptUseCase.Decision.APPROVE, null);
            case "no" -> mayReview(session) ? Reply.of(new Reply.ReplaceButtons(reasons(l, payment.get())))
                    : Reply.alert(ui.t(l, "admin.not_allowed"));
            case "back" -> mayReview(session) ? Reply.of(new Reply.ReplaceButtons(buttons(ui, l, payment.get())))
                    : Reply.alert(ui.t(l, "admin.not_allowed"));
            case "nr" -> data.arg(2).flatMap(ReceiptReviewScreen::rejection)
                    .map(reason -> decide(session, payment.get(), ReviewReceiptUseCase.Decision.REJECT, reason))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    private Reply decide(Session session, PaymentId payment, ReviewReceiptUseCase.Decision decision,
                         ReceiptRejection reason) {
        Language l = session.language();
        ReviewReceiptUseCase.Result result = reviews.review(new ReviewReceiptUseCase.Command(session.user(), payment,
                decision, reason));
        if (result instanceof ReviewReceiptUseCase.Refused refused) {
            String key = switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case ALREADY_DECIDED -> "admin.review.decided";
                case UNKNOWN_PAYMENT -> "admin.review.unknown";
            };
            return Reply.alert(ui.t(l, key));
        }
        String verdict = ui.t(l, result instanceof ReviewReceiptUseCase.Approved ? "admin.review.approved"
                : "admin.review.rejected", session.displayName());
        if (reason != null) {
            verdict += " " + ui.t(l, NoticeTexts.rejectionKey(reason));
        }
        return Reply.of(new Reply.ReplaceButtons(Keyboard.builder()
                        .row(Button.tap(Texts.truncate(verdict, 60), CallbackData.of(id(), "done"))).build()))
                .withToast(verdict);
    }

    private boolean mayReview(Session session) {
        return queue.list(new ListPendingReceiptsUseCase.Command(session.user(), 1)) instanceof ListPendingReceiptsUseCase.Pending;
    }

    private Keyboard reasons(Language l, PaymentId payment) {
        Keyboard.Builder keyboard = Keyboard.builder();
        for (ReceiptRejection reason : ReceiptRejection.values()) {
            keyboard.row(Button.tap("❌ " + ui.t(l, NoticeTexts.rejectionKey(reason)),
                    CallbackData.of(id(), "nr", payment.value(), reason.ordinal())));
        }
        return keyboard.row(Button.tap(ui.t(l, "office.receipts.keep"), CallbackData.of(id(), "back", payment.value())))
                .build();
    }

    private static Optional<ReceiptRejection> rejection(String code) {
        ReceiptRejection[] all = ReceiptRejection.values();
        return code.matches("[0-9]") && Integer.parseInt(code) < all.length
                ? Optional.of(all[Integer.parseInt(code)]) : Optional.empty();
    }

    private static Optional<PaymentId> paymentId(String text) {
        try {
            return text.length() == 36 ? Optional.of(new PaymentId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
