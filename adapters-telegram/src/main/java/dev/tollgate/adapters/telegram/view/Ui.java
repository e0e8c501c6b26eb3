package dev.tollgate.adapters.telegram.view;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.domain.customer.Language;

/** What every screen needs to speak: the texts, the formats, and the buttons that appear everywhere. */
public record Ui(Texts texts, Formats formats) {

    public String t(Language language, String key, Object... arguments) {
        return texts.get(language, key, arguments);
    }

    public Button button(Language language, String key, CallbackData data) {
        return Button.tap(texts.get(language, key), data);
    }

    public Button menuButton(Language language) {
        return button(language, "button.menu", CallbackData.of("menu"));
    }

    public Keyboard backToMenu(Language language) {
        return Keyboard.builder().row(menuButton(language)).build();
    }

    public Keyboard mainMenu(Language language) {
        return Keyboard.builder()
                .row(button(language, "button.buy", CallbackData.of("buy")))
                .row(button(language, "button.trial", CallbackData.of("trial")))
                .row(button(language, "button.wallet", CallbackData.of("wallet")))
                .row(button(language, "button.subscriptions", CallbackData.of("subs")),
                        button(language, "button.help", CallbackData.of("help")))
                .row(button(language, "button.language", CallbackData.of("lang")))
                .build();
    }
}
