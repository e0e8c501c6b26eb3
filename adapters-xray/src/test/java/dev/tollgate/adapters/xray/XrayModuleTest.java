package dev.tollgate.adapters.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XrayModuleTest {

    @Test
    void install_underAStrictBinder_contributesOneFactoryForXrayAndV2ray() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                binder().requireAtInjectOnConstructors();
                install(new XrayModule());
            }
        });

        Set<PanelGatewayFactory> factories = injector.getInstance(Key.get(new TypeLiteral<Set<PanelGatewayFactory>>() { }));

        assertThat(factories).hasSize(1);
        assertThat(factories.stream().flatMap(f -> f.kinds().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("xray", "v2ray");
    }
}
