package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import java.util.List;

/** The plans on sale, one button each, paged when there are many. */
public final class PlansScreen implements Screen {

    static final int PAGE = 8;

    private final Ui ui;
    private final ListPlansUseCase plans;

    public PlansScreen(Ui ui, ListPlansUseCase plans) {
        this.ui = ui;
        this.plans = plans;
    }

    @Override
    public String id() {
        return "buy";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        List<Plan> onSale = plans.listOnSale();
        int pages = Math.max(1, (onSale.size() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Plan plan : onSale.subList(page * PAGE, Math.min(onSale.size(), (page + 1) * PAGE))) {
            keyboard.row(Button.tap(Texts.truncate(plan.name() + " · " + ui.formats().prices(language, plan), 60),
                    CallbackData.of("plan", plan.id().value())));
        }
        keyboard.row(Paging.buttons(ui, language, id(), page, pages));
        keyboard.row(ui.menuButton(language));
        return Reply.edit(ui.t(language, onSale.isEmpty() ? "plans.none" : "plans.title"), keyboard.build());
    }
}
