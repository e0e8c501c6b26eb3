package dev.tollgate.adapters.telegram.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.application.port.out.ShopTerms;
import dev.tollgate.domain.shared.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card in effect: the shop's terms over the configured card; no number in effect, no card. */
class CardTransferTest {

    private static final ShopTerms NONE = new ShopTerms(Map.of());

    @Test
    void inEffect_withNeitherAConfiguredNorAStoredNumber_isEmpty() {
        assertThat(CardTransfer.inEffect(NONE, "", "", "")).isEmpty();
        assertThat(CardTransfer.inEffect(new ShopTerms(Map.of(ShopSetting.CARD_CURRENCY, "USD",
                ShopSetting.CARD_HOLDER, "A. Shop")), null, null, null)).isEmpty();
    }

    @Test
    void inEffect_withOnlyTheConfiguredCard_isTheConfiguredCard_asCardTransferOfGivesIt() {
        assertThat(CardTransfer.inEffect(NONE, " 6037-0000-1111-2222 ", "A. Shop", "usd"))
                .isEqualTo(CardTransfer.of("6037-0000-1111-2222", "A. Shop", "USD"))
                .contains(new CardTransfer("6037-0000-1111-2222", "A. Shop", Currency.USD));
        assertThat(CardTransfer.inEffect(NONE, "6037000011112222", "", "")).map(CardTransfer::currency)
                .contains(Currency.IRR);
    }

    @Test
    void inEffect_withANumberAndCurrencyFromTheBot_switchesTheCardOn_withTheBankAfterTheHolder() {
        ShopTerms now = new ShopTerms(Map.of(ShopSetting.CARD_NUMBER, "6219861012345678",
                ShopSetting.CARD_CURRENCY, "EUR", ShopSetting.CARD_BANK, "Saman"));

        assertThat(CardTransfer.inEffect(now, "", "", "IRR"))
                .contains(new CardTransfer("6219861012345678", "Saman", Currency.EUR));
        assertThat(CardTransfer.inEffect(now, "6037000011112222", "A. Shop", "IRR"))
                .contains(new CardTransfer("6219861012345678", "A. Shop · Saman", Currency.EUR));
    }

    @Test
    void source_isAskedAtEachUse() {
        java.util.concurrent.atomic.AtomicReference<ShopTerms> terms = new java.util.concurrent.atomic.AtomicReference<>(NONE);
        CardTransfer.Source source = () -> CardTransfer.inEffect(terms.get(), "", "", "IRR");
        assertThat(source.now()).isEmpty();
        terms.set(new ShopTerms(Map.of(ShopSetting.CARD_NUMBER, "6219861012345678")));
        assertThat(source.now()).map(CardTransfer::number).contains("6219861012345678");
        terms.set(NONE);
        assertThat(source.now()).isEmpty();
    }
}
