package dev.tollgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path directory;

    @Test
    void load_withNothingSet_usesTheEmbeddedDefaultsAndRunsWithoutABot() {
        Settings settings = new ConfigLoader().load(Map.of());
        assertThat(settings.botEnabled()).isFalse();
        assertThat(settings.botApiUrl().toString()).isEqualTo("https://api.telegram.org");
        assertThat(settings.databaseUrl()).startsWith("jdbc:h2:file:./data/");
        assertThat(settings.trial().duration()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.trial().traffic()).isEqualTo(DataSize.ofGibibytes(1));
        assertThat(settings.servers()).isEmpty();
        assertThat(settings.jobs().backup()).as("the scheduled backup is off by default").isEmpty();
    }

    @Test
    void load_aBackupIntervalWithoutBotOrAdmins_isRefusedAndWithBothIsOn() {
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of("TOLLGATE_JOBS_BACKUP_INTERVAL", "PT24H")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("TOLLGATE_JOBS_BACKUP_INTERVAL").hasMessageContaining("TOLLGATE_BOT_ADMIN_IDS");
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of("TOLLGATE_JOBS_BACKUP_INTERVAL", "PT10S",
                "TOLLGATE_BOT_TOKEN", "1:t", "TOLLGATE_ADMIN_IDS", "7")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("at least PT1M");
        Settings settings = new ConfigLoader().load(Map.of("TOLLGATE_JOBS_BACKUP_INTERVAL", "PT24H",
                "TOLLGATE_BOT_TOKEN", "1:t", "TOLLGATE_ADMIN_IDS", "7"));
        assertThat(settings.jobs().backup()).contains(Duration.ofHours(24));
    }

    @Test
    void load_environmentOverridesTheFile() throws Exception {
        Path file = directory.resolve("tollgate.yml");
        Files.writeString(file, """
                bot:
                  token: from-file
                  adminIds: [11, 22]
                trial:
                  duration: 12h
                  traffic: 500MB
                servers:
                  - id: de-1
                    kind: 3x-ui
                    name: Germany
                    protocol: vless
                    address: https://panel.example.com:2053/secret/
                    inbound: "3"
                    username: admin
                    password: from-file
                    publicHost: de.example.com
                    publicPort: 443
                    link: {security: tls, sni: de.example.com}
                """);
        Settings settings = new ConfigLoader().load(Map.ofEntries(
                Map.entry("TOLLGATE_CONFIG", file.toString()),
                Map.entry("TOLLGATE_BOT_TOKEN", "from-env"),
                Map.entry("TOLLGATE_TRIAL_TRAFFIC", "2GB"),
                Map.entry("TOLLGATE_SERVERS_0_PASSWORD", "from-env-secret"),
                Map.entry("TOLLGATE_SERVERS_0_LINK_HEADER_TYPE", "none"),
                Map.entry("TOLLGATE_SERVERS_1_ID", "core-1"),
                Map.entry("TOLLGATE_SERVERS_1_KIND", "xray"),
                Map.entry("TOLLGATE_SERVERS_1_PROTOCOL", "trojan"),
                Map.entry("TOLLGATE_SERVERS_1_ADDRESS", "127.0.0.1:10085"),
                Map.entry("TOLLGATE_SERVERS_1_INBOUND", "trojan-in"),
                Map.entry("TOLLGATE_SERVERS_1_PUBLIC_HOST", "core.example.com"),
                Map.entry("TOLLGATE_SERVERS_1_PUBLIC_PORT", "8443")));

        assertThat(settings.botToken().value()).isEqualTo("from-env");
        assertThat(settings.adminIds()).containsExactlyInAnyOrder(11L, 22L);
        assertThat(settings.trial().duration()).isEqualTo(Duration.ofHours(12));
        assertThat(settings.trial().traffic()).isEqualTo(DataSize.ofGibibytes(2));
        ServerSettings panel = settings.servers().get(0);
        assertThat(panel.id()).isEqualTo(new ServerId("de-1"));
        assertThat(panel.connection().password().value()).isEqualTo("from-env-secret");
        assertThat(panel.connection().password().toString()).doesNotContain("secret");
        assertThat(panel.endpoint().linkParameters()).containsEntry("sni", "de.example.com").containsEntry("headerType", "none");
        ServerSettings core = settings.servers().get(1);
        assertThat(core.protocol()).isEqualTo(Protocol.TROJAN);
        assertThat(core.endpoint().port()).isEqualTo(8443);
    }

    @Test
    void load_serverCapacity_defaultsToUnlimitedAndOpen_andTakesTheVariables() {
        Map<String, String> core = Map.of("TOLLGATE_SERVERS_0_ID", "core-1", "TOLLGATE_SERVERS_0_KIND", "xray",
                "TOLLGATE_SERVERS_0_PROTOCOL", "vless", "TOLLGATE_SERVERS_0_ADDRESS", "127.0.0.1:10085",
                "TOLLGATE_SERVERS_0_INBOUND", "in", "TOLLGATE_SERVERS_0_PUBLIC_HOST", "core.example.com",
                "TOLLGATE_SERVERS_0_PUBLIC_PORT", "443");
        ServerSettings open = new ConfigLoader().load(core).servers().get(0);
        assertThat(open.maxClients()).isZero();
        assertThat(open.salesOpen()).isTrue();

        Map<String, String> limited = new java.util.HashMap<>(core);
        limited.put("TOLLGATE_SERVERS_0_MAX_CLIENTS", "300");
        limited.put("TOLLGATE_SERVERS_0_SALES_OPEN", "false");
        ServerSettings closed = new ConfigLoader().load(limited).servers().get(0);
        assertThat(closed.maxClients()).isEqualTo(300);
        assertThat(closed.salesOpen()).isFalse();

        limited.put("TOLLGATE_SERVERS_0_MAX_CLIENTS", "-1");
        assertThatThrownBy(() -> new ConfigLoader().load(limited)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("servers[0]: maxClients must be 0 (unlimited) or more");
    }

    @Test
    void load_aPlanWithAllLocations_takesTheFlagFromItsVariable_offByDefault() {
        Map<String, String> env = new java.util.HashMap<>(Map.of("TOLLGATE_SERVERS_0_ID", "core-1",
                "TOLLGATE_SERVERS_0_KIND", "xray", "TOLLGATE_SERVERS_0_PROTOCOL", "vless",
                "TOLLGATE_SERVERS_0_ADDRESS", "127.0.0.1:10085", "TOLLGATE_SERVERS_0_INBOUND", "in",
                "TOLLGATE_SERVERS_0_PUBLIC_HOST", "core.example.com", "TOLLGATE_SERVERS_0_PUBLIC_PORT", "443",
                "TOLLGATE_PLANS_0_ID", "month", "TOLLGATE_PLANS_0_DURATION", "30d", "TOLLGATE_PLANS_0_PRICE_XTR", "250"));
        env.put("TOLLGATE_PLANS_0_SERVERS", "core-1");
        assertThat(new ConfigLoader().load(env).plans().get(0).allLocations()).isFalse();
        env.put("TOLLGATE_PLANS_0_ALL_LOCATIONS", "true");
        assertThat(new ConfigLoader().load(env).plans().get(0).allLocations()).isTrue();
    }

    @Test
    void load_withBadValues_listsEveryProblemWithTheVariableToFix() {
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of(
                "TOLLGATE_TRIAL_DURATION", "forever",
                "TOLLGATE_TRIAL_TRAFFIC", "lots",
                "TOLLGATE_HTTP_PORT", "99999",
                "TOLLGATE_SERVERS_0_ID", "Bad Id!",
                "TOLLGATE_TIME_ZONE", "Mars/Olympus")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("TOLLGATE_TRIAL_DURATION")
                .hasMessageContaining("TOLLGATE_TRIAL_TRAFFIC")
                .hasMessageContaining("TOLLGATE_HTTP_PORT")
                .hasMessageContaining("TOLLGATE_DISPLAY_TIME_ZONE")
                .hasMessageContaining("servers[0]");
    }

    @Test
    void load_withAnUnknownKeyInTheFile_failsInsteadOfIgnoringATypo() throws Exception {
        Path file = directory.resolve("typo.yml");
        Files.writeString(file, "trial:\n  durration: 2d\n");
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of("TOLLGATE_CONFIG", file.toString())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("durration");
    }

    @Test
    void load_anOlderAndADerivedNameWithDifferentValues_isRefusedNamingBothButNotTheValues() {
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of(
                "TOLLGATE_BOT_TOKEN", "1:t", "TOLLGATE_ADMIN_IDS", "7", "TOLLGATE_BOT_ADMIN_IDS", "8")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("TOLLGATE_ADMIN_IDS").hasMessageContaining("TOLLGATE_BOT_ADMIN_IDS")
                .hasMessageNotContaining("7").hasMessageNotContaining("8");
        Settings same = new ConfigLoader().load(Map.of(
                "TOLLGATE_BOT_TOKEN", "1:t", "TOLLGATE_ADMIN_IDS", "7", "TOLLGATE_BOT_ADMIN_IDS", "7"));
        assertThat(same.adminIds()).containsExactly(7L);
    }

    @Test
    void size_countsGigabytesAsThePanelsDo() {
        assertThat(Values.size("1GB")).isEqualTo(DataSize.ofBytes(1_073_741_824L));
        assertThat(Values.size("1.5 GiB")).isEqualTo(DataSize.ofBytes(1_610_612_736L));
        assertThat(Values.size("500MB")).isEqualTo(DataSize.ofMebibytes(500));
    }

    @Test
    void load_theExampleConfigurationOfTheReadme_isValid() {
        Path example = Path.of("..", "config", "tollgate.example.yml");
        assertThat(example).exists();
        Settings settings = new ConfigLoader().load(Map.of("TOLLGATE_CONFIG", example.toString()));
        assertThat(settings.servers()).extracting(server -> server.id().value()).containsExactly("de-1", "nl-1");
        assertThat(settings.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.id().value()).isEqualTo("month");
            assertThat(plan.terms().traffic()).isEqualTo(DataSize.ofGibibytes(50));
            assertThat(plan.prices()).hasSize(2);
        });
    }

    @Test
    void load_aPlanWithATooPrecisePriceOrNoServer_isRefusedWithTheVariableToFix() {
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of(
                "TOLLGATE_PLANS_0_ID", "month", "TOLLGATE_PLANS_0_DURATION", "30d",
                "TOLLGATE_PLANS_0_PRICE_USD", "4.999", "TOLLGATE_PLANS_0_SERVERS", "de-1",
                "TOLLGATE_PLANS_1_ID", "week", "TOLLGATE_PLANS_1_DURATION", "7d", "TOLLGATE_PLANS_1_PRICE_XTR", "50")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("plans[0]").hasMessageContaining("at most 2 decimals")
                .hasMessageContaining("plans[1]").hasMessageContaining("at least one server or group");
    }

    @Test
    void load_aServerWithoutInboundOrSs2022OnV2RayOrAPlanOnAnUnknownServer_isRefused() {
        assertThatThrownBy(() -> new ConfigLoader().load(Map.ofEntries(
                Map.entry("TOLLGATE_SERVERS_0_ID", "de-1"), Map.entry("TOLLGATE_SERVERS_0_KIND", "xray"),
                Map.entry("TOLLGATE_SERVERS_0_PROTOCOL", "vless"), Map.entry("TOLLGATE_SERVERS_0_ADDRESS", "127.0.0.1:10085"),
                Map.entry("TOLLGATE_SERVERS_0_PUBLIC_HOST", "de.example.com"), Map.entry("TOLLGATE_SERVERS_0_PUBLIC_PORT", "443"),
                Map.entry("TOLLGATE_SERVERS_1_ID", "nl-1"), Map.entry("TOLLGATE_SERVERS_1_KIND", "v2ray"),
                Map.entry("TOLLGATE_SERVERS_1_PROTOCOL", "shadowsocks_2022"), Map.entry("TOLLGATE_SERVERS_1_ADDRESS", "127.0.0.1:10086"),
                Map.entry("TOLLGATE_SERVERS_1_INBOUND", "ss-in"),
                Map.entry("TOLLGATE_SERVERS_1_PUBLIC_HOST", "nl.example.com"), Map.entry("TOLLGATE_SERVERS_1_PUBLIC_PORT", "443"),
                Map.entry("TOLLGATE_PLANS_0_ID", "month"), Map.entry("TOLLGATE_PLANS_0_DURATION", "30d"),
                Map.entry("TOLLGATE_PLANS_0_PRICE_XTR", "250"), Map.entry("TOLLGATE_PLANS_0_SERVERS", "fr-1"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("servers[0]: inbound is required")
                .hasMessageContaining("servers[1]: shadowsocks_2022 needs an Xray core")
                .hasMessageContaining("month names the server fr-1, which is not among the servers");
    }
}
