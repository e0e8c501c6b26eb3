package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.adapters.telegram.routing.Gate;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Router;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.user.PaymentsScreen;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one stored update: registers the contact (which also learns their language and that they are back), finds
 * their conversation, routes to a screen and delivers the reply. Exceptions escape, so the inbox tries again.
 */
public final class UpdateHandler implements InboxWorkers.Handler {

    private final RegisterContactUseCase contacts;
    private final ChangeCustomerSettingsUseCase settings;
    private final Conversations conversations;
    private final Router router;
    private final Responder responder;
    private final PaymentsScreen payments;
    private final FloodGuard flood;
    private final Texts texts;
    private final Clock clock;
    private final AdminDirectory staff;
    private final Gate gate;

    /** {@code gate}: asked before routing for everything but payments, for everyone but the staff (the shop's terms). */
    public UpdateHandler(RegisterContactUseCase contacts, ChangeCustomerSettingsUseCase settings, Conversations conversations,
                         Router router, Responder responder, PaymentsScreen payments, FloodGuard flood, Texts texts, Clock clock,
                         AdminDirectory staff, Gate gate) {
        this.staff = staff;
        this.gate = gate;
        this.contacts = contacts;
        this.settings = settings;
        this.conversations = conversations;
        this.router = router;
        this.responder = responder;
        this.payments = payments;
        this.flood = flood;
        this.texts = texts;
        this.clock = clock;
    }

    /** Returns the outcome to store with the finished update. */
    @Override
    public String handle(StoredUpdate stored) {
        return handle(Updates.parse(stored.payload()), stored.attempts() > 1);
    }

    /** Handles an update as Telegram sent it; {@code redelivered} when an earlier attempt may have done part of it. */
    public String handle(Update update, boolean redelivered) {
        Optional<Updates.Incoming> read = Updates.read(update);
        if (read.isEmpty()) {
            return "ignored";
        }
        Updates.Incoming in = read.get();
        boolean money = in.inbound() instanceof Inbound.Paid || in.inbound() instanceof Inbound.PreCheckout;
        FloodGuard.Verdict verdict = money ? FloodGuard.Verdict.PASS : flood.check(in.userId(), clock.instant());
        if (verdict == FloodGuard.Verdict.DROP) {
            return "dropped: flood";
        }
        TelegramUserId user = new TelegramUserId(in.userId());
        if (in.inbound() instanceof Inbound.Membership membership) {
            if (membership.blocked()) {
                settings.botBlocked(user);
                return "blocked the bot";
            }
        }
        RegisterContactUseCase.Result contact = contacts.register(new RegisterContactUseCase.Command(user,
                in.languageCode(), in.startParameter(), new Customer.Profile(in.username(), in.firstName(), in.lastName())));
        Language language = contact.language();
        Session session = session(in, user, language, redelivered);
        if (verdict == FloodGuard.Verdict.WARN) {
            responder.deliver(session, in.inbound(), Reply.send(texts.get(language, "flood.slow_down"), null));
            return "dropped: flood (warned)";
        }
        if (in.inbound() instanceof Inbound.Membership) {
            return "returned";
        }
        if (contact.banned() && !money && staff.roleOf(user).isEmpty()) {
            // Banned from the shop: one answer to anything; payments still go through, so no money is lost. Someone
            // banned as a customer and appointed to the staff later still reaches the back office.
            String text = texts.get(language, "office.banned.answer");
            responder.deliver(session, in.inbound(), in.inbound() instanceof Inbound.Tap
                    ? Reply.alert(text) : Reply.send(text, null).then(new Reply.EndConversation()));
            return "banned";
        }
        Optional<Reply> held = money ? Optional.empty() : gate.stop(session, in.inbound());
        if (held.isPresent() && staff.roleOf(user).isEmpty()) {
            // The shop's terms not yet accepted: they answer in place of anything else; payments still go through.
            responder.deliver(session, in.inbound(), held.get());
            return "terms not accepted";
        }
        Reply reply = router.route(session, in.inbound());
        responder.deliver(session, in.inbound(), reply);
        return reply.parts().stream().anyMatch(Reply.DeleteInput.class::isInstance) ? SECRET_REMOVED : "ok";
    }

    /** The update failed too often: a payment in it must still reach a person; anything else is given up. */
    @Override
    public void giveUp(StoredUpdate stored, RuntimeException cause) {
        Optional<Updates.Incoming> read = Updates.read(Updates.parse(stored.payload()));
        if (read.isPresent() && read.get().inbound() instanceof Inbound.Paid paid) {
            TelegramUserId user = new TelegramUserId(read.get().userId());
            Session session = session(read.get(), user, Language.fromTag(read.get().languageCode()), true);
            responder.deliver(session, paid, payments.unrecorded(session, paid, cause.getClass().getSimpleName()
                    + ": " + cause.getMessage()));
        }
    }

    @Override
    public void housekeeping(Instant now) {
        conversations.pruneExpired(now);
    }

    private Session session(Updates.Incoming in, TelegramUserId user, Language language, boolean redelivered) {
        Instant now = clock.instant();
        return new Session(user, in.chatId(), in.firstName(), language, conversations.find(user, now), now, redelivered);
    }
}
