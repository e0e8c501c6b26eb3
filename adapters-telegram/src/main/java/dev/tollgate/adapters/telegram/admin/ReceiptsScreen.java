package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPendingReceiptsUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.payment.Payment;
import java.util.Set;

/**
 * /receipts and the menu entry: the oldest receipts still waiting, each sent again as its photo with the approve and
 * reject buttons; decided ones leave the queue, so "next" shows the following ones.
 */
public final class ReceiptsScreen implements Screen {

    static final int BATCH = 5;

    private final Ui ui;
    private final ListPendingReceiptsUseCase queue;

    public ReceiptsScreen(Ui ui, ListPendingReceiptsUseCase queue) {
        this.ui = ui;
        this.queue = queue;
    }

    @Override
    public String id() {
        return "rcpts";
    }

    @Override
    public Set<String> commands() {
        return Set.of("receipts");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Language l = session.language();
        if (!(queue.list(new ListPendingReceiptsUseCase.Command(session.user(), BATCH)) instanceof ListPendingReceiptsUseCase.Pending pending)) {
            return Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l));
        }
        return show(session, pending);
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(queue.list(new ListPendingReceiptsUseCase.Command(session.user(), BATCH)) instanceof ListPendingReceiptsUseCase.Pending pending)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        return show(session, pending);
    }

    private Reply show(Session session, ListPendingReceiptsUseCase.Pending pending) {
        Language l = session.language();
        if (pending.receipts().isEmpty()) {
            return Reply.send(ui.t(l, "office.receipts.none"), OfficeScreen.backToOffice(ui, l, Keyboard.builder()).build());
        }
        Reply reply = Reply.send(ui.t(l, pending.more() ? "office.receipts.some" : "office.receipts.all",
                pending.receipts().size()), null);
        for (Payment receipt : pending.receipts()) {
            String caption = ui.t(l, "admin.alert.receipt", Texts.shortId(receipt.order()),
                    Texts.code(receipt.payer().toString()), ui.formats().money(l, receipt.amount()),
                    Texts.code(receipt.id().toString())) + "\n" + ui.t(l, "office.receipts.received",
                    ui.formats().dateTime(l, receipt.receivedAt()));
            reply = reply.then(new Reply.ForwardPhoto(session.chatId(), receipt.receipt().orElse(""), caption,
                    ReceiptReviewScreen.buttons(ui, l, receipt.id())));
        }
        Keyboard.Builder after = Keyboard.builder();
        if (pending.more()) {
            after.row(ui.button(l, "office.receipts.next", CallbackData.of(id())));
        }
        return reply.then(new Reply.Message(ui.t(l, "office.receipts.after"),
                OfficeScreen.backToOffice(ui, l, after).build(), Reply.Mode.SEND));
    }
}
