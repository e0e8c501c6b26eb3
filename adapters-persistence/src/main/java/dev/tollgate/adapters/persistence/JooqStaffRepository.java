package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.STAFF_MEMBERS;

import dev.tollgate.adapters.persistence.generated.tables.records.StaffMembersRecord;
import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffMember;
import dev.tollgate.domain.staff.StaffRole;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The staff on H2 or PostgreSQL: one row per member, replaced by an upsert. */
final class JooqStaffRepository implements StaffRepository {

    private final DSLContext dsl;

    @Inject
    JooqStaffRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<StaffMember> find(TelegramUserId user) {
        return Errors.translate("find the staff role of " + user, () -> dsl.selectFrom(STAFF_MEMBERS)
                .where(STAFF_MEMBERS.TELEGRAM_USER_ID.eq(user.value()))
                .fetchOptional()
                .map(JooqStaffRepository::toDomain));
    }

    @Override
    public void save(StaffMember member) {
        Errors.translate("save the staff role of " + member.user(), () -> dsl.insertInto(STAFF_MEMBERS)
                .set(STAFF_MEMBERS.TELEGRAM_USER_ID, member.user().value())
                .set(STAFF_MEMBERS.ROLE, member.role().name())
                .set(STAFF_MEMBERS.ADDED_BY, member.addedBy().value())
                .set(STAFF_MEMBERS.ADDED_AT, Times.toDb(member.addedAt()))
                .onConflict(STAFF_MEMBERS.TELEGRAM_USER_ID)
                .doUpdate()
                .set(STAFF_MEMBERS.ROLE, member.role().name())
                .set(STAFF_MEMBERS.ADDED_BY, member.addedBy().value())
                .set(STAFF_MEMBERS.ADDED_AT, Times.toDb(member.addedAt()))
                .execute());
    }

    @Override
    public boolean remove(TelegramUserId user) {
        return Errors.translate("remove " + user + " from the staff", () -> dsl.deleteFrom(STAFF_MEMBERS)
                .where(STAFF_MEMBERS.TELEGRAM_USER_ID.eq(user.value()))
                .execute()) > 0;
    }

    @Override
    public List<StaffMember> page(int offset, int limit) {
        return Errors.translate("list the staff", () -> dsl.selectFrom(STAFF_MEMBERS)
                .orderBy(STAFF_MEMBERS.TELEGRAM_USER_ID)
                .limit(limit)
                .offset(offset)
                .fetch(JooqStaffRepository::toDomain));
    }

    @Override
    public int count() {
        return Errors.translate("count the staff", () -> dsl.fetchCount(STAFF_MEMBERS));
    }

    private static StaffMember toDomain(StaffMembersRecord row) {
        return new StaffMember(new TelegramUserId(row.getTelegramUserId()), StaffRole.valueOf(row.getRole()),
                new TelegramUserId(row.getAddedBy()), Times.fromDb(row.getAddedAt()));
    }
}
