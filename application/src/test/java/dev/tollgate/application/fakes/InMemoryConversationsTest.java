package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.ConversationsContract;
import dev.tollgate.application.port.out.Conversations;

/** The in-memory conversations pass the same contract as the database ones, so the fake cannot lie. */
class InMemoryConversationsTest extends ConversationsContract {

    @Override
    protected Conversations emptyConversations() {
        return new InMemoryConversations();
    }
}
