package dev.tollgate.bootstrap.http;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.CheckReadinessUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.LifecycleService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

/**
 * The HTTP front and the metrics registry. Adapters add webhook routes with
 * {@code Multibinder.newSetBinder(binder(), ReceiveWebhookUseCase.class).addBinding()...} and record their own
 * metrics by injecting {@link MeterRegistry}.
 */
public final class HttpModule extends AbstractModule {

    private final HttpSettings settings;
    private final ZoneId zone;

    public HttpModule(HttpSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ReceiveWebhookUseCase.class);
    }

    @Provides
    @Singleton
    PrometheusMeterRegistry prometheus() {
        return newRegistry();
    }

    /** A Prometheus registry with the JVM and process meters bound. */
    static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", "tollgate");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        return registry;
    }

    @Provides
    @Singleton
    MeterRegistry meterRegistry(PrometheusMeterRegistry registry) {
        return registry;
    }

    @Provides
    @Singleton
    HttpFront front(SubscriptionFeedUseCase feeds, CheckReadinessUseCase readiness, Set<ReceiveWebhookUseCase> webhooks,
                    PrometheusMeterRegistry registry, Clock clock) {
        return new HttpFront(settings, new FeedResponses(feeds, settings, clock, System::nanoTime), readiness, webhooks,
                registry, zone, clock);
    }

    @ProvidesIntoSet
    LifecycleService frontLifecycle(HttpFront front) {
        return front;
    }
}
