package dev.tollgate.adapters.telegram;

/** The bot's own username, learnt from getMe at start; referral links are built from it. */
final class BotIdentity {

    private volatile String username = "";

    void learn(String botUsername) {
        this.username = botUsername == null ? "" : botUsername;
    }

    String username() {
        return username;
    }
}
