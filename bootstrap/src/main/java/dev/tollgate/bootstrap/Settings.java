package dev.tollgate.bootstrap;

import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.trial.TrialTerms;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The validated, typed configuration the application is built from. */
record Settings(Secret botToken, URI botApiUrl, Set<Long> adminIds,
                String databaseUrl, String databaseUser, Secret databasePassword, int databasePoolSize,
                Secret secretKey, java.nio.file.Path secretKeyFile,
                TrialTerms trial, Optional<ServerId> trialServer, ZoneId displayZone,
                String httpHost, int httpPort, String publicUrl, Duration pendingRetryInterval, Duration reconcileInterval,
                List<ServerSettings> servers) {

    boolean botEnabled() {
        return !botToken.isEmpty();
    }
}
