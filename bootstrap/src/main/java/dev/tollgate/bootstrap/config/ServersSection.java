package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.nullToEmpty;
import static dev.tollgate.bootstrap.config.Values.require;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code servers} list: each server's panel, protocol and public endpoint, and the groups it belongs to. */
final class ServersSection {

    /** The servers in the order configured, and each one's groups. */
    record Servers(List<ServerSettings> list, Map<ServerId, Set<String>> groups) {

        boolean has(ServerId id) {
            return groups.containsKey(id);
        }

        Set<String> declaredGroups() {
            Set<String> all = new HashSet<>();
            groups.values().forEach(all::addAll);
            return all;
        }
    }

    private ServersSection() {
    }

    static Servers parse(List<String> problems, List<TollgateConfig.Server> configured) {
        List<ServerSettings> servers = new ArrayList<>();
        Map<ServerId, Set<String>> groups = new HashMap<>();
        List<TollgateConfig.Server> entries = configured == null ? List.of() : configured;
        for (int i = 0; i < entries.size(); i++) {
            TollgateConfig.Server entry = entries.get(i);
            ServerSettings server = Values.parse(problems, "servers[" + i + "]", () -> server(entry));
            if (server != null && groups.containsKey(server.id())) {
                problems.add("servers[" + i + "]: the id " + server.id() + " is used twice");
            } else if (server != null) {
                servers.add(server);
                List<String> named = entry.groups() == null ? List.of() : entry.groups();
                groups.put(server.id(), named.stream().map(String::trim).filter(g -> !g.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
            }
        }
        return new Servers(List.copyOf(servers), Map.copyOf(groups));
    }

    private static int maxClients(Integer configured) {
        if (configured != null && configured < 0) {
            throw new IllegalArgumentException("maxClients must be 0 (unlimited) or more");
        }
        return configured == null ? 0 : configured;
    }

    private static ServerSettings server(TollgateConfig.Server s) {
        require(s.id(), "id");
        require(s.kind(), "kind");
        require(s.protocol(), "protocol");
        require(s.address(), "address");
        require(s.inbound(), "inbound");
        require(s.publicHost(), "publicHost");
        if (s.publicPort() == null) {
            throw new IllegalArgumentException("publicPort is required");
        }
        Protocol protocol;
        try {
            protocol = Protocol.valueOf(s.protocol().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("protocol must be one of vless, vmess, trojan, shadowsocks_2022");
        }
        if (protocol == Protocol.SHADOWSOCKS_2022 && "v2ray".equalsIgnoreCase(s.kind().trim())) {
            throw new IllegalArgumentException("shadowsocks_2022 needs an Xray core or a panel; V2Ray cores do not support it");
        }
        return new ServerSettings(new ServerId(s.id().trim()), s.kind().trim().toLowerCase(Locale.ROOT), s.name(), protocol,
                new PanelConnection(s.address().trim(), nullToEmpty(s.inbound()).trim(), s.username(),
                        new Secret(nullToEmpty(s.password())), new Secret(nullToEmpty(s.apiToken())), s.options()),
                new PublicEndpoint(s.publicHost().trim(), s.publicPort(), s.link()),
                maxClients(s.maxClients()), s.salesOpen() == null || s.salesOpen());
    }
}
