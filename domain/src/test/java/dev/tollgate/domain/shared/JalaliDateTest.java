package dev.tollgate.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JalaliDateTest {

    @ParameterizedTest(name = "{0} is {1}/{2}/{3}")
    @CsvSource({
            "2024-03-20, 1403, 1, 1",   // Nowruz 1403
            "2023-03-21, 1402, 1, 1",   // Nowruz 1402
            "2025-03-21, 1404, 1, 1",   // Nowruz 1404
            "2024-03-19, 1402, 12, 29",
            "2025-03-20, 1403, 12, 30", // 1403 is a leap year: Esfand has 30 days
            "2026-11-22, 1405, 9, 1",
            "2000-01-01, 1378, 10, 11"})
    void of_convertsGregorianDatesToTheSolarHijriCalendar(LocalDate date, int year, int month, int day) {
        assertThat(JalaliDate.of(date)).isEqualTo(new JalaliDate(year, month, day));
    }

    @Test
    void of_knownNowruzAndMonthEnds_matchTheOfficialCalendar() {
        assertThat(JalaliDate.of(LocalDate.of(2021, 3, 21))).isEqualTo(new JalaliDate(1400, 1, 1));
        assertThat(JalaliDate.of(LocalDate.of(2024, 3, 20))).isEqualTo(new JalaliDate(1403, 1, 1));
        assertThat(JalaliDate.of(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliDate(1403, 12, 30));
        assertThat(JalaliDate.of(LocalDate.of(2025, 3, 21))).isEqualTo(new JalaliDate(1404, 1, 1));
        assertThat(JalaliDate.of(LocalDate.of(2023, 9, 23))).isEqualTo(new JalaliDate(1402, 7, 1));
        assertThat(JalaliDate.of(LocalDate.of(2026, 12, 1))).isEqualTo(new JalaliDate(1405, 9, 10));
        assertThat(JalaliDate.of(LocalDate.of(1979, 2, 11))).isEqualTo(new JalaliDate(1357, 11, 22));
    }

    @Test
    void toString_withPersianDigits_writesTheDateAsPersianSpeakersRead() {
        assertThat(JalaliDate.withPersianDigits(JalaliDate.of(LocalDate.of(2021, 3, 21)).toString())).isEqualTo("۱۴۰۰/۰۱/۰۱");
    }
}
