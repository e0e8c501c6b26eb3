package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PANEL_SERVERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.ServerRepositoryContract;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.TransactionRunner;
import java.util.Base64;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The server repository contract on a real database, plus what encryption at rest must guarantee. */
abstract class JooqServerRepositoryContract extends ServerRepositoryContract {

    protected abstract Injector injector();

    @Override
    protected ServerRepository servers() {
        return injector().getInstance(ServerRepository.class);
    }

    @Override
    protected TransactionRunner transactions() {
        return injector().getInstance(TransactionRunner.class);
    }

    @Test
    void save_storesPasswordsAndTokensOnlyAsCiphertext() {
        ServerSettings server = server(newId(), "hunter2-very-secret");
        transactions().run(() -> servers().save(server));
        var row = injector().getInstance(DSLContext.class).selectFrom(PANEL_SERVERS)
                .where(PANEL_SERVERS.ID.eq(server.id().value())).fetchSingle();
        assertThat(row.getPasswordEncrypted()).startsWith("v1:").doesNotContain("hunter2");
        assertThat(row.getApiTokenEncrypted()).startsWith("v1:").doesNotContain("hunter2");
        assertThat(row.intoMap().values().toString()).doesNotContain("hunter2");
    }

    @Test
    void findById_withAnotherKey_failsLoudlyInsteadOfReturningGarbage() {
        ServerSettings server = server(newId(), "s3cret");
        transactions().run(() -> servers().save(server));
        SecretCipher wrongKey = new SecretCipher(new Secret(Base64.getEncoder().encodeToString("another-key-of-32-bytes-long!!!!".getBytes())));
        JooqServerRepository withWrongKey = new JooqServerRepository(injector().getInstance(DSLContext.class), wrongKey);
        assertThatThrownBy(() -> withWrongKey.findById(server.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TOLLGATE_SECURITY_SECRET_KEY");
    }

    @Test
    void ciphertext_copiedToAnotherServer_doesNotDecrypt() {
        ServerSettings first = server(newId(), "first-password");
        ServerSettings second = server(newId(), "second-password");
        transactions().run(() -> {
            servers().save(first);
            servers().save(second);
        });
        DSLContext dsl = injector().getInstance(DSLContext.class);
        String firstCipher = dsl.select(PANEL_SERVERS.PASSWORD_ENCRYPTED).from(PANEL_SERVERS)
                .where(PANEL_SERVERS.ID.eq(first.id().value())).fetchSingle().value1();
        dsl.update(PANEL_SERVERS).set(PANEL_SERVERS.PASSWORD_ENCRYPTED, firstCipher)
                .where(PANEL_SERVERS.ID.eq(second.id().value())).execute();
        try {
            assertThatThrownBy(() -> servers().findById(second.id())).isInstanceOf(IllegalStateException.class);
        } finally {
            // The poisoned row would make every later findAll() of this database fail.
            transactions().run(() -> servers().delete(second.id()));
        }
    }
}
