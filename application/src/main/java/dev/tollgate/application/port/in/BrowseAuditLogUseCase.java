package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.AuditEntry;
import java.util.List;
import java.util.Objects;

/** The owner reads the audit log of admin actions, newest first, a page at a time. */
public interface BrowseAuditLogUseCase {

    Result browse(Command command);

    record Command(TelegramUserId owner, int offset, int limit) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
            }
        }
    }

    sealed interface Result {
    }

    record Entries(List<AuditEntry> entries, int total) implements Result {
        public Entries {
            entries = List.copyOf(entries);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_OWNER
    }
}
