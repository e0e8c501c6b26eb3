package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Charts;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Figures for admins (/stats or the back office): today, the last 7 or the last 30 days in the shop's time zone:
 * sales, orders by plan and provider, new users, trials and their conversion, subscriptions ending soon, failed
 * deliveries; and a PNG chart of the daily revenue per currency with the new users. To anyone else it does not exist.
 */
public final class StatsScreen implements Screen {

    private static final Set<Integer> PERIODS = Set.of(1, 7, 30);

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
        Language l = session.language();
        return load(session, 7).map(stats -> Reply.send(text(l, stats, 7), periods(l)))
                .orElseGet(() -> Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l)));
    }

    /** From the back office's menu and the period buttons: the figures in place of the tapped message. */
    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        boolean chart = data.arg(0).filter("c"::equals).isPresent();
        int days = data.arg(chart ? 1 : 0).filter(a -> a.matches("[0-9]{1,2}")).map(Integer::parseInt)
                .filter(PERIODS::contains).orElse(7);
        Optional<ShowSalesStatisticsUseCase.Statistics> stats = load(session, days);
        if (stats.isEmpty()) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        if (chart) {
            LocalDate today = LocalDate.ofInstant(session.now(), ui.formats().zone());
            return Reply.of(new Reply.Photo(chart(l, stats.get(), days, today), "sales-" + days + "d.png",
                    ui.t(l, "figures.chart_caption", days)));
        }
        return Reply.edit(text(l, stats.get(), days), periods(l));
    }

    private Optional<ShowSalesStatisticsUseCase.Statistics> load(Session session, int days) {
        LocalDate today = LocalDate.ofInstant(session.now(), ui.formats().zone());
        ShowSalesStatisticsUseCase.Result result = statistics.show(new ShowSalesStatisticsUseCase.Command(session.user(),
                today.minusDays(days - 1L), today, ui.formats().zone()));
        return result instanceof ShowSalesStatisticsUseCase.Statistics stats ? Optional.of(stats) : Optional.empty();
    }

    private String text(Language l, ShowSalesStatisticsUseCase.Statistics stats, int days) {
        StringBuilder text = new StringBuilder(days == 7 ? ui.t(l, "admin.stats.title")
                : ui.t(l, days == 1 ? "office.stats.title_today" : "office.stats.title_days", days)).append('\n');
        if (days <= 7) {
            for (ShowSalesStatisticsUseCase.DaySales day : stats.days()) {
                text.append(ui.t(l, "admin.stats.day", day.day().toString(), day.orders(),
                        ui.formats().money(l, day.revenue()))).append('\n');
            }
        } else {
            int orders = stats.days().stream().mapToInt(ShowSalesStatisticsUseCase.DaySales::orders).sum();
            text.append(ui.t(l, "office.stats.orders", orders)).append('\n');
        }
        text.append('\n').append(ui.t(l, "admin.stats.revenue", amounts(l, stats.revenue().values())));
        text.append('\n').append(ui.t(l, "admin.stats.refunded", amounts(l, stats.refunded().values())));
        var f = ui.formats();
        text.append("\n\n").append(ui.t(l, "figures.by_plan"));
        stats.byPlan().forEach(p -> text.append('\n').append(ui.t(l, "figures.line", Texts.escape(p.plan().value()),
                f.number(l, p.orders()), amounts(l, p.revenue().values()))));
        if (stats.byPlan().isEmpty()) {
            text.append('\n').append(ui.t(l, "figures.none"));
        }
        text.append('\n').append(ui.t(l, "figures.by_provider"));
        stats.byProvider().forEach(p -> text.append('\n').append(ui.t(l, "figures.line",
                ui.t(l, "figures.provider." + p.provider().name().toLowerCase(java.util.Locale.ROOT)),
                f.number(l, p.orders()), amounts(l, p.amount().values()))));
        if (stats.byProvider().isEmpty()) {
            text.append('\n').append(ui.t(l, "figures.none"));
        }
        var growth = stats.growth();
        text.append("\n\n").append(ui.t(l, "figures.growth", f.number(l, growth.newCustomerTotal()),
                f.number(l, growth.trials()), f.number(l, growth.trialsPaid()), f.number(l, growth.conversionPercent())));
        text.append('\n').append(ui.t(l, "figures.subscriptions", f.number(l, stats.activeSubscriptions()),
                f.number(l, stats.expiringSoon())));
        text.append('\n').append(ui.t(l, "figures.failed", f.number(l, stats.failedDeliveries())));
        return text.toString();
    }

    private byte[] chart(Language l, ShowSalesStatisticsUseCase.Statistics stats, int days, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            dates.add(day);
        }
        Set<Currency> currencies = new TreeSet<>(stats.days().stream().map(ShowSalesStatisticsUseCase.DaySales::currency)
                .filter(c -> c != null).toList());
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (Currency currency : currencies) {
            List<Double> values = new ArrayList<>();
            for (LocalDate date : dates) {
                values.add(stats.days().stream().filter(d -> d.day().equals(date) && currency == d.currency())
                        .map(d -> BigDecimal.valueOf(d.revenue().minorUnits()).movePointLeft(currency.fractionDigits())
                                .doubleValue()).findFirst().orElse(0.0));
            }
            series.put(currency == Currency.XTR ? "Stars (XTR)" : currency.name(), values);
        }
        if (series.isEmpty()) {
            series.put(ui.t(l, "admin.stats.nothing"), dates.stream().map(d -> 0.0).toList());
        }
        List<Integer> users = dates.stream().map(date -> stats.growth().newCustomers().stream()
                .filter(d -> d.day().equals(date)).mapToInt(ShowSalesStatisticsUseCase.DayCount::count).sum()).toList();
        return Charts.revenueAndUsers(ui.t(l, "office.stats.chart_title", days), ui.t(l, "office.stats.chart_axis"),
                ui.t(l, "figures.chart_users"), ui.t(l, "figures.chart_users"),
                dates.stream().map(d -> d.toString().substring(5)).toList(), series, users);
    }

    private Keyboard periods(Language l) {
        return Keyboard.builder()
                .row(ui.button(l, "office.stats.today", CallbackData.of(id(), 1)),
                        ui.button(l, "office.stats.week", CallbackData.of(id(), 7)),
                        ui.button(l, "office.stats.month", CallbackData.of(id(), 30)))
                .row(ui.button(l, "office.stats.chart7", CallbackData.of(id(), "c", 7)),
                        ui.button(l, "office.stats.chart30", CallbackData.of(id(), "c", 30)))
                .row(ui.button(l, "office.button.back", CallbackData.of("office")))
                .build();
    }

    private String amounts(Language language, Collection<Money> amounts) {
        String joined = amounts.stream().map(m -> ui.formats().money(language, m)).collect(Collectors.joining(", "));
        return joined.isEmpty() ? ui.t(language, "admin.stats.nothing") : joined;
    }
}
