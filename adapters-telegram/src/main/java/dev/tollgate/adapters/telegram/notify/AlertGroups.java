package dev.tollgate.adapters.telegram.notify;

import dev.tollgate.application.port.out.AdminAlert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Groups admin alerts of one kind: the first of a window goes out at once, later ones until the window closes are
 * counted and come as one summary when it closes (the last of them, how many, and which orders or servers), so a
 * kind makes at most two messages a window however many alerts it has. Time is read from {@code nanos}, so tests
 * move it by hand.
 */
final class AlertGroups {

    /** How many subjects a summary names. */
    static final int SUBJECTS = 5;

    /** A closed window's held alerts: the last one, how many were held, and the first few subjects. */
    record Summary(AdminAlert last, int held, List<String> subjects) {
        Summary {
            subjects = List.copyOf(subjects);
        }
    }

    private static final class Group {
        final long openedAt;
        AdminAlert last;
        int held;
        final Set<String> subjects = new LinkedHashSet<>();

        Group(long openedAt) {
            this.openedAt = openedAt;
        }
    }

    private final Duration window;
    private final LongSupplier nanos;
    private final Map<Object, Group> groups = new HashMap<>();

    AlertGroups(Duration window, LongSupplier nanos) {
        this.window = window;
        this.nanos = nanos;
    }

    Duration window() {
        return window;
    }

    /**
     * Empty when the alert goes out now (it opened a window); otherwise it was held, and the result is how long until
     * its window closes when it was the first held one (the caller schedules a {@link #due()} then), else zero.
     */
    synchronized java.util.Optional<Duration> offer(Object kind, String subject, AdminAlert alert) {
        long now = nanos.getAsLong();
        Group group = groups.get(kind);
        if (group == null || now - group.openedAt >= window.toNanos()) {
            groups.put(kind, new Group(now));
            return java.util.Optional.empty();
        }
        group.last = alert;
        if (group.subjects.size() < SUBJECTS && subject != null) {
            group.subjects.add(subject);
        }
        return java.util.Optional.of(group.held++ == 0 ? Duration.ofNanos(window.toNanos() - (now - group.openedAt))
                : Duration.ZERO);
    }

    /** The summaries of every window that has closed with alerts held; those windows are forgotten. */
    synchronized List<Summary> due() {
        long now = nanos.getAsLong();
        List<Summary> due = new ArrayList<>();
        for (Iterator<Group> it = groups.values().iterator(); it.hasNext(); ) {
            Group group = it.next();
            if (now - group.openedAt >= window.toNanos()) {
                it.remove();
                if (group.held > 0) {
                    due.add(new Summary(group.last, group.held, new ArrayList<>(group.subjects)));
                }
            }
        }
        return due;
    }
}
