package dev.tollgate.application.fakes;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.out.UserNotifier;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notification for assertions. */
public final class RecordingUserNotifier implements UserNotifier {

    public record Sent(TelegramUserId user, Language language, AccessDetails access) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void accessReady(TelegramUserId user, Language language, AccessDetails access) {
        sent.add(new Sent(user, language, access));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}
