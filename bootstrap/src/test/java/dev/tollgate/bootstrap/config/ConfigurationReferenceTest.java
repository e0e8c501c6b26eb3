package dev.tollgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's configuration reference and the loader agree: a new setting is its section, its default and its row. */
class ConfigurationReferenceTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(TOLLGATE_[A-Z0-9_]+)` \\| `([A-Za-z0-9.]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyVariableTheLoaderReads_hasItsRowInTheReadme_withTheSamePath() throws IOException {
        Map<String, String> documented = readmeRows();
        Map<String, String> read = new TreeMap<>(new ConfigLoader().variables());
        Variables.olderNames().keySet().forEach(read::remove);

        assertThat(documented).containsAllEntriesOf(read);
    }

    @Test
    void everyVariableInTheReadme_isOneTheLoaderReads() throws IOException {
        Map<String, String> read = new ConfigLoader().variables();

        assertThat(read).containsAllEntriesOf(readmeRows());
    }

    @Test
    void variableNames_areThePathsInUpperSnakeCase() {
        assertThat(Variables.nameOf("bot.webhookPath")).isEqualTo("TOLLGATE_BOT_WEBHOOK_PATH");
        assertThat(Variables.nameOf("database.poolSize")).isEqualTo("TOLLGATE_DB_POOL_SIZE");
        assertThat(Variables.nameOf("payments.cryptoBot.apiUrl")).isEqualTo("TOLLGATE_PAYMENTS_CRYPTO_BOT_API_URL");
        assertThat(new ConfigLoader().variables()).containsEntry("TOLLGATE_ADMIN_IDS", "bot.adminIds")
                .containsEntry("TOLLGATE_BOT_ADMIN_IDS", "bot.adminIds");
    }

    private static Map<String, String> readmeRows() throws IOException {
        Path readme = Path.of("..", "README.md");
        Matcher row = ROW.matcher(Files.readString(readme));
        Map<String, String> rows = new TreeMap<>();
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        assertThat(rows).hasSizeGreaterThan(40);
        return rows;
    }
}
