package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The end users' conversation: /start, the main menu, the free trial and their subscriptions. */
final class UserBot {

    private static final Logger LOG = LoggerFactory.getLogger(UserBot.class);

    private final RegisterContactUseCase contacts;
    private final ClaimTrialUseCase trials;
    private final ListSubscriptionsUseCase subscriptions;
    private final SubscriptionFeedUseCase feeds;
    private final Views views;
    private final QrCodes qrCodes;
    private final Chat chat;

    UserBot(RegisterContactUseCase contacts, ClaimTrialUseCase trials, ListSubscriptionsUseCase subscriptions,
            SubscriptionFeedUseCase feeds, Views views, QrCodes qrCodes, Chat chat) {
        this.contacts = contacts;
        this.trials = trials;
        this.subscriptions = subscriptions;
        this.feeds = feeds;
        this.views = views;
        this.qrCodes = qrCodes;
        this.chat = chat;
    }

    void handle(Update update) {
        if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery());
        } else if (update.hasMessage()) {
            onMessage(update.getMessage());
        }
    }

    private void onMessage(Message message) {
        User from = message.getFrom();
        if (from == null || from.getIsBot() || message.getChat() == null || !message.getChat().isUserChat()) {
            return;
        }
        String text = message.hasText() ? message.getText().strip() : "";
        Language language = register(from, startParameter(text));
        long chatId = message.getChatId();
        if (text.equals("/start") || text.startsWith("/start ") || text.startsWith("/start@")) {
            chat.send(chatId, views.welcome(language, from.getFirstName()), views.mainMenu(language));
        } else if (text.equals("/help")) {
            chat.send(chatId, views.text(language, "help.text"), views.backToMenu(language));
        } else {
            chat.send(chatId, views.text(language, "text.unknown"), views.mainMenu(language));
        }
    }

    private void onButton(CallbackQuery query) {
        User from = query.getFrom();
        Language language = register(from);
        Optional<CallbackAction> action = CallbackAction.parse(query.getData());
        if (action.isEmpty() || !(query.getMessage() instanceof Message message)) {
            chat.answer(query.getId(), views.text(language, "button.invalid"), true);
            return;
        }
        long chatId = message.getChatId();
        int messageId = message.getMessageId();
        switch (action.get()) {
            case MENU -> {
                chat.answer(query.getId(), null, false);
                chat.edit(chatId, messageId, views.menu(language), views.mainMenu(language));
            }
            case HELP -> {
                chat.answer(query.getId(), null, false);
                chat.edit(chatId, messageId, views.text(language, "help.text"), views.backToMenu(language));
            }
            case MY_SUBSCRIPTIONS -> {
                chat.answer(query.getId(), null, false);
                TelegramUserId user = new TelegramUserId(from.getId());
                chat.edit(chatId, messageId, views.subscriptions(language,
                        subscriptions.list(new ListSubscriptionsUseCase.Command(user)), feeds.urlFor(user)),
                        views.backToMenu(language));
            }
            case TRIAL -> claimTrial(query, from, language, chatId, messageId);
        }
    }

    private void claimTrial(CallbackQuery query, User from, Language language, long chatId, int messageId) {
        chat.answer(query.getId(), views.text(language, "trial.activating"), false);
        chat.edit(chatId, messageId, views.text(language, "trial.activating"), null);
        ClaimTrialUseCase.Result result;
        try {
            result = trials.claim(new ClaimTrialUseCase.Command(new TelegramUserId(from.getId())));
        } catch (RuntimeException e) {
            LOG.error("trial claim of user {} failed", from.getId(), e);
            chat.edit(chatId, messageId, views.text(language, "error.temporary"), views.mainMenu(language));
            return;
        }
        if (result instanceof ClaimTrialUseCase.Activated activated) {
            AccessDetails access = activated.access();
            chat.edit(chatId, messageId, views.trialActivated(language, access), views.backToMenu(language));
            sendQr(chatId, language, access);
        } else if (result instanceof ClaimTrialUseCase.Refused refused) {
            chat.edit(chatId, messageId, views.trialRefused(language, refused.reason()), views.backToMenu(language));
        } else {
            chat.edit(chatId, messageId, views.text(language, "trial.pending"), views.backToMenu(language));
        }
    }

    void sendQr(long chatId, Language language, AccessDetails access) {
        chat.photo(chatId, qrCodes.png(access.shareLink()), "tollgate-" + access.subscription() + ".png",
                views.qrCaption(language, access));
    }

    private Language register(User from) {
        return register(from, null);
    }

    /** The first contact fixes the referrer, so the deep-link payload (t.me/bot?start=ref_CODE) goes in here. */
    private Language register(User from, String startParameter) {
        return contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(from.getId()),
                from.getLanguageCode(), startParameter)).language();
    }

    /** "/start ref_abc" gives "ref_abc"; Telegram allows at most 64 characters of [A-Za-z0-9_-] there. */
    static String startParameter(String text) {
        if (!text.startsWith("/start ")) {
            return null;
        }
        String payload = text.substring("/start ".length()).strip();
        return payload.matches("[A-Za-z0-9_-]{1,64}") ? payload : null;
    }
}
