package dev.tollgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTrafficPacksConfigTest {

    private static final String SERVER = """
            servers:
              - id: de-1
                kind: xray
                protocol: vless
                address: 127.0.0.1:10085
                inbound: vless-in
                publicHost: de.example.com
                publicPort: 443
            """;

    @TempDir
    Path directory;

    private Settings load(String plans) throws Exception {
        Path file = directory.resolve("tollgate.yml");
        Files.writeString(file, SERVER + plans);
        return new ConfigLoader().load(Map.of("TOLLGATE_CONFIG", file.toString()));
    }

    @Test
    void load_trafficPacksOfAPlan_areParsedInTheirOrderWithTheirPrices() throws Exception {
        Settings settings = load("""
                plans:
                  - id: month
                    duration: 30d
                    traffic: 50GB
                    prices: {XTR: 250}
                    servers: [de-1]
                    traffic-packs: [{gb: 50, prices: {USD: 2.00, XTR: 100}}, {gb: 0.5, prices: {XTR: 5}}]
                """);
        assertThat(settings.plans().get(0).trafficPacks()).containsExactly(
                new TrafficPack(DataSize.ofGibibytes(50), Map.of(Currency.USD, Money.of(200, Currency.USD),
                        Currency.XTR, Money.of(100, Currency.XTR))),
                new TrafficPack(DataSize.ofMebibytes(512), Map.of(Currency.XTR, Money.of(5, Currency.XTR))));
    }

    @Test
    void load_trafficPacksOnAnUnlimitedPlanTwiceTheSameOrWithoutPrice_areRefusedNamingThePlan() {
        assertThatThrownBy(() -> load("""
                plans:
                  - id: unlimited
                    duration: 30d
                    prices: {XTR: 250}
                    servers: [de-1]
                    trafficPacks: [{gb: 10, prices: {XTR: 10}}]
                  - id: twice
                    duration: 30d
                    traffic: 10GB
                    prices: {XTR: 250}
                    servers: [de-1]
                    trafficPacks: [{gb: 10, prices: {XTR: 10}}, {gb: 10, prices: {XTR: 20}}]
                  - id: free
                    duration: 30d
                    traffic: 10GB
                    prices: {XTR: 250}
                    servers: [de-1]
                    trafficPacks: [{gb: 10}]
                """)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("plans[0]").hasMessageContaining("unlimited")
                .hasMessageContaining("plans[1]").hasMessageContaining("same traffic")
                .hasMessageContaining("plans[2]").hasMessageContaining("trafficPacks[0]: prices are required");
    }

    @Test
    void load_theExampleConfiguration_sellsATrafficPackWithItsMonth() {
        Settings settings = new ConfigLoader().load(Map.of("TOLLGATE_CONFIG",
                Path.of("..", "config", "tollgate.example.yml").toString()));
        assertThat(settings.plans().get(0).trafficPacks()).extracting(TrafficPack::traffic)
                .containsExactly(DataSize.ofGibibytes(20));
    }
}
