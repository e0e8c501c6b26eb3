package dev.tollgate.adapters.telegram.routing;

import java.util.ArrayList;
import java.util.List;

/** Rows of inline buttons under a message. */
public record Keyboard(List<List<Button>> rows) {

    public static final Keyboard NONE = new Keyboard(List.of());

    public Keyboard {
        rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<Button> buttons() {
        return rows.stream().flatMap(List::stream).toList();
    }

    public static final class Builder {
        private final List<List<Button>> rows = new ArrayList<>();

        public Builder row(Button... buttons) {
            rows.add(List.of(buttons));
            return this;
        }

        public Builder row(List<Button> buttons) {
            rows.add(List.copyOf(buttons));
            return this;
        }

        public Keyboard build() {
            return new Keyboard(rows);
        }
    }
}
