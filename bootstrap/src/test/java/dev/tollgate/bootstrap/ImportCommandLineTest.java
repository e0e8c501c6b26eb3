package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-clients} and {@code list-unclaimed} through the jar's command line, on an H2 file database. */
class ImportCommandLineTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new CommandLine(environment, new PrintStream(printed, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> coreShop() {
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_DB_URL", "jdbc:h2:file:" + directory.resolve("data/tollgate"));
        environment.put("TOLLGATE_SECRET_KEY_FILE", directory.resolve("data/secret.key").toString());
        environment.put("TOLLGATE_BOT_ADMIN_IDS", "4242");
        environment.put("TOLLGATE_SERVERS_0_ID", "core-1");
        environment.put("TOLLGATE_SERVERS_0_KIND", "v2ray");
        environment.put("TOLLGATE_SERVERS_0_PROTOCOL", "vless");
        environment.put("TOLLGATE_SERVERS_0_ADDRESS", "127.0.0.1:1");
        environment.put("TOLLGATE_SERVERS_0_INBOUND", "vless-in");
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_HOST", "127.0.0.1");
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_PORT", "20443");
        return environment;
    }

    @Test
    void importClients_withoutServer_printsUsageAndExits64() {
        assertThat(run(coreShop(), "import-clients", "--dry-run")).isEqualTo(CommandLine.USAGE);
        assertThat(output()).contains("import-clients needs --server ID", "import-clients --server ID [--dry-run]");
    }

    @Test
    void importClients_onACoreThatCannotList_isRefusedWithTheReasonAndExitsOne() {
        int status = run(coreShop(), "import-clients", "--server", "core-1", "--dry-run");

        assertThat(status).as(output()).isEqualTo(1);
        assertThat(output()).contains("import-clients core-1 refused: CANNOT_LIST (v2ray)");
    }

    @Test
    void importClients_ofAnUnknownServer_namesItAndExitsOne() {
        assertThat(run(coreShop(), "import-clients", "--server", "nope")).isEqualTo(1);
        assertThat(output()).contains("refused: UNKNOWN_SERVER (nope)");
    }

    @Test
    void importClients_asSomeoneWhoIsNoOwner_isRefused() {
        assertThat(run(coreShop(), "import-clients", "--server", "core-1", "--as", "77")).isEqualTo(1);
        assertThat(output()).contains("refused: NOT_ALLOWED");
    }

    @Test
    void listUnclaimed_onAFreshDatabase_printsTheHeaderAndZero() {
        int status = run(coreShop(), "list-unclaimed");

        assertThat(status).as(output()).isZero();
        assertThat(output()).contains("SERVER  EMAIL  CLAIM CODE", "0 unclaimed");
    }

    @Test
    void listUnclaimed_withoutAnyOwnerConfigured_asksForOne() {
        Map<String, String> environment = coreShop();
        environment.remove("TOLLGATE_BOT_ADMIN_IDS");

        assertThat(run(environment, "list-unclaimed")).isEqualTo(CommandLine.USAGE);
        assertThat(output()).contains("set TOLLGATE_BOT_ADMIN_IDS or pass --as TELEGRAM_ID");
    }
}
