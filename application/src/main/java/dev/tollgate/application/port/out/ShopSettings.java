package dev.tollgate.application.port.out;

/**
 * The shop's terms as the running app uses them: what admins stored in the bot over the configuration's defaults.
 * Implementations may cache briefly; a change made on another instance shows within that time.
 */
public interface ShopSettings {

    ShopTerms current();

    /** Terms that never change (tests, and shops built without a database). */
    static ShopSettings fixed(ShopTerms terms) {
        return () -> terms;
    }
}
