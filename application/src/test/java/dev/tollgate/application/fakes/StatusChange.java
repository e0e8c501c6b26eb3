package dev.tollgate.application.fakes;

/** A status change a fake store saw on update, kept so tests can check every stored move against its table. */
public record StatusChange(Enum<?> from, Enum<?> to) {
}
