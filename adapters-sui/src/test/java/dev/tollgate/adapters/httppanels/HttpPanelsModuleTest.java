package dev.tollgate.adapters.httppanels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.sui.SuiModule;
import dev.tollgate.adapters.threexui.ThreeXuiModule;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HttpPanelsModuleTest {

    private static Injector strictInjector(com.google.inject.Module... modules) {
        AbstractModule strict = new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
            }
        };
        com.google.inject.Module[] all = new com.google.inject.Module[modules.length + 1];
        all[0] = strict;
        System.arraycopy(modules, 0, all, 1, modules.length);
        return Guice.createInjector(Stage.PRODUCTION, all);
    }

    private static Set<PanelGatewayFactory> factories(Injector injector) {
        return injector.getInstance(Key.get(new TypeLiteral<Set<PanelGatewayFactory>>() { }));
    }

    private static ServerSettings server(String kind) {
        return new ServerSettings(new ServerId("de-1"), kind, "Germany", Protocol.VLESS,
                new PanelConnection("http://127.0.0.1:9/panel/", "1", "admin", null, null, Map.of()),
                new PublicEndpoint("vpn.example.com", 443, Map.of()));
    }

    @Test
    public void httpPanelsModule_underAStrictBinder_contributesOneFactoryForBothHttpPanelKinds() {
        Set<PanelGatewayFactory> factories = factories(strictInjector(new HttpPanelsModule()));
        Set<String> kinds = factories.stream().flatMap(factory -> factory.kinds().stream()).collect(Collectors.toSet());

        assertThat(factories).hasSize(1);
        assertThat(kinds).containsExactlyInAnyOrder("s-ui", "3x-ui");
    }

    @Test
    public void httpPanelsModule_installedNextToTheFamilyModules_contributesEachFamilyOnce() {
        assertThat(factories(strictInjector(new HttpPanelsModule(), new SuiModule(), new ThreeXuiModule())))
                .singleElement().satisfies(factory -> assertThat(factory.kinds()).hasSize(2));
    }

    @Test
    public void factory_opensAGatewayOfEachFamilyWithoutTouchingTheNetwork() {
        PanelGatewayFactory factory = factories(strictInjector(new HttpPanelsModule())).iterator().next();
        for (String kind : Set.of("s-ui", "3x-ui")) {
            try (PanelGateway gateway = factory.open(server(kind))) {
                assertThat(gateway.capabilities()).contains(dev.tollgate.application.port.out.PanelCapability.LISTS_USAGE);
                assertThat(gateway.getClass().getPackageName()).endsWith(kind.equals("s-ui") ? ".sui" : ".threexui");
            }
        }
        assertThatThrownBy(() -> factory.open(server("xray"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xray");
    }
}
