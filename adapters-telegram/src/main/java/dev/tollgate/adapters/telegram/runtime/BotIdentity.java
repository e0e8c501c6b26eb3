package dev.tollgate.adapters.telegram.runtime;

/** The bot's own username, learnt from getMe at start; referral links are built from it. */
public final class BotIdentity {

    private volatile String username = "";

    public void learn(String botUsername) {
        this.username = botUsername == null ? "" : botUsername;
    }

    public String username() {
        return username;
    }
}
