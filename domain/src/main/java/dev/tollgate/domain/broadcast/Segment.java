package dev.tollgate.domain.broadcast;

import dev.tollgate.domain.customer.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a broadcast goes to: everyone, customers with an active subscription, those whose subscriptions all ended, those
 * who only ever had the trial, those who never paid, or everyone speaking one language. Stored by {@link #code()}.
 */
public record Segment(Kind kind, Language language) {

    public enum Kind {
        /** Every customer who has not blocked the bot. */
        ALL,
        /** Customers holding at least one active subscription now. */
        ACTIVE,
        /** Customers who had subscriptions and hold no active or pending one now. */
        EXPIRED,
        /** Customers who claimed the free trial and never paid an order. */
        TRIAL_ONLY,
        /** Customers with no paid order, trial or not. */
        NEVER_PAID,
        /** Customers whose bot language is {@link Segment#language()}. */
        LANGUAGE
    }

    public Segment {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LANGUAGE) != (language != null)) {
            throw new IllegalArgumentException("a language segment, and only it, names a language");
        }
    }

    public static Segment of(Kind kind) {
        return new Segment(kind, null);
    }

    public static Segment speaking(Language language) {
        return new Segment(Kind.LANGUAGE, Objects.requireNonNull(language, "language"));
    }

    /** {@code ALL}, {@code ACTIVE}, ..., or {@code LANGUAGE_FA}: short, stable, fits callback data. */
    public String code() {
        return kind == Kind.LANGUAGE ? "LANGUAGE_" + language.name() : kind.name();
    }

    /** The segment a {@link #code()} names; empty for anything else. */
    public static Optional<Segment> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.toUpperCase(Locale.ROOT);
        try {
            if (upper.startsWith("LANGUAGE_")) {
                return Optional.of(speaking(Language.valueOf(upper.substring("LANGUAGE_".length()))));
            }
            Kind kind = Kind.valueOf(upper);
            return kind == Kind.LANGUAGE ? Optional.empty() : Optional.of(of(kind));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
