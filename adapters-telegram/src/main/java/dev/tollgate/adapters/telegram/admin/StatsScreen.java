package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** /stats for admins: the last seven days in the shop's time zone; to anyone else the command does not exist. */
public final class StatsScreen implements Screen {

    private final Ui ui;
    private final ShowSalesStatisticsUseCase statistics;

    public StatsScreen(Ui ui, ShowSalesStatisticsUseCase statistics) {
        this.ui = ui;
        this.statistics = statistics;
    }

    @Override
    public String id() {
        return "stats";
    }

    @Override
    public Set<String> commands() {
        return Set.of("stats");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Optional<String> text = statistics(session);
        Language l = session.language();
        return text.map(t -> Reply.send(t, null)).orElseGet(() -> Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l)));
    }

    /** From the back office's menu: the same figures in place of the menu, with a way back. */
    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        return statistics(session).map(t -> Reply.edit(t, Keyboard.builder()
                        .row(ui.button(l, "office.button.back", CallbackData.of("office"))).build()))
                .orElseGet(() -> Reply.alert(ui.t(l, "admin.not_allowed")));
    }

    private Optional<String> statistics(Session session) {
        Language l = session.language();
        LocalDate today = LocalDate.ofInstant(session.now(), ui.formats().zone());
        ShowSalesStatisticsUseCase.Result result = statistics.show(new ShowSalesStatisticsUseCase.Command(session.user(),
                today.minusDays(6), today, ui.formats().zone()));
        if (!(result instanceof ShowSalesStatisticsUseCase.Statistics stats)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(ui.t(l, "admin.stats.title")).append('\n');
        for (ShowSalesStatisticsUseCase.DaySales day : stats.days()) {
            text.append(ui.t(l, "admin.stats.day", day.day().toString(), day.orders(), ui.formats().money(l, day.revenue())))
                    .append('\n');
        }
        text.append('\n').append(ui.t(l, "admin.stats.revenue", amounts(l, stats.revenue().values())));
        text.append('\n').append(ui.t(l, "admin.stats.refunded", amounts(l, stats.refunded().values())));
        text.append('\n').append(ui.t(l, "admin.stats.active", ui.formats().number(l, stats.activeSubscriptions())));
        return Optional.of(text.toString());
    }

    private String amounts(Language language, Collection<Money> amounts) {
        String joined = amounts.stream().map(m -> ui.formats().money(language, m)).collect(Collectors.joining(", "));
        return joined.isEmpty() ? ui.t(language, "admin.stats.nothing") : joined;
    }
}
