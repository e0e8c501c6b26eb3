package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.domain.staff.AuditEntry;
import java.util.ArrayList;
import java.util.List;

/** The audit log in memory; newest first, as in the database (entries of the same instant by insertion). */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> page(int offset, int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        newestFirst.sort((a, b) -> b.at().compareTo(a.at()) != 0 ? b.at().compareTo(a.at())
                : Integer.compare(entries.indexOf(b), entries.indexOf(a)));
        return newestFirst.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized int count() {
        return entries.size();
    }

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
