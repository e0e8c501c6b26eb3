package dev.tollgate.adapters.telegram.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.Replies;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.FixedAdmins;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.OwnerFiles;
import dev.tollgate.domain.customer.TelegramUserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Backups to the owners with sendDocument against the fake Bot API, which answers uploads over its limit with 413. */
class TelegramOwnerFilesTest {

    private static final String TOKEN = "7:owner-files-test";
    private static final TelegramUserId OWNER = new TelegramUserId(11);
    private static final TelegramUserId SECOND_OWNER = new TelegramUserId(12);

    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private final TestShop shop = new TestShop();
    private final Chat chat = new Chat(new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1",
            telegram.baseUrl().getPort(), false)), new RateLimits(25), id -> { });

    @TempDir
    Path directory;

    @AfterEach
    void close() {
        telegram.close();
    }

    private TelegramOwnerFiles files(long limit, TelegramUserId... owners) {
        return new TelegramOwnerFiles(chat, Replies.UI, new FixedAdmins(owners), shop.customerSettings, limit);
    }

    private Path archive(int bytes) throws Exception {
        byte[] content = new byte[bytes];
        new Random(7).nextBytes(content);
        return Files.write(directory.resolve("tollgate-20261201-033000.zip"), content);
    }

    @Test
    void sendBackup_toTwoOwners_deliversTheSameBytesUnderItsNameWithACaptionInEachOwnersLanguage() throws Exception {
        shop.contacts.register(new RegisterContactUseCase.Command(SECOND_OWNER, "ru"));
        Path archive = archive(300_000);

        OwnerFiles.Delivery delivery = files(TelegramOwnerFiles.PUBLIC_BOT_API_UPLOAD_LIMIT, OWNER, SECOND_OWNER)
                .sendBackup(archive, archive.getFileName().toString());

        assertThat(delivery).isEqualTo(new OwnerFiles.Sent(2));
        for (TelegramUserId owner : new TelegramUserId[] {OWNER, SECOND_OWNER}) {
            assertThat(telegram.documents(owner.value())).singleElement().satisfies(document -> {
                assertThat(document.fileName()).isEqualTo("tollgate-20261201-033000.zip");
                assertThat(document.content()).isEqualTo(Files.readAllBytes(archive));
            });
        }
        assertThat(telegram.documents(OWNER.value()).get(0).caption()).contains("Tollgate backup", "0.3 MB");
        assertThat(telegram.documents(SECOND_OWNER.value()).get(0).caption()).contains("Резервная копия Tollgate");
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void sendBackup_overTheConfiguredLimit_isNotUploadedAtAll() throws Exception {
        Path archive = archive(2_000);

        OwnerFiles.Delivery delivery = files(1_000, OWNER).sendBackup(archive, archive.getFileName().toString());

        assertThat(delivery).isEqualTo(new OwnerFiles.TooLarge(2_000, 1_000));
        assertThat(telegram.calls("sendDocument")).isZero();
    }

    @Test
    void sendBackup_whenTelegramAnswers413_isTooLargeAndNotRetried() throws Exception {
        telegram.uploadLimit(10_000);
        Path archive = archive(50_000);

        OwnerFiles.Delivery delivery = files(TelegramOwnerFiles.PUBLIC_BOT_API_UPLOAD_LIMIT, OWNER)
                .sendBackup(archive, archive.getFileName().toString());

        assertThat(delivery).isEqualTo(new OwnerFiles.TooLarge(50_000, TelegramOwnerFiles.PUBLIC_BOT_API_UPLOAD_LIMIT));
        assertThat(telegram.calls("sendDocument")).isEqualTo(1);
        assertThat(telegram.documents(OWNER.value())).isEmpty();
    }

    @Test
    void sendBackup_withNoOwnersConfigured_sendsNothing() throws Exception {
        Path archive = archive(100);

        assertThat(files(TelegramOwnerFiles.PUBLIC_BOT_API_UPLOAD_LIMIT).sendBackup(archive, "b.zip"))
                .isEqualTo(new OwnerFiles.NoOwners());
        assertThat(telegram.calls("sendDocument")).isZero();
    }
}
