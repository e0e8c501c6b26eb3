package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.adapters.telegram.routing.Router;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The command menu Telegram shows: per language for users, and with the staff commands in each staff member's chat,
 * set at start for owners and admins and again whenever the owner changes someone's role in the bot.
 */
public final class BotCommands {

    private static final Logger LOG = LoggerFactory.getLogger(BotCommands.class);
    static final List<String> USER = List.of("start", "help", "language", Router.CANCEL);
    static final List<String> ADMIN = List.of("start", "help", "language", "admin", "find", "order", "receipts", "tickets", "stats",
            "unclaimed", Router.CANCEL);
    /** Support looks customers and orders up and answers tickets. */
    static final List<String> SUPPORT = List.of("start", "help", "language", "admin", "find", "order", "tickets",
            Router.CANCEL);

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
                staffMenu(admin, ADMIN);
            }
        } catch (TelegramApiException e) {
            LOG.warn("the bot's command menu could not be set: {}", e.getMessage());
        }
    }

    /**
     * A member's role changed in the bot: their chat gets the staff commands of the new role at once, or, removed from
     * the staff, the users' menu again. A failure is logged once; the commands still work when typed.
     */
    public void staffChanged(TelegramUserId member, Optional<StaffRole> role) {
        try {
            if (role.isPresent()) {
                staffMenu(member, role.get() == StaffRole.SUPPORT ? SUPPORT : ADMIN);
                return;
            }
            for (Language language : Language.values()) {
                DeleteMyCommands.DeleteMyCommandsBuilder delete = DeleteMyCommands.builder()
                        .scope(new BotCommandScopeChat(Long.toString(member.value())));
                if (language != Language.EN) {
                    delete.languageCode(language.tag());
                }
                client.execute(delete.build());
            }
        } catch (TelegramApiException e) {
            LOG.warn("the command menu of staff member {} could not be changed: {}", member.value(), e.getMessage());
        }
    }

    /** The chat's menu in every language, the English one as the chat's default. */
    private void staffMenu(TelegramUserId member, List<String> names) throws TelegramApiException {
        for (Language language : Language.values()) {
            SetMyCommands.SetMyCommandsBuilder<?, ?> menu = SetMyCommands.builder().commands(commands(language, names))
                    .scope(new BotCommandScopeChat(Long.toString(member.value())));
            if (language != Language.EN) {
                menu.languageCode(language.tag());
            }
            client.execute(menu.build());
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
