package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Card-to-card payment: places the order, shows the card, then waits (in a stored conversation, so a restart or
 * another instance keeps the wait) for the receipt photo, which goes to the admins for review.
 */
public final class CardCheckoutScreen implements Screen {

    static final String RECEIPT_STEP = "card.receipt";
    static final String REVIEW_STEP = "card.review";
    /** The prefix of a receipt sent as a document; the admins' copy then goes out with sendDocument. */
    public static final String DOCUMENT_PREFIX = "doc:";
    /** Telegram lets bots download files up to 20 MB; a receipt above that could not be checked. */
    static final long MAX_RECEIPT_BYTES = 20L * 1024 * 1024;
    private static final Duration WAIT_FOR_RECEIPT = Duration.ofHours(24);

    private final Ui ui;
    private final ListPlansUseCase plans;
    private final PlaceOrderUseCase orders;
    private final SubmitReceiptUseCase receipts;
    private final CardTransfer.Source card;

    public CardCheckoutScreen(Ui ui, ListPlansUseCase plans, PlaceOrderUseCase orders, SubmitReceiptUseCase receipts,
                              Optional<CardTransfer> card) {
        this(ui, plans, orders, receipts, CardTransfer.Source.fixed(card));
    }

    /**
     * {@code card}: the card in effect when a button is tapped (admins change it, or switch card payments on and off,
     * in the bot's settings). A receipt is taken for an order already placed even after card payments were switched
     * off: its money may be on its way.
     */
    public CardCheckoutScreen(Ui ui, ListPlansUseCase plans, PlaceOrderUseCase orders, SubmitReceiptUseCase receipts,
                              CardTransfer.Source card) {
        this.ui = ui;
        this.plans = plans;
        this.orders = orders;
        this.receipts = receipts;
        this.card = card;
    }

    @Override
    public String id() {
        return "card";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        Optional<CardTransfer> now = card.now();
        if (now.isEmpty()) {
            return switchedOff(session);
        }
        CardTransfer transfer = now.get();
        Optional<Reply> again = sameOrderAgain(session, data, transfer);
        if (again.isPresent()) {
            return again.get();
        }
        if (data.arg(0).filter(Checkout.REF::equals).isPresent()) {
            Orders.FromCheckout from = Orders.placeFromCheckout(ui, session, orders, transfer.currency());
            if (from.refusal() != null) {
                return from.refusal();
            }
            return instructions(language, transfer, from.placed(), data);
        }
        Optional<Plan> plan = Orders.planOnSale(plans, data, 0);
        if (plan.isEmpty()) {
            return Orders.unavailable(ui, language);
        }
        PlaceOrderUseCase.Result placed = orders.place(PlaceOrderUseCase.Command.purchase(session.user(), plan.get().id(),
                transfer.currency(), null, null));
        if (placed instanceof PlaceOrderUseCase.Refused refused) {
            return Orders.refused(ui, language, refused.reason());
        }
        return instructions(language, transfer, (PlaceOrderUseCase.Placed) placed, data);
    }

