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

    /** Equal to any other instance, so installing it twice (directly and through another module) is harmless. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ThreeXuiModule;
    }

    @Override
    public int hashCode() {
        return ThreeXuiModule.class.hashCode();
    }
}
