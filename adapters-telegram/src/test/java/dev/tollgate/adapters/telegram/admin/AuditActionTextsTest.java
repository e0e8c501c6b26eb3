package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.staff.AuditAction;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The audit log names every kind of action in every language, so a new action cannot break the log's screen. */
class AuditActionTextsTest {

    @Test
    void everyAuditAction_hasATextInEveryLanguage() {
        for (AuditAction action : AuditAction.values()) {
            for (Language language : Language.values()) {
                assertThat(UI.texts().keys(language)).as("%s in %s", action, language)
                        .contains("office.audit.action." + action.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
