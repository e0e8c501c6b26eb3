package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin sets a shop setting (validated; the stored value wins over the configuration's) or resets it to the
 * configuration's default. The running app uses the new value without a restart; every change is audited.
 */
public interface ChangeShopSettingUseCase {

    Result change(Command command);

    /** {@code value} as typed ({@code 3d}, {@code 1.5GB}, {@code @shop_support}, ...); empty resets to the default. */
    record Command(TelegramUserId admin, ShopSetting setting, Optional<String> value) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(value, "value");
        }

        public static Command set(TelegramUserId admin, ShopSetting setting, String value) {
            return new Command(admin, setting, Optional.of(value));
        }

        public static Command reset(TelegramUserId admin, ShopSetting setting) {
            return new Command(admin, setting, Optional.empty());
        }
    }

    sealed interface Result {
    }

    /** The value in effect before and after, canonical. */
    record Changed(String before, String after) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN,
        /** The value breaks the setting's rule; the screen says which rule. */
        INVALID,
        /** Nothing to change: the same value, or a reset of a setting that follows the configuration already. */
        UNCHANGED
    }
}