    /**
     * A second tap on the button that placed the order the receipt is awaited for (while it can still be paid) shows
     * the same order's instructions again instead of placing another one.
     */
    private Optional<Reply> sameOrderAgain(Session session, CallbackData data, CardTransfer transfer) {
        Optional<dev.tollgate.application.port.out.Conversations.Conversation> waiting = session.conversation()
                .filter(c -> c.step().equals(RECEIPT_STEP)).filter(c -> c.value("for").filter(data.pack()::equals).isPresent());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        try {
            OrderId order = OrderId.parse(waiting.get().value("order").orElseThrow());
            long total = Long.parseLong(waiting.get().value("total").orElseThrow());
            java.time.Instant payBy = java.time.Instant.ofEpochSecond(Long.parseLong(waiting.get().value("payBy").orElseThrow()));
            if (!payBy.isAfter(session.now())) {
                return Optional.empty();
            }
            // The order's own currency: the card's may have been changed in the settings since it was placed.
            Currency currency = waiting.get().value("cur").flatMap(Currency::byCode).orElse(transfer.currency());
            PlaceOrderUseCase.Placed placed = new PlaceOrderUseCase.Placed(order, Money.of(total, currency),
                    Money.zero(currency), Money.zero(currency), Money.of(total, currency), payBy);
            return Optional.of(instructions(session.language(), transfer, placed, data)
                    .withToast(ui.t(session.language(), "checkout.same_order")));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** Card payments were switched off: no new order; one whose receipt is awaited may still send it. */
    private Reply switchedOff(Session session) {
        Language language = session.language();
        Optional<OrderId> waiting = session.conversation().filter(c -> c.step().equals(RECEIPT_STEP))
                .flatMap(c -> c.value("order")).flatMap(CardCheckoutScreen::orderId);
        return waiting.map(order -> Reply.edit(ui.t(language, "payments.card.off.waiting", Texts.shortId(order)),
                        cancelKeyboard(language, order)))
                .orElseGet(() -> Reply.edit(ui.t(language, "payments.card.off"), ui.backToMenu(language)));
    }

    private Reply instructions(Language language, CardTransfer transfer, PlaceOrderUseCase.Placed order,
                               CallbackData tapped) {
        return Reply.edit(ui.t(language, "card.instructions", ui.formats().money(language, order.total()),
                        Texts.escape(transfer.number()), Texts.escape(transfer.holder()), Texts.shortId(order.order())),
                        cancelKeyboard(language, order.order()))
                .then(new Reply.Converse(RECEIPT_STEP, Map.of("order", order.order().toString(), "for", tapped.pack(),
                        "total", Long.toString(order.total().minorUnits()), "cur", order.total().currency().name(),
                        "payBy", Long.toString(order.payBy().getEpochSecond())), WAIT_FOR_RECEIPT));
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language language = session.language();
        Optional<OrderId> order = session.conversation().flatMap(c -> c.value("order")).flatMap(CardCheckoutScreen::orderId);
        if (order.isEmpty()) {
            return Reply.send(ui.t(language, "receipt.no_order"), ui.mainMenu(language)).then(new Reply.EndConversation());
        }
        boolean inReview = session.conversation().map(c -> c.step().equals(REVIEW_STEP)).orElse(false);
        Optional<String[]> file = receiptFile(input);
        if (inReview) {
            // A second receipt while the first is with the admins: say so, keep nothing (two approvals could pay twice).
            return Reply.send(ui.t(language, file.isPresent() ? "receipt.under_review" : "receipt.under_review.text",
                    Texts.shortId(order.get())), ui.mainMenu(language));
        }
        if (file.isEmpty()) {
            return Reply.send(ui.t(language, input instanceof Inbound.Document ? "receipt.file_kind" : "receipt.send_photo_or_file"),
                    cancelKeyboard(language, order.get()));
        }
        SubmitReceiptUseCase.Result result = receipts.submit(new SubmitReceiptUseCase.Command(session.user(), order.get(),
                file.get()[0], file.get()[1]));
        if (result instanceof SubmitReceiptUseCase.Submitted) {
            return Reply.send(ui.t(language, "receipt.received"), ui.backToMenu(language))
                    .then(new Reply.Converse(REVIEW_STEP, Map.of("order", order.get().toString()), WAIT_FOR_RECEIPT));
        }
        String key = switch (((SubmitReceiptUseCase.Refused) result).reason()) {
            case DUPLICATE_RECEIPT -> "receipt.duplicate";
            case UNKNOWN_ORDER, NOT_PAYABLE -> "receipt.not_payable";
        };
        return Reply.send(ui.t(language, key), ui.backToMenu(language)).then(new Reply.EndConversation());
    }

    /**
     * The receipt's file id and unique id: a photo, or a document that is an image or a PDF (sent uncompressed or
     * as a file). Documents are marked {@value #DOCUMENT_PREFIX} so the admins get them back with sendDocument.
     */
    static Optional<String[]> receiptFile(Inbound input) {
        if (input instanceof Inbound.Photo photo) {
            return Optional.of(new String[] {photo.fileId(), photo.fileUniqueId()});
        }
        if (input instanceof Inbound.Document document && document.mimeType() != null
                && (document.mimeType().startsWith("image/") || document.mimeType().equals("application/pdf"))
                && document.size() <= MAX_RECEIPT_BYTES) {
            return Optional.of(new String[] {DOCUMENT_PREFIX + document.fileId(), document.fileUniqueId()});
        }
        return Optional.empty();
    }

    private Keyboard cancelKeyboard(Language language, OrderId order) {
        return Keyboard.builder().row(ui.button(language, "button.cancel_order", CallbackData.of("chk", "x", order.toString())))
                .row(ui.menuButton(language)).build();
    }

    private static Optional<OrderId> orderId(String text) {
        try {
            return Optional.of(OrderId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
