package dev.tollgate.domain.server;

/** The proxy protocols Tollgate provisions clients for. */
public enum Protocol {
    VLESS, VMESS, TROJAN, SHADOWSOCKS_2022;

    /** Whether the client's secret is a UUID (VLESS, VMess) rather than a password or key. */
    public boolean usesUuid() {
        return this == VLESS || this == VMESS;
    }
}
