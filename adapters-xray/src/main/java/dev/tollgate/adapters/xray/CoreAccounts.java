package dev.tollgate.adapters.xray;

import com.google.protobuf.Message;
import dev.tollgate.adapters.xray.proto.protocol.SecurityConfig;
import dev.tollgate.adapters.xray.proto.protocol.SecurityType;
import dev.tollgate.adapters.xray.proto.protocol.User;
import dev.tollgate.adapters.xray.proto.proxyman.AddUserOperation;
import dev.tollgate.adapters.xray.proto.proxyman.RemoveUserOperation;
import dev.tollgate.adapters.xray.proto.serial.TypedMessage;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.domain.server.Protocol;

/** Turns our clients into the operations a core's AlterInbound understands, with this flavour's type strings. */
final class CoreAccounts {

    /** The policy level whose statsUserUplink/Downlink the server config enables; other levels get no counters. */
    static final int STATS_LEVEL = 0;

    private final CoreFlavour flavour;

    CoreAccounts(CoreFlavour flavour) {
        this.flavour = flavour;
    }

    /** Whether this flavour can hold API-added users of that protocol. */
    static boolean supports(CoreFlavour flavour, Protocol protocol) {
        // V2Ray 4.34 has no SS-2022 and its Shadowsocks inbound is single-user (no AddUser).
        return protocol != Protocol.SHADOWSOCKS_2022 || flavour == CoreFlavour.XRAY;
    }

    TypedMessage addUser(PanelClient client) {
        User user = User.newBuilder()
                .setLevel(STATS_LEVEL)
                .setEmail(client.email())
                .setAccount(typed(account(client)))
                .build();
        return typed(AddUserOperation.newBuilder().setUser(user).build());
    }

    TypedMessage removeUser(String email) {
        return typed(RemoveUserOperation.newBuilder().setEmail(email).build());
    }

    private Message account(PanelClient client) {
        return switch (client.protocol()) {
            // flow stays empty: V2Ray has no XTLS, and Vision needs TLS/REALITY that a plain inbound lacks;
            // encryption must stay empty for inbound users.
            case VLESS -> dev.tollgate.adapters.xray.proto.vless.Account.newBuilder().setId(client.secret()).build();
            // alter_id (V2Ray field 2) is 0, which proto3 does not serialise; Xray removed the field.
            case VMESS -> dev.tollgate.adapters.xray.proto.vmess.Account.newBuilder().setId(client.secret())
                    .setSecuritySettings(SecurityConfig.newBuilder().setType(SecurityType.AUTO)).build();
            case TROJAN -> dev.tollgate.adapters.xray.proto.trojan.Account.newBuilder()
                    .setPassword(client.secret()).build();
            case SHADOWSOCKS_2022 -> {
                if (!supports(flavour, Protocol.SHADOWSOCKS_2022)) {
                    throw new IllegalArgumentException("V2Ray cores have no Shadowsocks-2022 users");
                }
                yield dev.tollgate.adapters.xray.proto.shadowsocks2022.Account.newBuilder()
                        .setKey(client.secret()).build();
            }
        };
    }

    private TypedMessage typed(Message message) {
        return TypedMessage.newBuilder()
                .setType(flavour.typeName(message.getDescriptorForType()))
                .setValue(message.toByteString())
                .build();
    }
}
