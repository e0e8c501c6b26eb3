package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Optional;

/**
 * The recorded health of every panel, shared by all instances: the check job writes it, {@code /health}, metrics
 * and the bot read it, and only reconciliation takes the restart signal, so no reader can hide a core restart.
 */
public interface PanelStatuses {

    /**
     * Stores a check's outcome for its server. A restart signal already recorded stays set until
     * {@link #takeRestart(ServerId)} takes it, whatever later checks say.
     */
    void record(PanelStatus status);

    /** The last status of every server that has been checked, by server id. */
    List<PanelStatus> all();

    Optional<PanelStatus> find(ServerId server);

    /** Clears the server's restart signal and answers whether it was set; of two concurrent callers only one gets true. */
    boolean takeRestart(ServerId server);
}
