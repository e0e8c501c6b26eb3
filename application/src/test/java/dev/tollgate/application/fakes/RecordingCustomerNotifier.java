package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.NotificationFailedException;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notice for assertions; {@link #failNext()} makes the next delivery fail as a blocked bot would. */
public final class RecordingCustomerNotifier implements CustomerNotifier {

    public record Sent(TelegramUserId user, Language language, Notice notice) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean failNext;

    public void failNext() {
        failNext = true;
    }

    @Override
    public void notify(TelegramUserId user, Language language, Notice notice) {
        if (failNext) {
            failNext = false;
            throw new NotificationFailedException("user blocked the bot", null);
        }
        sent.add(new Sent(user, language, notice));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The notices of one type, in the order they were sent. */
    public <T extends Notice> List<T> sent(Class<T> type) {
        return sent.stream().map(Sent::notice).filter(type::isInstance).map(type::cast).toList();
    }
}
