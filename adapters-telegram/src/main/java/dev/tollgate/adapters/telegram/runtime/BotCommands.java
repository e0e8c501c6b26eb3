package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The command menu Telegram shows: per language for users, and with the admin commands in each admin's chat. */
public final class BotCommands {

    private static final Logger LOG = LoggerFactory.getLogger(BotCommands.class);
    static final List<String> USER = List.of("start", "help", "language");
    static final List<String> ADMIN = List.of("start", "help", "language", "admin", "find", "order", "receipts", "tickets", "stats",
            "unclaimed");

    private final TelegramClient client;
    private final Texts texts;

    public BotCommands(TelegramClient client, Texts texts) {
        this.client = client;
        this.texts = texts;
    }

    /** A failure here is not worth stopping the shop for: the commands still work when typed. */
    public void publish(Set<TelegramUserId> admins) {
        try {
            for (Language language : Language.values()) {
                SetMyCommands.SetMyCommandsBuilder<?, ?> users = SetMyCommands.builder().commands(commands(language, USER))
                        .scope(new BotCommandScopeDefault());
                if (language != Language.EN) {
                    users.languageCode(language.tag());
                }
                client.execute(users.build());
            }
            for (TelegramUserId admin : admins) {
                client.execute(SetMyCommands.builder().commands(commands(Language.EN, ADMIN))
                        .scope(new BotCommandScopeChat(Long.toString(admin.value()))).build());
            }
        } catch (TelegramApiException e) {
            LOG.warn("the bot's command menu could not be set: {}", e.getMessage());
        }
    }

    private List<BotCommand> commands(Language language, List<String> names) {
        List<BotCommand> commands = new ArrayList<>();
        for (String name : names) {
            commands.add(new BotCommand(name, texts.get(language, "command." + name)));
        }
        return commands;
    }
}
