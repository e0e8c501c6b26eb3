package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.CancelBroadcastUseCase;
import dev.tollgate.application.port.in.DeliverBroadcastsUseCase;
import dev.tollgate.application.port.in.ListBroadcastsUseCase;
import dev.tollgate.application.port.in.PreviewBroadcastUseCase;
import dev.tollgate.application.port.in.StartBroadcastUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.BroadcastAudience;
import dev.tollgate.application.port.out.BroadcastSender;
import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.broadcast.CancelBroadcastService;
import dev.tollgate.application.service.broadcast.DeliverBroadcastsService;
import dev.tollgate.application.service.broadcast.ListBroadcastsService;
import dev.tollgate.application.service.broadcast.PreviewBroadcastService;
import dev.tollgate.application.service.broadcast.StartBroadcastService;
import java.time.Clock;
import java.time.Duration;

/**
 * Broadcasts (installed with the bot, whose sender they need): compose, preview, start, cancel, list, and the
 * delivery step the broadcasts job runs. An instance holds a broadcast for {@link #LEASE} after each step, so another
 * instance takes over within that time when it dies.
 */
public final class BroadcastsModule extends AbstractModule {

    public static final Duration LEASE = Duration.ofMinutes(1);

    private final Clock clock;

    public BroadcastsModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    PreviewBroadcastUseCase previewBroadcast(AdminDirectory staff, BroadcastAudience audience, BroadcastSender sender) {
        return new PreviewBroadcastService(staff, audience, sender);
    }

    @Provides
    @Singleton
    StartBroadcastUseCase startBroadcast(AdminDirectory staff, BroadcastAudience audience, Broadcasts broadcasts,
                                         AuditLog audit, TransactionRunner transactions) {
        return new StartBroadcastService(staff, audience, broadcasts, audit, transactions, clock);
    }

    @Provides
    @Singleton
    CancelBroadcastUseCase cancelBroadcast(AdminDirectory staff, Broadcasts broadcasts, AuditLog audit,
                                           TransactionRunner transactions) {
        return new CancelBroadcastService(staff, broadcasts, audit, transactions, clock);
    }

    @Provides
    @Singleton
    ListBroadcastsUseCase listBroadcasts(AdminDirectory staff, Broadcasts broadcasts) {
        return new ListBroadcastsService(staff, broadcasts);
    }

    @Provides
    @Singleton
    DeliverBroadcastsUseCase deliverBroadcasts(Broadcasts broadcasts, BroadcastSender sender) {
        return new DeliverBroadcastsService(broadcasts, sender, LEASE, clock);
    }
}
