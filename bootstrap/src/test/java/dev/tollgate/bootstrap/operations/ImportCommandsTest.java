package dev.tollgate.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.testing.Imports;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tables {@code import-clients} and {@code list-unclaimed} print, over the in-memory core and a listing panel. */
class ImportCommandsTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ImportCommands commands = new ImportCommands(List.of(), Set.of(),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    private final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    private final Imports imports = new Imports(new FixedServers().add(FixedServers.vlessServer("de-1"), panel));

    @Test
    void importClients_dryRunThenImport_printsOneLinePerClientAndTheTotals() {
        panel.createClient(new PanelClient("tg5-0a0b0c0d", "uuid-5", Protocol.VLESS, DataSize.ZERO, null, null, true,
                new TelegramUserId(5), "k5", 0));
        panel.createClient(new PanelClient("walt", "uuid-w", Protocol.VLESS, DataSize.ZERO, null, null, true,
                new TelegramUserId(9), "kw", 0));

        int dry = commands.importClients(imports.importer, Imports.OWNER, new ServerId("de-1"), true);
        int real = commands.importClients(imports.importer, Imports.OWNER, new ServerId("de-1"), false);
        int listed = commands.listUnclaimed(imports.listUnclaimed, Imports.OWNER);

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(dry).isZero();
        assertThat(real).isZero();
        assertThat(listed).isZero();
        assertThat(out).contains("import-clients de-1 (dry run: nothing is changed)",
                "2 would be adopted, 0 would get a claim code, 0 skipped; 0 are the shop's already",
                "2 adopted, 0 got a claim code, 0 skipped, 0 failed (run again to retry); 0 were the shop's already",
                "EMAIL", "WOULD_ADOPT", "TELEGRAM_ID", "0 unclaimed");
        assertThat(imports.subscriptions.findByOwner(new TelegramUserId(9))).hasSize(1);
    }
}
