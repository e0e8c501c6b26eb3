package dev.tollgate.adapters.panelhttp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelHttpTest {

    @Test
    void failure_ofAPanelWithASecretBasePath_neverNamesThatPath() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PanelConnection connection = new PanelConnection("http://127.0.0.1:" + closedPort + "/Zq8s3cretBasePath/", "1",
                "admin", null, null, Map.of("connectTimeoutMillis", "500", "responseTimeoutMillis", "500",
                "retryAttempts", "1", "retryWaitMillis", "1"));
        try (PanelHttp http = new PanelHttp("3x-UI panel", PanelHttp.Settings.of(connection))) {
            assertThatThrownBy(() -> http.get("panel/api/inbounds/list", Map.of()))
                    .isInstanceOf(PanelUnavailableException.class)
                    .hasMessageContaining("<base>/panel/api/inbounds/list")
                    .hasMessageNotContaining("Zq8s3cretBasePath");
        }
    }
}
