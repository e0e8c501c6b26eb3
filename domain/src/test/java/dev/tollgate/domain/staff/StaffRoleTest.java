package dev.tollgate.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffRoleTest {

    @Test
    void covers_eachRoleIncludesTheRolesBelowItAndNoneAbove() {
        assertThat(StaffRole.OWNER.covers(StaffRole.ADMIN)).isTrue();
        assertThat(StaffRole.ADMIN.covers(StaffRole.SUPPORT)).isTrue();
        assertThat(StaffRole.ADMIN.covers(StaffRole.ADMIN)).isTrue();
        assertThat(StaffRole.SUPPORT.covers(StaffRole.ADMIN)).isFalse();
        assertThat(StaffRole.ADMIN.covers(StaffRole.OWNER)).isFalse();
    }

    @Test
    void staffMember_asOwner_isRejectedBecauseOwnersAreConfigured() {
        assertThatThrownBy(() -> new StaffMember(new TelegramUserId(5), StaffRole.OWNER, new TelegramUserId(1),
                Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void auditEntry_withLongTexts_cutsThemToTheStoredLength() {
        AuditEntry entry = new AuditEntry(Instant.EPOCH, new TelegramUserId(1), AuditAction.PLAN_SAVED, "x".repeat(900),
                null, "after");
        assertThat(entry.subject()).hasSize(AuditEntry.MAX_TEXT).endsWith("…");
        assertThat(entry.before()).isEmpty();
    }
}
