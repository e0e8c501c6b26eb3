package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.domain.customer.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Help from /help or the Help button: how it works, the FAQ, setup guides per platform (the operator's texts from
 * the {@code shop} configuration, else the built-in ones), and the support account as a link when one is configured.
 * Callback data: {@code help}, {@code help:faq}, {@code help:g}, {@code help:g:<platform>}.
 */
public final class HelpScreen implements Screen {

    /** The built-in guides, shown when the configuration has none. */
    static final List<String> BUILT_IN_PLATFORMS = List.of("android", "ios", "windows", "macos");

    private final Ui ui;
    private final java.util.function.Supplier<StorefrontSettings> settings;

    public HelpScreen(Ui ui) {
        this(ui, StorefrontSettings.NONE);
    }

    public HelpScreen(Ui ui, StorefrontSettings shop) {
        this(ui, () -> shop);
    }

    /** Help as the shop's settings are at each press: support and FAQ change in the bot without a restart. */
    public HelpScreen(Ui ui, java.util.function.Supplier<StorefrontSettings> settings) {
        this.ui = ui;
        this.settings = settings;
    }

    @Override
    public String id() {
        return "help";
    }

    @Override
    public Set<String> commands() {
        return Set.of("help");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Reply.Message main = (Reply.Message) main(session.language()).parts().get(0);
        return Reply.send(main.html(), main.keyboard());
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        String verb = data.arg(0).orElse("");
        if (verb.equals("faq")) {
            String text = Optional.ofNullable(settings.get().faq().get(language)).map(Texts::escape).orElseGet(() -> ui.t(language, "help.faq"));
            return Reply.edit(ui.t(language, "help.faq_title") + "\n\n" + text, back(language));
        }
        if (verb.equals("g")) {
            Optional<String> platform = data.arg(1);
            if (platform.isEmpty()) {
                return guides(language);
            }
            return guide(language, platform.get());
        }
        return main(language);
    }

    private Reply main(Language language) {
        StringBuilder text = new StringBuilder(ui.t(language, "help.intro"));
        settings.get().supportLink().ifPresent(link -> text.append("\n\n").append(ui.t(language, "help.support", "@" + settings.get().supportUsername())));
        Keyboard.Builder keyboard = Keyboard.builder()
                .row(ui.button(language, "button.guides", CallbackData.of(id(), "g")),
                        ui.button(language, "button.faq", CallbackData.of(id(), "faq")));
        // Support tickets (the back office's SupportScreen), then the configured support account as a link.
        keyboard.row(ui.button(language, "office.support.button", CallbackData.of("support")));
        keyboard.row(ui.button(language, "claim.button", CallbackData.of("claim")));
        settings.get().supportLink().ifPresent(link -> keyboard.row(Button.link(ui.t(language, "button.support"), link)));
        keyboard.row(ui.menuButton(language));
        return Reply.edit(text.toString(), keyboard.build());
    }

    private Reply guides(Language language) {
        Keyboard.Builder keyboard = Keyboard.builder();
        List<Button> row = new ArrayList<>();
        for (String platform : platforms()) {
            row.add(Button.tap(Texts.truncate(platformName(language, platform), 40), CallbackData.of(id(), "g", platform)));
            if (row.size() == 2) {
                keyboard.row(row);
                row = new ArrayList<>();
            }
        }
        keyboard.row(row);
        keyboard.row(ui.button(language, "button.help", CallbackData.of(id())), ui.menuButton(language));
        return Reply.edit(ui.t(language, "help.guides_title"), keyboard.build());
    }

    private Reply guide(Language language, String platform) {
        if (!platforms().contains(platform)) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        String text = configured(platform).map(g -> g.text().get(language)).map(Texts::escape)
                .orElseGet(() -> BUILT_IN_PLATFORMS.contains(platform) ? ui.t(language, "guide." + platform)
                        : configured(platform).flatMap(g -> g.text().values().stream().findFirst()).map(Texts::escape).orElse(""));
        Keyboard keyboard = Keyboard.builder()
                .row(ui.button(language, "button.subscriptions", CallbackData.of("subs")))
                .row(ui.button(language, "button.guides", CallbackData.of(id(), "g")), ui.menuButton(language))
                .build();
        return Reply.edit("<b>" + Texts.escape(platformName(language, platform)) + "</b>\n\n" + text, keyboard);
    }

    private Keyboard back(Language language) {
        return Keyboard.builder().row(ui.button(language, "button.help", CallbackData.of(id())), ui.menuButton(language)).build();
    }

    private List<String> platforms() {
        return settings.get().guides().isEmpty() ? BUILT_IN_PLATFORMS : settings.get().guides().stream().map(StorefrontSettings.Guide::platform).toList();
    }

    private Optional<StorefrontSettings.Guide> configured(String platform) {
        return settings.get().guides().stream().filter(g -> g.platform().equals(platform)).findFirst();
    }

    private String platformName(Language language, String platform) {
        Optional<Map<Language, String>> names = configured(platform).map(StorefrontSettings.Guide::name);
        return names.map(n -> n.get(language)).filter(n -> !n.isBlank())
                .orElseGet(() -> BUILT_IN_PLATFORMS.contains(platform) ? ui.t(language, "guide.name." + platform)
                        : names.flatMap(n -> n.values().stream().findFirst()).orElse(platform));
    }
}
