package dev.tollgate.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JalaliTest {

    @Test
    void fromGregorian_knownNowruzAndMonthEnds_matchTheOfficialCalendar() {
        assertThat(Jalali.fromGregorian(LocalDate.of(2021, 3, 21))).containsExactly(1400, 1, 1);
        assertThat(Jalali.fromGregorian(LocalDate.of(2024, 3, 20))).containsExactly(1403, 1, 1);
        assertThat(Jalali.fromGregorian(LocalDate.of(2025, 3, 20))).containsExactly(1403, 12, 30);
        assertThat(Jalali.fromGregorian(LocalDate.of(2025, 3, 21))).containsExactly(1404, 1, 1);
        assertThat(Jalali.fromGregorian(LocalDate.of(2023, 9, 23))).containsExactly(1402, 7, 1);
        assertThat(Jalali.fromGregorian(LocalDate.of(2026, 12, 1))).containsExactly(1405, 9, 10);
        assertThat(Jalali.fromGregorian(LocalDate.of(1979, 2, 11))).containsExactly(1357, 11, 22);
    }

    @Test
    void format_writesPersianDigits() {
        assertThat(Jalali.format(LocalDate.of(2021, 3, 21))).isEqualTo("۱۴۰۰/۰۱/۰۱");
    }
}
