package dev.tollgate.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({"en,EN", "fa,FA", "fa-IR,FA", "ru,RU", "ru_RU,RU", "de,EN", "'',EN", "UK,EN", "RU,RU"})
    void fromTag_mapsTelegramLanguageCodes(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).isEqualTo(expected);
    }

    @Test
    void fromTag_whenNull_fallsBackToEnglish() {
        assertThat(Language.fromTag(null)).isEqualTo(Language.EN);
    }

    @Test
    void telegramUserId_whenNotPositive_isRejected() {
        assertThatThrownBy(() -> new TelegramUserId(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
