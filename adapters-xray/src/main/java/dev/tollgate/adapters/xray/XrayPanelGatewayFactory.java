package dev.tollgate.adapters.xray;

import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.ServerSettings;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import jakarta.inject.Inject;
import java.util.Set;

/** Opens one gateway, with its own plaintext gRPC channel, per configured Xray or V2Ray core. */
final class XrayPanelGatewayFactory implements PanelGatewayFactory {

    @Inject
    XrayPanelGatewayFactory() {
    }

    @Override
    public Set<String> kinds() {
        return Set.of(CoreFlavour.XRAY.kind(), CoreFlavour.V2RAY.kind());
    }

    /** The channel connects lazily, at the first call, so opening never blocks; the gateway's close() shuts it down. */
    @Override
    public PanelGateway open(ServerSettings server) {
        CoreFlavour.ofKind(server.kind());
        CallPolicy policy = CallPolicy.from(server.connection());
        // The core's API listens on loopback or a private network without TLS (dokodemo-door or api.listen).
        // QueryStats of every user answers about 110 bytes per user; 64 MiB leaves room for ~500,000 users.
        ManagedChannel channel = ManagedChannelBuilder.forTarget(server.connection().address()).usePlaintext()
                .maxInboundMessageSize(64 * 1024 * 1024).build();
        try {
            return new XrayPanelGateway(server, channel, policy, System::nanoTime);
        } catch (RuntimeException e) {
            channel.shutdownNow();
            throw e;
        }
    }
}
