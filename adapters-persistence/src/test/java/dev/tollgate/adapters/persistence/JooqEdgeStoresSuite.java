package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.CONVERSATIONS;
import static dev.tollgate.adapters.persistence.generated.Tables.PAYMENT_CHECKOUTS;
import static dev.tollgate.adapters.persistence.generated.Tables.TELEGRAM_UPDATES;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.ConversationsContract;
import dev.tollgate.application.contracts.PaymentCheckoutsContract;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.UpdateInbox;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Nested;

/** The stores of the Telegram edge (update inbox, conversations, open provider payments) against their contracts; once per database. */
abstract class JooqEdgeStoresSuite {

    /** The started persistence module of the database under test. */
    protected abstract Injector injector();

    @Nested
    class Inbox extends JooqUpdateInboxContract {
        @Override
        protected Injector injector() {
            return JooqEdgeStoresSuite.this.injector();
        }
    }

    @Nested
    class ConversationStore extends ConversationsContract {
        @Override
        protected Conversations emptyConversations() {
            injector().getInstance(DSLContext.class).deleteFrom(CONVERSATIONS).execute();
            return injector().getInstance(Conversations.class);
        }
    }

    @Nested
    class CheckoutStore extends PaymentCheckoutsContract {
        @Override
        protected PaymentCheckouts emptyCheckouts() {
            injector().getInstance(DSLContext.class).deleteFrom(PAYMENT_CHECKOUTS).execute();
            return injector().getInstance(PaymentCheckouts.class);
        }
    }

    static UpdateInbox emptied(Injector injector) {
        injector.getInstance(DSLContext.class).deleteFrom(TELEGRAM_UPDATES).execute();
        return injector.getInstance(UpdateInbox.class);
    }
}
