package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Objects;

/** An admin sees every shop setting: the value in effect, the configuration's default, and whether the bot's wins. */
public interface ShowShopSettingsUseCase {

    Result show(Command command);

    record Command(TelegramUserId admin) {
        public Command {
            Objects.requireNonNull(admin, "admin");
        }
    }

    sealed interface Result {
    }

    record Settings(List<Row> rows) implements Result {
        public Settings {
            rows = List.copyOf(rows);
        }

        public Row row(ShopSetting setting) {
            return rows.stream().filter(row -> row.setting() == setting).findFirst().orElseThrow();
        }
    }

    record Refused() implements Result {
    }

    /** Values in canonical form (ISO-8601 durations, bytes); empty text is "none". */
    record Row(ShopSetting setting, String value, String configured, boolean stored) {
    }
}
