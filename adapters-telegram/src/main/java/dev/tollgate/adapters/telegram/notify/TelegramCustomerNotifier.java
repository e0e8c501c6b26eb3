package dev.tollgate.adapters.telegram.notify;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits.Priority;
import dev.tollgate.adapters.telegram.user.Access;
import dev.tollgate.adapters.telegram.user.NoticeButtons;
import dev.tollgate.adapters.telegram.view.QrCodes;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the core's notices to the user's private chat as bulk traffic (never ahead of replies to taps), with a QR
 * code for links; skips users who blocked the bot, and records it when Telegram says so. A notice about a
 * subscription's traffic asks {@code packsOnSale} whether its plan sells traffic packs now, to offer them.
 */
public final class TelegramCustomerNotifier implements CustomerNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramCustomerNotifier.class);

    private final Chat chat;
    private final Ui ui;
    private final NoticeTexts texts;
    private final QrCodes qrCodes;
    private final ChangeCustomerSettingsUseCase customers;

    private final java.util.function.Supplier<java.util.Optional<String>> supportLink;
    private final PacksOnSale packsOnSale;

    /** Whether the user's subscription can take a traffic pack now (its plan sells some, it runs with a quota). */
    @FunctionalInterface
    public interface PacksOnSale {
        boolean test(TelegramUserId user, SubscriptionId subscription);

        PacksOnSale NONE = (user, subscription) -> false;

        /** As the subscription page decides it: the packs {@link ListRenewalsUseCase} lists for the subscription. */
        static PacksOnSale of(ListRenewalsUseCase renewals) {
            return (user, subscription) -> renewals.list(new ListRenewalsUseCase.Command(user)).stream()
                    .anyMatch(o -> o.subscription().equals(subscription) && !o.trafficPacks().isEmpty());
        }
    }

    public TelegramCustomerNotifier(Chat chat, Ui ui, QrCodes qrCodes, ChangeCustomerSettingsUseCase customers) {
        this(chat, ui, qrCodes, customers, java.util.Optional.empty());
    }

    /** {@code supportLink}: the shop's support account, offered under notices where the user may need a person. */
    public TelegramCustomerNotifier(Chat chat, Ui ui, QrCodes qrCodes, ChangeCustomerSettingsUseCase customers,
                                    java.util.Optional<String> supportLink) {
        this(chat, ui, qrCodes, customers, () -> supportLink);
    }

    /** The support account as the shop's settings are at each notice (admins change it in the bot). */
    public TelegramCustomerNotifier(Chat chat, Ui ui, QrCodes qrCodes, ChangeCustomerSettingsUseCase customers,
                                    java.util.function.Supplier<java.util.Optional<String>> supportLink) {
        this(chat, ui, qrCodes, customers, supportLink, PacksOnSale.NONE);
    }

    public TelegramCustomerNotifier(Chat chat, Ui ui, QrCodes qrCodes, ChangeCustomerSettingsUseCase customers,
                                    java.util.function.Supplier<java.util.Optional<String>> supportLink,
                                    PacksOnSale packsOnSale) {
        this.supportLink = supportLink;
        this.packsOnSale = packsOnSale;
        this.chat = chat;
        this.ui = ui;
        this.texts = new NoticeTexts(ui);
        this.qrCodes = qrCodes;
        this.customers = customers;
    }

    @Override
    public void notify(TelegramUserId user, Language language, Notice notice) {
        if (customers.hasBlockedTheBot(user)) {
            LOG.info("{} not sent to {}: they blocked the bot", notice.getClass().getSimpleName(), user);
            return;
        }
        if (chat.send(Priority.BULK, user.value(), texts.render(language, notice),
                NoticeButtons.keyboard(ui, language, notice, supportLink.get(), packsOnSale(user, notice)))
                == Chat.Outcome.BLOCKED) {
            return;
        }
        AccessDetails access = NoticeTexts.accessOf(notice);
        if (access != null) {
            qr(user, language, access);
        }
    }

    /** Looked up only for a notice about traffic; if the lookup fails the notice still goes, without the button. */
    private boolean packsOnSale(TelegramUserId user, Notice notice) {
        Optional<SubscriptionId> subscription = NoticeButtons.addsTraffic(notice);
        if (subscription.isEmpty()) {
            return false;
        }
        try {
            return packsOnSale.test(user, subscription.get());
        } catch (RuntimeException e) {
            LOG.warn("{} to {} goes without \"Add traffic\": its plan's packs could not be read ({})",
                    notice.getClass().getSimpleName(), user, e.toString());
            return false;
        }
    }

    private void qr(TelegramUserId user, Language language, AccessDetails access) {
        var card = Access.qr(ui, language, access);
        chat.photo(Priority.BULK, user.value(), qrCodes.png(card.content()), card.fileName(), card.captionHtml());
    }
}
