package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks customers up for staff, a page at a time; "@", "#" and spaces around the query are ignored. Queries of three
 * characters match a username or first name exactly (Telegram names can be that short); longer ones match pieces.
 */
public final class FindCustomerService implements FindCustomerUseCase {

    static final int SHORTEST = 3;

    private final AdminDirectory directory;
    private final CustomerSearch search;
    private final CustomerRepository customers;

    public FindCustomerService(AdminDirectory directory, CustomerSearch search, CustomerRepository customers) {
        this.directory = directory;
        this.search = search;
        this.customers = customers;
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
        if (query.isEmpty() || (query.length() < SHORTEST && !query.chars().allMatch(Character::isDigit))) {
            return new Refused(Reason.QUERY_TOO_SHORT);
        }
        String fragment = query.length() > 64 ? query.substring(0, 64) : query;
        int page = Math.min(command.page(), 10_000);
        List<TelegramUserId> ids = search.find(fragment, page * LIMIT, LIMIT + 1);
        List<Match> matches = new ArrayList<>();
        for (TelegramUserId id : ids.subList(0, Math.min(LIMIT, ids.size()))) {
            Optional<Customer> customer = customers.findById(id);
            matches.add(new Match(id, customer.map(Customer::profile).orElse(Customer.Profile.NONE),
                    customer.map(Customer::banned).orElse(false)));
        }
        return new Found(matches, page, ids.size() > LIMIT);
    }
}
