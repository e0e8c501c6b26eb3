package dev.tollgate.adapters.sui;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.tollgate.adapters.threexui.ThreeXuiModule;
import dev.tollgate.application.port.out.PanelGatewayFactory;

/**
 * The HTTP panel family: contributes the S-UI gateway factory (kind {@code s-ui}) and installs the 3x-UI module
 * (kind {@code 3x-ui}). Binds nothing else and starts nothing; gateways open their HTTP clients when opened.
 */
public final class SuiModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new ThreeXuiModule());
        bind(SuiGatewayFactory.class);
        Multibinder.newSetBinder(binder(), PanelGatewayFactory.class).addBinding().to(SuiGatewayFactory.class);
    }

    /** Equal to any other instance, so installing it twice (directly and through another module) is harmless. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SuiModule;
    }

    @Override
    public int hashCode() {
        return SuiModule.class.hashCode();
    }
}
