package dev.tollgate.domain.shared;

/** An amount of traffic in bytes; zero means "unlimited" only where a quota says so explicitly. */
public record DataSize(long bytes) implements Comparable<DataSize> {

    public static final DataSize ZERO = new DataSize(0);
    private static final long GIB = 1024L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;

    public DataSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a data size cannot be negative: " + bytes);
        }
    }

    public static DataSize ofBytes(long bytes) {
        return new DataSize(bytes);
    }

    public static DataSize ofMebibytes(long mebibytes) {
        return new DataSize(Math.multiplyExact(mebibytes, MIB));
    }

    public static DataSize ofGibibytes(long gibibytes) {
        return new DataSize(Math.multiplyExact(gibibytes, GIB));
    }

    public DataSize plus(DataSize other) {
        return new DataSize(Math.addExact(bytes, other.bytes));
    }

    /** Subtracts, stopping at zero: used traffic beyond a quota leaves nothing, never a negative size. */
    public DataSize minusOrZero(DataSize other) {
        return new DataSize(Math.max(0, bytes - other.bytes));
    }

    public boolean isZero() {
        return bytes == 0;
    }

    /** Whole gibibytes, rounded down, for display. */
    public double gibibytes() {
        return bytes / (double) GIB;
    }

    @Override
    public int compareTo(DataSize other) {
        return Long.compare(bytes, other.bytes);
    }
}
