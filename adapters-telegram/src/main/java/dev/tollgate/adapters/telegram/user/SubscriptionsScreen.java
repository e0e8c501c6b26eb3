package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.List;

/**
 * The user's subscriptions, a few per page so a long list never passes Telegram's 4,096 characters: status, expiry,
 * quota and link of each, the one subscription URL, and an auto-renewal switch for each paid one.
 */
public final class SubscriptionsScreen implements Screen {

    static final int PAGE = 4;

    private final Ui ui;
    private final ListSubscriptionsUseCase subscriptions;
    private final SubscriptionFeedUseCase feeds;

    public SubscriptionsScreen(Ui ui, ListSubscriptionsUseCase subscriptions, SubscriptionFeedUseCase feeds) {
        this.ui = ui;
        this.subscriptions = subscriptions;
        this.feeds = feeds;
    }

    @Override
    public String id() {
        return "subs";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        List<AccessDetails> mine = subscriptions.list(new ListSubscriptionsUseCase.Command(session.user()));
        if (mine.isEmpty()) {
            return Reply.edit(ui.t(language, "subscriptions.none"), ui.backToMenu(language));
        }
        int pages = (mine.size() + PAGE - 1) / PAGE;
        int page = Paging.page(data, 0, pages);
        List<AccessDetails> shown = mine.subList(page * PAGE, Math.min(mine.size(), (page + 1) * PAGE));
        StringBuilder text = new StringBuilder(ui.t(language, "subscriptions.title"));
        if (pages > 1) {
            text.append(' ').append(ui.t(language, "page.of", ui.formats().number(language, page + 1),
                    ui.formats().number(language, pages)));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        for (AccessDetails access : shown) {
            String link = access.status() == SubscriptionStatus.ACTIVE ? Texts.code(access.shareLink()) : "";
            text.append("\n\n").append(ui.t(language, "subscriptions.item", Texts.escape(access.serverName()),
                    ui.formats().status(language, access.status()), ui.formats().expiry(language, access),
                    ui.formats().traffic(language, access.quota()), link));
            if (access.kind() == SubscriptionKind.PAID && access.status() != SubscriptionStatus.REVOKED) {
                keyboard.row(Button.tap(Texts.truncate(ui.t(language, "button.auto_renew_on", access.serverName()), 60),
                        CallbackData.of("ar", "on", access.subscription().value())));
            }
        }
        feeds.urlFor(session.user()).ifPresent(url ->
                text.append("\n\n").append(ui.t(language, "subscriptions.feed", Texts.code(url))));
        keyboard.row(Paging.buttons(ui, language, id(), page, pages));
        keyboard.row(ui.menuButton(language));
        return Reply.edit(text.toString(), keyboard.build());
    }
}
