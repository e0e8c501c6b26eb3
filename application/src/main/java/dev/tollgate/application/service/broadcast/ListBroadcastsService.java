package dev.tollgate.application.service.broadcast;

import dev.tollgate.application.port.in.ListBroadcastsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.domain.broadcast.Broadcast;
import java.util.List;
import java.util.Optional;

/** The broadcasts for admins, newest first, with their delivery counts. */
public final class ListBroadcastsService implements ListBroadcastsUseCase {

    private final AdminDirectory staff;
    private final Broadcasts broadcasts;

    public ListBroadcastsService(AdminDirectory staff, Broadcasts broadcasts) {
        this.staff = staff;
        this.broadcasts = broadcasts;
    }

    @Override
    public Result list(Command command) {
        if (!BroadcastRules.allows(staff, command.admin(), "list the broadcasts")) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        if (command.only().isPresent()) {
            Optional<Broadcast> one = broadcasts.find(command.only().get());
            return one.<Result>map(b -> new Page(List.of(item(b)), 1)).orElseGet(() -> new Refused(Reason.UNKNOWN_BROADCAST));
        }
        List<Item> items = broadcasts.recent(command.offset(), command.limit()).stream().map(this::item).toList();
        return new Page(items, broadcasts.count());
    }

    private Item item(Broadcast broadcast) {
        return new Item(broadcast, broadcasts.counts(broadcast.id()));
    }
}
