package dev.tollgate.adapters.telegram.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the new-plan wizard reads from typed answers, and what it refuses. */
class PlanAnswersTest {

    private static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    @Test
    void id_lowerCaseSlugs_areReadAndAnythingElseIsRefused() {
        assertThat(PlanAnswers.id(" Month-50 ")).contains(new PlanId("month-50"));
        assertThat(PlanAnswers.id("vip_۳")).contains(new PlanId("vip_3"));
        assertThat(PlanAnswers.id("x".repeat(40))).isPresent();
        for (String bad : new String[] {"", "-month", "month 50", "месяц", "a/b", "x".repeat(41), "<b>"}) {
            assertThat(PlanAnswers.id(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void name_oneLineUpTo64Characters_isKeptAsTyped() {
        assertThat(PlanAnswers.name("  Month <50 GB>  ")).contains("Month <50 GB>");
        assertThat(PlanAnswers.name("x".repeat(64))).isPresent();
        assertThat(PlanAnswers.name("x".repeat(65))).isEmpty();
        assertThat(PlanAnswers.name("two\nlines")).isEmpty();
        assertThat(PlanAnswers.name("   ")).isEmpty();
    }

    @Test
    void duration_inDaysHoursOrIso_isReadWithinOneHourToTenYears() {
        assertThat(PlanAnswers.duration("30d")).contains(Duration.ofDays(30));
        assertThat(PlanAnswers.duration("30")).contains(Duration.ofDays(30));
        assertThat(PlanAnswers.duration("۹۰ روز")).contains(Duration.ofDays(90));
        assertThat(PlanAnswers.duration("7 дней")).contains(Duration.ofDays(7));
        assertThat(PlanAnswers.duration("12H")).contains(Duration.ofHours(12));
        assertThat(PlanAnswers.duration("PT720H")).contains(Duration.ofDays(30));
        assertThat(PlanAnswers.duration("3650d")).contains(Duration.ofDays(3650));
        for (String bad : new String[] {"0d", "3651d", "PT30M", "PT90M", "month", "30m", "-5d", "P", "1.5d", ""}) {
            assertThat(PlanAnswers.duration(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void traffic_inBinaryUnitsOrUnlimited_isReadWithinItsBounds() {
        assertThat(PlanAnswers.traffic("50GB")).contains(DataSize.ofGibibytes(50));
        assertThat(PlanAnswers.traffic("50 gb")).contains(DataSize.ofGibibytes(50));
        assertThat(PlanAnswers.traffic("50")).contains(DataSize.ofGibibytes(50));
        assertThat(PlanAnswers.traffic("۵۰ گیگ")).contains(DataSize.ofGibibytes(50));
        assertThat(PlanAnswers.traffic("500MB")).contains(DataSize.ofMebibytes(500));
        assertThat(PlanAnswers.traffic("1.5TB")).contains(DataSize.ofGibibytes(1536));
        assertThat(PlanAnswers.traffic("1,5 ТБ")).contains(DataSize.ofGibibytes(1536));
        assertThat(PlanAnswers.traffic("unlimited")).contains(DataSize.ZERO);
        assertThat(PlanAnswers.traffic("نامحدود")).contains(DataSize.ZERO);
        assertThat(PlanAnswers.traffic("0")).contains(DataSize.ZERO);
        for (String bad : new String[] {"100001GB", "0.5KB", "lots", "50 PB", "-5GB", ""}) {
            assertThat(PlanAnswers.traffic(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void devices_wholeNumbersUpTo100OrNoLimit_areRead() {
        assertThat(PlanAnswers.devices("3")).contains(3);
        assertThat(PlanAnswers.devices("۲")).contains(2);
        assertThat(PlanAnswers.devices("0")).contains(0);
        assertThat(PlanAnswers.devices("unlimited")).contains(0);
        assertThat(PlanAnswers.devices("101")).isEmpty();
        assertThat(PlanAnswers.devices("2.5")).isEmpty();
        assertThat(PlanAnswers.devices("two")).isEmpty();
    }

    @Test
    void prices_severalInOneMessageInEitherOrder_areAddedToThoseBefore() {
        assertThat(PlanAnswers.prices("250 XTR, 4.99 USD; 1500000 IRR", Map.of())).contains(Map.of(
                Currency.XTR, Money.of(250, Currency.XTR), Currency.USD, usd(499), Currency.IRR, Money.of(1_500_000, Currency.IRR)));
        assertThat(PlanAnswers.prices("usd 4,99", Map.of())).contains(Map.of(Currency.USD, usd(499)));
        assertThat(PlanAnswers.prices("1,500,000 IRR", Map.of())).contains(Map.of(Currency.IRR, Money.of(1_500_000, Currency.IRR)));
        assertThat(PlanAnswers.prices("250⭐", Map.of())).contains(Map.of(Currency.XTR, Money.of(250, Currency.XTR)));
        assertThat(PlanAnswers.prices("۲۵۰ stars", Map.of())).contains(Map.of(Currency.XTR, Money.of(250, Currency.XTR)));
        assertThat(PlanAnswers.prices("5 USD", Map.of(Currency.USD, usd(499), Currency.EUR, Money.of(450, Currency.EUR))))
                .contains(Map.of(Currency.USD, usd(500), Currency.EUR, Money.of(450, Currency.EUR)));
        assertThat(PlanAnswers.prices("USD -", Map.of(Currency.USD, usd(499)))).contains(Map.of());
    }

    @Test
    void prices_thatAreNotAmountAndCurrencyPairs_areRefused() {
        for (String bad : new String[] {"", "250", "XTR", "250 GBP", "4.999 USD", "2.5 XTR", "0 USD", "-3 USD",
                "4.99 USD 5 USD", "250 XTR 4.99", "1e3 USD", "10000000000000 IRR", "free"}) {
            assertThat(PlanAnswers.prices(bad, Map.of())).as(bad).isEmpty();
        }
    }

    @Test
    void prices_roundTripThroughTheConversation() {
        Map<Currency, Money> prices = Map.of(Currency.XTR, Money.of(250, Currency.XTR), Currency.USD, usd(499));
        assertThat(PlanAnswers.decode(PlanAnswers.encode(prices))).isEqualTo(prices);
        assertThat(PlanAnswers.decode("XTR:250,GBP:3,USD:x,junk")).isEqualTo(Map.of(Currency.XTR, Money.of(250, Currency.XTR)));
        assertThat(PlanAnswers.decode(null)).isEmpty();
    }
}
