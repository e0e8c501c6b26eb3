package dev.tollgate.adapters.threexui;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.tollgate.application.port.out.PanelGatewayFactory;

/** Contributes the 3x-UI gateway factory (kind {@code 3x-ui}); binds nothing else and starts nothing. */
public final class ThreeXuiModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ThreeXuiGatewayFactory.class);
        Multibinder.newSetBinder(binder(), PanelGatewayFactory.class).addBinding().to(ThreeXuiGatewayFactory.class);
    }
}
