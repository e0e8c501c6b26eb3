package dev.tollgate.bootstrap.http;

import java.time.LocalDate;

/**
 * The Solar Hijri (Jalali) date Persian speakers read. Leap years follow the 33-year arithmetic rule, which agrees
 * with the official calendar for the years 1178 to 1633 of the Jalali era (1799 to 2254 CE).
 */
final class Jalali {

    /** 1 Farvardin 1400 was 21 March 2021. */
    private static final int ANCHOR_YEAR = 1400;
    private static final long ANCHOR_DAY = LocalDate.of(2021, 3, 21).toEpochDay();

    private Jalali() {
    }

    static boolean isLeap(int year) {
        return Math.floorMod(25 * year + 11, 33) < 8;
    }

    /** {year, month 1-12, day 1-31}. */
    static int[] fromGregorian(LocalDate date) {
        long day = date.toEpochDay();
        int year = ANCHOR_YEAR;
        long start = ANCHOR_DAY;
        while (day < start) {
            year--;
            start -= isLeap(year) ? 366 : 365;
        }
        while (day >= start + (isLeap(year) ? 366 : 365)) {
            start += isLeap(year) ? 366 : 365;
            year++;
        }
        int dayOfYear = (int) (day - start);
        int month = dayOfYear < 186 ? dayOfYear / 31 + 1 : (dayOfYear - 186) / 30 + 7;
        int dayOfMonth = dayOfYear < 186 ? dayOfYear % 31 + 1 : (dayOfYear - 186) % 30 + 1;
        return new int[] {year, month, dayOfMonth};
    }

    /** "1405/09/10" in Persian digits. */
    static String format(LocalDate date) {
        int[] ymd = fromGregorian(date);
        return persianDigits(String.format("%04d/%02d/%02d", ymd[0], ymd[1], ymd[2]));
    }

    static String persianDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}
