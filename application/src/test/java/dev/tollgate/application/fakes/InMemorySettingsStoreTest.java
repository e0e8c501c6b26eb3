package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.SettingsStoreContract;
import dev.tollgate.application.port.out.SettingsStore;

class InMemorySettingsStoreTest extends SettingsStoreContract {

    @Override
    protected SettingsStore emptyStore() {
        return new InMemorySettingsStore();
    }
}
