package dev.tollgate.adapters.xray;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.tollgate.application.port.out.PanelGatewayFactory;

/** Contributes the gateway factory for bare Xray and V2Ray cores ({@code kind} {@code xray} and {@code v2ray}). */
public final class XrayModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(XrayPanelGatewayFactory.class);
        Multibinder.newSetBinder(binder(), PanelGatewayFactory.class).addBinding().to(XrayPanelGatewayFactory.class);
    }
}
