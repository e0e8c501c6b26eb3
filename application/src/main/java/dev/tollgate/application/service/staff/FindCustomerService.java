package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.domain.staff.StaffRole;

/** Looks customers up for staff; "@" and spaces around the query are ignored. */
public final class FindCustomerService implements FindCustomerUseCase {

    private final AdminDirectory directory;
    private final CustomerSearch search;

    public FindCustomerService(AdminDirectory directory, CustomerSearch search) {
        this.directory = directory;
        this.search = search;
    }

    @Override
    public Result find(Command command) {
        if (!StaffGuard.allows(directory, command.staff(), StaffRole.SUPPORT, "look customers up")) {
            return new Refused(Reason.NOT_STAFF);
        }
        String query = command.query().strip();
        if (query.startsWith("@") || query.startsWith("#")) {
            query = query.substring(1).strip();
        }
        if (query.isEmpty() || (query.length() < CustomerSearch.MIN_FRAGMENT && !query.chars().allMatch(Character::isDigit))) {
            return new Refused(Reason.QUERY_TOO_SHORT);
        }
        return new Found(search.find(query.length() > 64 ? query.substring(0, 64) : query, LIMIT));
    }
}
