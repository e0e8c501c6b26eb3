package dev.tollgate.application.port.out;

import dev.tollgate.domain.staff.AuditEntry;
import java.util.List;

/** The append-only record of admin actions; nothing in it is changed or deleted by the shop. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first; {@code offset} and {@code limit} page through them. */
    List<AuditEntry> page(int offset, int limit);

    int count();
}
