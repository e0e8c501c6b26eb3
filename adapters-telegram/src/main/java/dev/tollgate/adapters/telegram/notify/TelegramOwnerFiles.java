package dev.tollgate.adapters.telegram.notify;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits.Priority;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.NotificationFailedException;
import dev.tollgate.application.port.out.OwnerFiles;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups to the owners (the configured admins) with sendDocument, one admin after the other through the paced
 * {@link Chat}. A file over the Bot API's upload limit is not even uploaded; if Telegram still answers 413 (a
 * smaller limit than configured), that counts the same.
 */
public final class TelegramOwnerFiles implements OwnerFiles {

    /** What the public Bot API accepts from a bot (sendDocument): 50 MB. */
    public static final long PUBLIC_BOT_API_UPLOAD_LIMIT = 50L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TelegramOwnerFiles.class);

    private final Chat chat;
    private final Ui ui;
    private final AdminDirectory admins;
    private final ChangeCustomerSettingsUseCase customers;
    private final long uploadLimit;

    public TelegramOwnerFiles(Chat chat, Ui ui, AdminDirectory admins, ChangeCustomerSettingsUseCase customers, long uploadLimit) {
        this.chat = chat;
        this.ui = ui;
        this.admins = admins;
        this.customers = customers;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public Delivery sendBackup(Path file, String fileName) {
        OwnerFiles.require(file, fileName);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (admins.owners().isEmpty()) {
            return new NoOwners();
        }
        if (size > uploadLimit) {
            return new TooLarge(size, uploadLimit);
        }
        int delivered = 0;
        for (TelegramUserId admin : admins.owners()) {
            Language language = customers.languageOf(admin);
            String caption = ui.t(language, "admin.backup.caption", Texts.escape(fileName), ui.formats().fileSize(language, size));
            try {
                Chat.Outcome outcome = chat.document(Priority.BULK, admin.value(), file, fileName, caption);
                if (outcome == Chat.Outcome.TOO_LARGE) {
                    return new TooLarge(size, uploadLimit);
                }
                if (outcome != Chat.Outcome.BLOCKED) {
                    delivered++;
                }
            } catch (NotificationFailedException e) {
                LOG.warn("the backup could not be sent to admin {}: {}", admin, e.getMessage());
            }
        }
        if (delivered == 0) {
            throw new NotificationFailedException("no admin could receive the backup " + fileName, null);
        }
        return new Sent(delivered);
    }
}
