package dev.tollgate.bootstrap;

import dev.tollgate.adapters.xray.testing.V2RayServer;
import java.util.HashMap;
import java.util.Map;

/** The TOLLGATE_* variables the app tests start with: a test database, and a real V2Ray core as the first server. */
final class TestEnvironment {

    private TestEnvironment() {
    }

    /** The database, its secret key and an HTTP front on a free port; the rest is the test's to add. */
    static Map<String, String> on(TestDatabase db) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_DB_URL", db.url);
        environment.put("TOLLGATE_DB_USER", db.user);
        environment.put("TOLLGATE_DB_PASSWORD", db.password.value());
        environment.put("TOLLGATE_SECRET_KEY", TestDatabase.TEST_KEY.value());
        environment.put("TOLLGATE_HTTP_PORT", "0");
        return environment;
    }

    /** The core as server 0 ({@code id}, VLESS on its inbound, users connecting to it on loopback). */
    static Map<String, String> withCore(Map<String, String> environment, String id, V2RayServer core) {
        environment.put("TOLLGATE_SERVERS_0_ID", id);
        environment.put("TOLLGATE_SERVERS_0_KIND", "v2ray");
        environment.put("TOLLGATE_SERVERS_0_PROTOCOL", "vless");
        environment.put("TOLLGATE_SERVERS_0_ADDRESS", core.apiAddress());
        environment.put("TOLLGATE_SERVERS_0_INBOUND", core.inboundTag());
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_HOST", "127.0.0.1");
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_PORT", Integer.toString(core.inboundPort()));
        return environment;
    }
}
