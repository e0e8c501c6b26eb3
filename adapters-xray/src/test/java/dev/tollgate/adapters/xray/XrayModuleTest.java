package dev.tollgate.adapters.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module alone, under the strict binder: it contributes the factory for both core kinds and needs nothing. */
class XrayModuleTest {

    @Test
    void module_builtAloneUnderTheStrictBinder_contributesTheXrayAndV2RayGatewayFactory() {
        Set<PanelGatewayFactory> factories = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().requireAtInjectOnConstructors();
                binder().disableCircularProxies();
                install(new XrayModule());
            }
        }).getInstance(Key.get(new TypeLiteral<Set<PanelGatewayFactory>>() { }));

        assertThat(factories).singleElement().satisfies(factory ->
                assertThat(factory.kinds()).containsExactlyInAnyOrder("xray", "v2ray"));
    }
}
