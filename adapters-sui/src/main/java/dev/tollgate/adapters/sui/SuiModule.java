package dev.tollgate.adapters.sui;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.tollgate.adapters.panelhttp.PanelFamily;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;

/**
 * The S-UI family (server kind {@code s-ui}), contributed to the shared HTTP panel gateway factory; installed by
 * {@code HttpPanelsModule}. Binds nothing else and starts nothing; gateways open their HTTP clients when opened.
 */
public final class SuiModule extends AbstractModule {

    static final String KIND = "s-ui";

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, PanelFamily.class).addBinding(KIND).toInstance(new PanelFamily() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public String displayName() {
                return "S-UI";
            }

            @Override
            public PanelGateway open(PanelConnection connection) {
                return new SuiPanelGateway(connection);
            }
        });
    }

    /** Equal to any other instance, so installing it twice is harmless. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SuiModule;
    }

    @Override
    public int hashCode() {
        return SuiModule.class.hashCode();
    }
}
