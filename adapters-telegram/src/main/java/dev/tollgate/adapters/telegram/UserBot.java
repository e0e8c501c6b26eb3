package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.payments.PreCheckoutQuery;
import org.telegram.telegrambots.meta.api.objects.payments.SuccessfulPayment;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
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
    private final Shop shop;
    private final BotIdentity identity;
    private final AdminAlerts admins;
    /** Card orders waiting for their receipt photo, per user; a restart forgets them and the user picks the plan again. */
    private final java.util.Map<Long, OrderId> awaitingReceipt = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.time.ZoneId statisticsZone = java.time.ZoneOffset.UTC;
    private final Views views;
    private final QrCards qrCards;
    private final Chat chat;

    UserBot(RegisterContactUseCase contacts, ClaimTrialUseCase trials, ListSubscriptionsUseCase subscriptions,
            SubscriptionFeedUseCase feeds, Shop shop, BotIdentity identity, AdminAlerts admins, Views views, QrCards qrCards,
            Chat chat) {
        this.admins = admins;
        this.shop = shop;
        this.identity = identity;
        this.contacts = contacts;
        this.trials = trials;
        this.subscriptions = subscriptions;
        this.feeds = feeds;
        this.views = views;
        this.qrCards = qrCards;
        this.chat = chat;
    }

    void handle(Update update) {
        if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery());
        } else if (update.hasPreCheckoutQuery()) {
            onPreCheckout(update.getPreCheckoutQuery());
        } else if (update.hasMessage() && update.getMessage().hasSuccessfulPayment()) {
            onSuccessfulPayment(update.getMessage());
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
        if (message.hasPhoto()) {
            onReceiptPhoto(message, from, language);
            return;
        }
        if (text.equals("/stats")) {
            showStatistics(new TelegramUserId(from.getId()), language, chatId);
            return;
        }
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
        Optional<Callback> parsed = Callback.parse(query.getData());
        if (parsed.isEmpty() || !(query.getMessage() instanceof Message message)) {
            chat.answer(query.getId(), views.text(language, "button.invalid"), true);
            return;
        }
        long chatId = message.getChatId();
        int messageId = message.getMessageId();
        TelegramUserId user = new TelegramUserId(from.getId());
        Callback callback = parsed.get();
        if (callback instanceof Callback.ShowPlan show) {
            chat.answer(query.getId(), null, false);
            showPlan(user, language, chatId, messageId, show.plan());
            return;
        }
        if (callback instanceof Callback.PayWithStars stars) {
            chat.answer(query.getId(), null, false);
            payWithStars(user, language, chatId, messageId, stars.plan());
            return;
        }
        if (callback instanceof Callback.TopUpWithStars topUp) {
            chat.answer(query.getId(), null, false);
            topUpWithStars(user, language, chatId, messageId, topUp.stars());
            return;
        }
        if (callback instanceof Callback.ChangeAutoRenew change) {
            chat.answer(query.getId(), null, false);
            changeAutoRenew(user, language, chatId, messageId, change);
            return;
        }
        if (callback instanceof Callback.PayByCard card) {
            chat.answer(query.getId(), null, false);
            payByCard(user, language, chatId, messageId, card.plan());
            return;
        }
        if (callback instanceof Callback.ReviewReceipt review) {
            reviewReceipt(query, user, language, chatId, messageId, review);
            return;
        }
        if (callback instanceof Callback.PayFromWallet wallet) {
            chat.answer(query.getId(), null, false);
            payFromWallet(user, language, chatId, messageId, wallet.currency(), wallet.plan());
            return;
        }
        switch (((Callback.Simple) callback).action()) {
            case BUY -> {
                chat.answer(query.getId(), null, false);
                List<Plan> plans = shop.plans().listOnSale();
                chat.edit(chatId, messageId, views.plansTitle(language, plans), views.plansMenu(language, plans));
            }
            case WALLET -> {
                chat.answer(query.getId(), null, false);
                ShowWalletUseCase.View wallet = shop.wallets().show(new ShowWalletUseCase.Command(user, 5));
                String link = "https://t.me/" + identity.username() + "?start=" + wallet.referralCode().startParameter();
                chat.edit(chatId, messageId, views.wallet(language, wallet.balances(), link, wallet.referredUsers()),
                        views.walletMenu(language));
            }
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
                List<AccessDetails> mine = subscriptions.list(new ListSubscriptionsUseCase.Command(user));
                chat.edit(chatId, messageId, views.subscriptions(language, mine, feeds.urlFor(user)),
                        views.subscriptionsMenu(language, mine));
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
            qrCards.send(chatId, language, access);
        } else if (result instanceof ClaimTrialUseCase.Refused refused) {
            chat.edit(chatId, messageId, views.trialRefused(language, refused.reason()), views.backToMenu(language));
        } else {
            chat.edit(chatId, messageId, views.text(language, "trial.pending"), views.backToMenu(language));
        }
    }

    private void showPlan(TelegramUserId user, Language language, long chatId, int messageId, PlanId id) {
        Optional<Plan> plan = shop.plans().listOnSale().stream().filter(p -> p.id().equals(id)).findFirst();
        if (plan.isEmpty()) {
            chat.edit(chatId, messageId, views.text(language, "order.refused.plan_unavailable"), views.backToMenu(language));
            return;
        }
        List<Money> balances = shop.wallets().show(new ShowWalletUseCase.Command(user, 0)).balances();
        InlineKeyboardMarkup pay = views.payMenu(language, plan.get(), balances, shop.card());
        String text = views.planDetails(language, plan.get());
        if (pay.getKeyboard().size() == 1) {
            text = text + "\n\n" + views.text(language, "plan.no_way_to_pay");
        }
        chat.edit(chatId, messageId, text, pay);
    }

    private void payWithStars(TelegramUserId user, Language language, long chatId, int messageId, PlanId plan) {
        PlaceOrderUseCase.Result placed = shop.orders().place(PlaceOrderUseCase.Command.purchase(user, plan, Currency.XTR, null, null));
        if (placed instanceof PlaceOrderUseCase.Refused refused) {
            chat.edit(chatId, messageId, views.text(language, orderRefusal(refused.reason())), views.backToMenu(language));
            return;
        }
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) placed;
        Plan details = shop.plans().listOnSale().stream().filter(p -> p.id().equals(plan)).findFirst().orElseThrow();
        String title = details.name().length() > 32 ? details.name().substring(0, 31) + "…" : details.name();
        chat.edit(chatId, messageId, views.text(language, "order.invoice_sent"), views.backToMenu(language));
        chat.starsInvoice(chatId, title, views.text(language, "invoice.description",
                        views.duration(language, details.terms().duration()), views.traffic(language, details.terms().traffic())),
                order.order().toString(), title, order.total().minorUnits());
    }

    private void payFromWallet(TelegramUserId user, Language language, long chatId, int messageId, Currency currency, PlanId plan) {
        PlaceOrderUseCase.Result placed = shop.orders().place(PlaceOrderUseCase.Command.purchase(user, plan, currency, null, null));
        if (placed instanceof PlaceOrderUseCase.Refused refused) {
            chat.edit(chatId, messageId, views.text(language, orderRefusal(refused.reason())), views.backToMenu(language));
            return;
        }
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) placed;
        PayFromWalletUseCase.Result paid = shop.walletPayments().pay(new PayFromWalletUseCase.Command(user, order.order()));
        if (paid instanceof PayFromWalletUseCase.Paid) {
            chat.edit(chatId, messageId, views.text(language, "wallet.paid", views.money(language, order.total())),
                    views.backToMenu(language));
            return;
        }
        PayFromWalletUseCase.Reason reason = ((PayFromWalletUseCase.Refused) paid).reason();
        String key = switch (reason) {
            case INSUFFICIENT_BALANCE -> "wallet.refused.insufficient_balance";
            case UNKNOWN_ORDER, NOT_PAYABLE, ALREADY_PAID -> "wallet.refused.other";
        };
        chat.edit(chatId, messageId, views.text(language, key), views.backToMenu(language));
    }

    private void topUpWithStars(TelegramUserId user, Language language, long chatId, int messageId, int stars) {
        PlaceOrderUseCase.Result placed = shop.orders().place(PlaceOrderUseCase.Command.topUp(user, Money.of(stars, Currency.XTR)));
        if (placed instanceof PlaceOrderUseCase.Refused refused) {
            chat.edit(chatId, messageId, views.text(language, orderRefusal(refused.reason())), views.backToMenu(language));
            return;
        }
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) placed;
        String title = views.text(language, "invoice.top_up_title");
        chat.edit(chatId, messageId, views.text(language, "order.invoice_sent"), views.backToMenu(language));
        chat.starsInvoice(chatId, title, views.text(language, "invoice.top_up_description", Integer.toString(stars)),
                order.order().toString(), title, order.total().minorUnits());
    }

    private void changeAutoRenew(TelegramUserId user, Language language, long chatId, int messageId,
                                 Callback.ChangeAutoRenew change) {
        ChangeAutoRenewUseCase.Result result = shop.autoRenew().change(
                new ChangeAutoRenewUseCase.Command(user, change.subscription(), change.enabled()));
        if (result instanceof ChangeAutoRenewUseCase.Changed changed) {
            chat.edit(chatId, messageId, views.text(language, changed.enabled() ? "auto_renew.on" : "auto_renew.off"),
                    changed.enabled() ? views.autoRenewOff(language, change.subscription()) : views.backToMenu(language));
            return;
        }
        String key = switch (((ChangeAutoRenewUseCase.Refused) result).reason()) {
            case UNKNOWN_SUBSCRIPTION -> "button.invalid";
            case NOT_RENEWABLE -> "auto_renew.not_renewable";
        };
        chat.edit(chatId, messageId, views.text(language, key), views.backToMenu(language));
    }

    private void payByCard(TelegramUserId user, Language language, long chatId, int messageId, PlanId plan) {
        if (shop.card().isEmpty()) {
            chat.edit(chatId, messageId, views.text(language, "order.refused.currency"), views.backToMenu(language));
            return;
        }
        CardTransfer card = shop.card().get();
        PlaceOrderUseCase.Result placed = shop.orders().place(PlaceOrderUseCase.Command.purchase(user, plan, card.currency(), null, null));
        if (placed instanceof PlaceOrderUseCase.Refused refused) {
            chat.edit(chatId, messageId, views.text(language, orderRefusal(refused.reason())), views.backToMenu(language));
            return;
        }
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) placed;
        awaitingReceipt.put(user.value(), order.order());
        chat.edit(chatId, messageId, views.text(language, "card.instructions", views.money(language, order.total()),
                Views.escape(card.number()), Views.escape(card.holder()), Views.shortId(order.order())), views.backToMenu(language));
    }

    /** The largest size of the photo is the receipt; its file_unique_id makes a resubmitted photo a duplicate. */
    private void onReceiptPhoto(Message message, User from, Language language) {
        long chatId = message.getChatId();
        OrderId order = awaitingReceipt.get(from.getId());
        if (order == null) {
            chat.send(chatId, views.text(language, "receipt.no_order"), views.mainMenu(language));
            return;
        }
        PhotoSize largest = message.getPhoto().stream()
                .max(java.util.Comparator.comparing(size -> size.getFileSize() == null ? 0 : size.getFileSize())).orElseThrow();
        SubmitReceiptUseCase.Result result = shop.receipts().submit(new SubmitReceiptUseCase.Command(new TelegramUserId(from.getId()),
                order, largest.getFileId(), largest.getFileUniqueId()));
        if (result instanceof SubmitReceiptUseCase.Submitted) {
            awaitingReceipt.remove(from.getId(), order);
            chat.send(chatId, views.text(language, "receipt.received"), views.backToMenu(language));
            return;
        }
        String key = switch (((SubmitReceiptUseCase.Refused) result).reason()) {
            case DUPLICATE_RECEIPT -> "receipt.duplicate";
            case UNKNOWN_ORDER, NOT_PAYABLE -> "receipt.not_payable";
        };
        chat.send(chatId, views.text(language, key), views.backToMenu(language));
    }

    /** Anyone can press a forged review button; the use case decides, and a refusal changes nothing. */
    private void reviewReceipt(CallbackQuery query, TelegramUserId admin, Language language, long chatId, int messageId,
                               Callback.ReviewReceipt review) {
        ReviewReceiptUseCase.Result result = shop.reviews().review(new ReviewReceiptUseCase.Command(admin, review.payment(),
                review.approve() ? ReviewReceiptUseCase.Decision.APPROVE : ReviewReceiptUseCase.Decision.REJECT));
        if (result instanceof ReviewReceiptUseCase.Refused refused) {
            String key = switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case ALREADY_DECIDED -> "admin.review.decided";
                case UNKNOWN_PAYMENT -> "admin.review.unknown";
            };
            chat.answer(query.getId(), views.text(language, key), true);
            return;
        }
        chat.answer(query.getId(), null, false);
        String who = query.getFrom().getFirstName() == null ? admin.toString() : query.getFrom().getFirstName();
        String verdict = views.text(language, result instanceof ReviewReceiptUseCase.Approved ? "admin.review.approved"
                : "admin.review.rejected", Views.escape(who));
        chat.send(chatId, verdict + " (" + Views.shortId(review.payment()) + ")", null);
    }

    /** Admins only: the last seven days; to everyone else the command does not exist. */
    private void showStatistics(TelegramUserId user, Language language, long chatId) {
        java.time.LocalDate today = java.time.LocalDate.now(statisticsZone);
        ShowSalesStatisticsUseCase.Result result = shop.statistics().show(new ShowSalesStatisticsUseCase.Command(user,
                today.minusDays(6), today, statisticsZone));
        if (!(result instanceof ShowSalesStatisticsUseCase.Statistics statistics)) {
            chat.send(chatId, views.text(language, "text.unknown"), views.mainMenu(language));
            return;
        }
        StringBuilder text = new StringBuilder("📊 <b>Sales, last 7 days</b>\n");
        for (ShowSalesStatisticsUseCase.DaySales day : statistics.days()) {
            text.append(day.day()).append(" · ").append(day.orders()).append(" orders · ")
                    .append(views.money(Language.EN, day.revenue())).append('\n');
        }
        text.append("\nRevenue: ").append(statistics.revenue().values().stream().map(m -> views.money(Language.EN, m))
                .collect(java.util.stream.Collectors.joining(", ")));
        text.append("\nRefunded: ").append(statistics.refunded().values().stream().map(m -> views.money(Language.EN, m))
                .collect(java.util.stream.Collectors.joining(", ")));
        text.append("\nActive subscriptions: ").append(statistics.activeSubscriptions());
        chat.send(chatId, text.toString(), null);
    }

    static String orderRefusal(PlaceOrderUseCase.Reason reason) {
        return switch (reason) {
            case UNKNOWN_PLAN, PLAN_NOT_ON_SALE -> "order.refused.plan_unavailable";
            case NOT_SOLD_IN_CURRENCY -> "order.refused.currency";
            case SERVER_NOT_IN_PLAN, NO_SERVER_AVAILABLE -> "order.refused.no_server";
            case UNKNOWN_SUBSCRIPTION, NOT_RENEWABLE, NOT_AN_UPGRADE, INVALID_AMOUNT -> "order.refused.invalid";
            case UNKNOWN_PROMO_CODE, PROMO_CODE_INACTIVE, PROMO_CODE_NOT_YET_VALID, PROMO_CODE_EXPIRED, PROMO_CODE_USED_UP,
                    PROMO_CODE_ALREADY_USED, PROMO_CODE_WRONG_CURRENCY -> "order.refused.promo";
        };
    }

    /**
     * Telegram asks before it takes the stars: the payload must be one of our order ids in XTR. The amount is checked
     * when the payment is confirmed, where money that does not fit the order goes to the wallet instead of being lost.
     */
    private void onPreCheckout(PreCheckoutQuery query) {
        Language language = register(query.getFrom());
        boolean ours = "XTR".equals(query.getCurrency()) && orderId(query.getInvoicePayload()).isPresent();
        chat.answerPreCheckout(query.getId(), ours, ours ? null : views.text(language, "precheckout.invalid"));
    }

    private void onSuccessfulPayment(Message message) {
        SuccessfulPayment payment = message.getSuccessfulPayment();
        Language language = register(message.getFrom());
        Optional<OrderId> order = orderId(payment.getInvoicePayload());
        Currency currency = "XTR".equals(payment.getCurrency()) ? Currency.XTR : null;
        TelegramUserId payer = new TelegramUserId(message.getFrom().getId());
        if (order.isEmpty() || currency == null) {
            unrecorded(message.getChatId(), language, payer, payment, "no order of ours in the payload");
            return;
        }
        ConfirmPaymentUseCase.Result result;
        try {
            result = shop.payments().confirm(new ConfirmPaymentUseCase.Command(order.get(), PaymentProvider.TELEGRAM_STARS,
                    payment.getTelegramPaymentChargeId(), Money.of(payment.getTotalAmount(), currency)));
        } catch (RuntimeException e) {
            // Telegram will not deliver this update again: the charge id must reach a person, whatever failed.
            LOG.error("payment {} for order {} could not be recorded", payment.getTelegramPaymentChargeId(), order.get(), e);
            unrecorded(message.getChatId(), language, payer, payment, e.getClass().getSimpleName());
            return;
        }
        if (result instanceof ConfirmPaymentUseCase.Refused refused) {
            unrecorded(message.getChatId(), language, payer, payment, "refused: " + refused.reason());
        }
        // Paid, AlreadyRecorded and CreditedToWallet are told to the user by the core's notices.
    }

    private void unrecorded(long chatId, Language language, TelegramUserId payer, SuccessfulPayment payment, String reason) {
        LOG.error("payment {} of {} {} by {} was not recorded ({}); the admins were alerted", payment.getTelegramPaymentChargeId(),
                payment.getTotalAmount(), payment.getCurrency(), payer, reason);
        try {
            admins.alert(new AdminAlert.PaymentNotRecorded(payer, PaymentProvider.TELEGRAM_STARS,
                    payment.getTelegramPaymentChargeId(), Money.of(payment.getTotalAmount(),
                            "XTR".equals(payment.getCurrency()) ? Currency.XTR : Currency.USD), reason));
        } finally {
            chat.send(chatId, views.text(language, "payment.unmatched"), views.backToMenu(language));
        }
    }

    private static Optional<OrderId> orderId(String payload) {
        try {
            return payload == null || payload.length() != 36 ? Optional.empty() : Optional.of(OrderId.parse(payload));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
