package dev.tollgate.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PanelConnectionTest {

    @Test
    void masked_hidesAPanelsWebBasePathButKeepsSchemeHostAndPort() {
        assertThat(PanelConnection.masked("https://panel.example.com:2053/Xk29sQ/")).isEqualTo("https://panel.example.com:2053/***/");
        assertThat(PanelConnection.masked("http://10.0.0.5:54321/")).isEqualTo("http://10.0.0.5:54321/");
        assertThat(PanelConnection.masked("https://panel.example.com")).isEqualTo("https://panel.example.com/");
    }

    @Test
    void masked_showsACoresHostAndPortAsItIsAndNeverEchoesAnUnparsableUrl() {
        assertThat(PanelConnection.masked("127.0.0.1:10085")).isEqualTo("127.0.0.1:10085");
        assertThat(PanelConnection.masked("https://pa nel/secret-path/")).isEqualTo("(unparsable URL)");
    }
}
