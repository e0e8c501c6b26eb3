package dev.tollgate.adapters.httppanels;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.tollgate.adapters.sui.SuiModule;
import dev.tollgate.adapters.threexui.ThreeXuiModule;
import dev.tollgate.application.port.out.PanelGatewayFactory;

/**
 * The HTTP panel adapters as siblings: installs the S-UI and 3x-UI family modules (kinds {@code s-ui} and
 * {@code 3x-ui}) and contributes the one gateway factory that serves both. Binds nothing else and starts nothing.
 */
public final class HttpPanelsModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new SuiModule());
        install(new ThreeXuiModule());
        bind(HttpPanelGatewayFactory.class);
        Multibinder.newSetBinder(binder(), PanelGatewayFactory.class).addBinding().to(HttpPanelGatewayFactory.class);
    }

    /** Equal to any other instance, so installing it twice is harmless. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HttpPanelsModule;
    }

    @Override
    public int hashCode() {
        return HttpPanelsModule.class.hashCode();
    }
}
