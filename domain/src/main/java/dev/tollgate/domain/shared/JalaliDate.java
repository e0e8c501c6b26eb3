package dev.tollgate.domain.shared;

import java.time.LocalDate;

/** The Solar Hijri (Jalali) calendar date Persian-speaking users read, computed arithmetically from a Gregorian date. */
public record JalaliDate(int year, int month, int day) {

    private static final int[] GREGORIAN_MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] JALALI_MONTH_DAYS = {31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29};
    private static final int DAYS_IN_33_YEAR_CYCLE = 12053;
    private static final int DAYS_IN_4_YEARS = 1461;

    /** Valid for the years this software will meet (1900 to 2100 AD), where the 33-year leap rule holds. */
    public static JalaliDate of(LocalDate date) {
        int gy = date.getYear() - 1600;
        int gm = date.getMonthValue() - 1;
        int gd = date.getDayOfMonth() - 1;
        long dayNumber = 365L * gy + Math.floorDiv(gy + 3, 4) - Math.floorDiv(gy + 99, 100) + Math.floorDiv(gy + 399, 400);
        for (int i = 0; i < gm; i++) {
            dayNumber += GREGORIAN_MONTH_DAYS[i];
        }
        if (gm > 1 && date.isLeapYear()) {
            dayNumber++;
        }
        dayNumber += gd;

        long jalaliDays = dayNumber - 79;
        long cycles = Math.floorDiv(jalaliDays, DAYS_IN_33_YEAR_CYCLE);
        jalaliDays = Math.floorMod(jalaliDays, DAYS_IN_33_YEAR_CYCLE);
        long year = 979 + 33 * cycles + 4 * (jalaliDays / DAYS_IN_4_YEARS);
        jalaliDays %= DAYS_IN_4_YEARS;
        if (jalaliDays >= 366) {
            year += (jalaliDays - 1) / 365;
            jalaliDays = (jalaliDays - 1) % 365;
        }
        int month = 0;
        while (month < 11 && jalaliDays >= JALALI_MONTH_DAYS[month]) {
            jalaliDays -= JALALI_MONTH_DAYS[month];
            month++;
        }
        return new JalaliDate((int) year, month + 1, (int) jalaliDays + 1);
    }

    /** "1405/09/10": year, month and day as Persian speakers order them (ASCII digits). */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%04d/%02d/%02d", year, month, day);
    }

    /** The text with its ASCII digits written as Persian digits (۰ to ۹). */
    public static String withPersianDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}
