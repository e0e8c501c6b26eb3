package dev.tollgate.bootstrap.operations;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.CheckReadinessUseCase;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ServerCatalog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/** Readiness and the app-side metrics that need outbound ports (the HTTP front itself only sees inbound ports). */
public final class HealthModule extends AbstractModule {

    private final boolean botEnabled;

    public HealthModule(boolean botEnabled) {
        this.botEnabled = botEnabled;
    }

    @Provides
    @Singleton
    PanelCheckLog panelCheckLog(PanelStatuses statuses, ServerCatalog servers) {
        return new PanelCheckLog(statuses, servers);
    }

    /** Registered with the injector (a singleton, built eagerly), read at each scrape. */
    @Provides
    @Singleton
    ShopGauges shopGauges(ShowOperationalFiguresUseCase figures, MeterRegistry registry) {
        return new ShopGauges(figures, registry, System::nanoTime);
    }

    @Provides
    @Singleton
    CheckReadinessUseCase readiness(CustomerRepository customers, PanelCheckLog panels, MeterRegistry registry) {
        // Both gauges of a scrape share one read of the recorded checks (and a database that is down is asked once).
        Sampled<CheckReadinessUseCase.PanelSummary> recorded =
                new Sampled<>(() -> panels.last().orElse(null), Duration.ofSeconds(5), System::nanoTime);
        Gauge.builder("tollgate.panels", recorded, r -> r.get().map(s -> (double) s.up()).orElse(Double.NaN))
                .tag("state", "up").description("servers whose panel answered the last check").register(registry);
        Gauge.builder("tollgate.panels", recorded, r -> r.get().map(s -> (double) s.down()).orElse(Double.NaN))
                .tag("state", "down").description("servers whose panel did not answer the last check").register(registry);
        return new ReadinessProbe(customers, panels, botEnabled, Duration.ofSeconds(2));
    }
}
