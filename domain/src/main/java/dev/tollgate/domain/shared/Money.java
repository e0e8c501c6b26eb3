package dev.tollgate.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An amount in the minor units of one currency (cents, whole stars). Signed, so that ledger entries can carry
 * debits; prices and payments are checked to be non-negative where they are made. Arithmetic is exact and refuses
 * to mix currencies.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    /**
     * An amount written in major units ({@code 4.99} dollars, {@code 250} stars); it must be exact in the currency's
     * minor units, else {@link ArithmeticException} ({@code 4.995} dollars). Callers that refuse trailing digits
     * such as {@code 4.990} check the scale first.
     */
    public static Money ofMajor(BigDecimal major, Currency currency) {
        return new Money(major.movePointRight(currency.fractionDigits()).longValueExact(), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /** Subtracts, stopping at zero: a discount larger than the price makes the price zero, never negative. */
    public Money minusOrZero(Money other) {
        requireSameCurrency(other);
        return new Money(Math.max(0, Math.subtractExact(minorUnits, other.minorUnits)), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    /** {@code percent} per cent of this amount, rounded down to the minor unit (so the shop never gives away a fraction). */
    public Money percent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a percentage is 0 to 100: " + percent);
        }
        return fraction(percent, 100);
    }

    /** This amount times {@code numerator / denominator}, rounded toward zero, without overflow. */
    public Money fraction(long numerator, long denominator) {
        if (denominator <= 0 || numerator < 0) {
            throw new IllegalArgumentException("a fraction needs numerator >= 0 and denominator > 0");
        }
        BigInteger scaled = BigInteger.valueOf(minorUnits).multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator));
        return new Money(scaled.longValueExact(), currency);
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return minorUnits + " " + currency + " (minor units)";
    }
}
