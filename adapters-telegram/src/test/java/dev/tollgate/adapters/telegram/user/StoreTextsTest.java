package dev.tollgate.adapters.telegram.user;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.order.OrderKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts picked by name at run time: every order kind and every refusal has its words in every language. */
class StoreTextsTest {

    @Test
    void everyOrderKind_hasItsNameInEveryLanguage() {
        for (Language language : Language.values()) {
            for (OrderKind kind : OrderKind.values()) {
                assertThat(UI.t(language, "orders.kind." + kind.name().toLowerCase(Locale.ROOT))).as("%s %s", language, kind)
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyOrderRefusal_hasAMessageInEveryLanguage() {
        for (Language language : Language.values()) {
            for (PlaceOrderUseCase.Reason reason : PlaceOrderUseCase.Reason.values()) {
                assertThat(UI.t(language, Orders.refusalKey(reason))).as("%s %s", language, reason).isNotBlank();
                assertThat(Orders.promoRefusal(UI, language, reason, null)).as("%s %s", language, reason).isNotBlank();
            }
        }
    }
}
