package dev.tollgate.application.port.out;

import dev.tollgate.domain.shared.DataSize;
import java.util.Objects;

/** Bytes a client sent (uplink) and received (downlink), as the panel counts them. */
public record TrafficUsage(DataSize uplink, DataSize downlink) {

    public static final TrafficUsage NONE = new TrafficUsage(DataSize.ZERO, DataSize.ZERO);

    public TrafficUsage {
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(downlink, "downlink");
    }

    public DataSize total() {
        return uplink.plus(downlink);
    }
}
