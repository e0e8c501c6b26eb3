package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The staff in memory, ordered by Telegram id as in the database. */
public final class InMemoryStaffRepository implements StaffRepository {

    private final Map<Long, StaffMember> rows = new ConcurrentSkipListMap<>();

    @Override
    public Optional<StaffMember> find(TelegramUserId user) {
        return Optional.ofNullable(rows.get(user.value()));
    }

    @Override
    public void save(StaffMember member) {
        rows.put(member.user().value(), member);
    }

    @Override
    public boolean remove(TelegramUserId user) {
        return rows.remove(user.value()) != null;
    }

    @Override
    public List<StaffMember> page(int offset, int limit) {
        return rows.values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int count() {
        return rows.size();
    }
}
