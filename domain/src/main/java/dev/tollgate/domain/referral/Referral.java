package dev.tollgate.domain.referral;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Objects;

/** Who brought a user; fixed at the user's first contact and never changed (the store keys it by the referred user). */
public record Referral(TelegramUserId referred, TelegramUserId referrer, Instant at) {

    public Referral {
        Objects.requireNonNull(referred, "referred");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(at, "at");
        if (referred.equals(referrer)) {
            throw new IllegalArgumentException("nobody refers themselves: " + referred);
        }
    }
}
