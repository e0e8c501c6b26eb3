package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.xray.testing.LocalHttpPage;
import dev.tollgate.adapters.xray.testing.V2RayClient;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop end to end (free trial, Stars purchase, card transfer with admin approval, wallet, subscription URL):
 * the app started through its real Guice wiring, a fake Telegram Bot API speaking the real JSON, a real V2Ray core
 * from Debian's package, and a second V2Ray process as the user's VPN app.
 */
class ShopEndToEndTest {

    private static final String TOKEN = "123456789:AAtestTokenForTheFakeBotApi";
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Pattern VLESS_LINK = Pattern.compile("vless://\\S+");

    @TempDir
    Path work;

    private V2RayServer core;
    private LocalHttpPage page;
    private FakeTelegramBotApi telegram;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        core = V2RayServer.start(Files.createDirectories(work.resolve("core")));
        page = LocalHttpPage.serve("hello through tollgate");
        telegram = FakeTelegramBotApi.start(TOKEN);
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_BOT_TOKEN", TOKEN);
        environment.put("TOLLGATE_BOT_API_URL", telegram.baseUrl().toString());
        environment.put("TOLLGATE_ADMIN_IDS", "1");
        environment.put("TOLLGATE_DB_URL", "jdbc:h2:file:" + work.resolve("db/tollgate").toAbsolutePath());
        environment.put("TOLLGATE_HTTP_PORT", "0");
        environment.put("TOLLGATE_PUBLIC_URL", "http://127.0.0.1:0");
        environment.put("TOLLGATE_SECRET_KEY_FILE", work.resolve("secret.key").toString());
        environment.put("TOLLGATE_TRIAL_DURATION", "2d");
        environment.put("TOLLGATE_TRIAL_TRAFFIC", "1.5GB");
        environment.put("TOLLGATE_JOBS_PENDING_RETRY_INTERVAL", "PT1S");
        environment.put("TOLLGATE_JOBS_PENDING_GRACE", "PT3S");
        environment.put("TOLLGATE_JOBS_RECONCILE_INTERVAL", "PT1S");
        environment.put("TOLLGATE_SERVERS_0_ID", "local-v2ray");
        environment.put("TOLLGATE_SERVERS_0_NAME", "Local V2Ray");
        environment.put("TOLLGATE_SERVERS_0_KIND", "v2ray");
        environment.put("TOLLGATE_SERVERS_0_PROTOCOL", "vless");
        environment.put("TOLLGATE_SERVERS_0_ADDRESS", core.apiAddress());
        environment.put("TOLLGATE_SERVERS_0_INBOUND", core.inboundTag());
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_HOST", "127.0.0.1");
        environment.put("TOLLGATE_SERVERS_0_PUBLIC_PORT", Integer.toString(core.inboundPort()));
        environment.put("TOLLGATE_SERVERS_0_LINK_TYPE", "tcp");
        environment.put("TOLLGATE_SERVERS_0_LINK_SECURITY", "none");
        environment.put("TOLLGATE_PLANS_0_ID", "month");
        environment.put("TOLLGATE_PLANS_0_NAME", "Month 50 GB");
        environment.put("TOLLGATE_PLANS_0_DURATION", "30d");
        environment.put("TOLLGATE_PLANS_0_TRAFFIC", "50GB");
        environment.put("TOLLGATE_PLANS_0_DEVICE_LIMIT", "2");
        environment.put("TOLLGATE_PLANS_0_PRICE_XTR", "250");
        environment.put("TOLLGATE_PLANS_0_PRICE_USD", "4.99");
        environment.put("TOLLGATE_PLANS_0_SERVERS", "local-v2ray");
        environment.put("TOLLGATE_PLANS_0_PRICE_IRR", "1500000");
        environment.put("TOLLGATE_CARD_NUMBER", "6037-9975-0000-0000");
        environment.put("TOLLGATE_CARD_HOLDER", "Tollgate Shop");
        environment.put("TOLLGATE_CARD_CURRENCY", "IRR");
        environment.put("TOLLGATE_JOBS_PROVISIONING_INTERVAL", "PT1S");
        app = Application.start(new ConfigLoader().load(environment), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        telegram.close();
        page.close();
        core.close();
    }

    @Test
    void freeTrial_fromStartToAWorkingVpnLink_andOnlyOnce_andPendingWhileTheCoreIsDown() throws Exception {
        TgUser alice = new TgUser(1001, "Alice", "en");

        // 1. /start greets in the user's language with a main menu that offers the free trial.
        telegram.userSends(alice, "/start");
        ChatMessage menu = telegram.awaitBotMessage(alice.id(), m -> m.buttonData("Free trial").isPresent(), WAIT);
        assertThat(menu.text()).contains("Hello, Alice");

        // 2-3. Free trial: the link, its QR code, the expiry and the traffic.
        String pressed = telegram.userPresses(alice, menu.messageId(), menu.buttonData("Free trial").orElseThrow());
        ChatMessage activated = telegram.awaitBotMessage(alice.id(), m -> m.text() != null && m.text().contains("vless://"), WAIT);
        assertThat(telegram.callbackAnswered(pressed)).isTrue();
        assertThat(activated.messageId()).isEqualTo(menu.messageId());
        assertThat(activated.text()).contains("free trial is active", "Local V2Ray", "1.5 GB", "Expires: 20");
        String link = linkIn(activated.text());
        ChatMessage qr = telegram.awaitBotMessage(alice.id(), m -> m.photo() != null, WAIT);
        assertThat(decodeQr(qr.photo())).isEqualTo(link);

        // The link really connects: a V2Ray client built from it fetches a local page through the core.
        try (V2RayClient vpnApp = V2RayClient.fromShareLink(link, Files.createDirectories(work.resolve("alice")))) {
            assertThat(vpnApp.fetchStatus(page.uri())).isEqualTo(200);
        }

        // The one subscription URL serves the same link as base64 share links, Clash YAML and sing-box JSON.
        assertSubscriptionFeedServes(alice, link);

        // 4. A second press says the trial was used and provisions nothing.
        telegram.userSends(alice, "/start");
        ChatMessage secondMenu = telegram.awaitBotMessage(alice.id(),
                m -> m.messageId() > qr.messageId() && m.buttonData("Free trial").isPresent(), WAIT);
        telegram.userPresses(alice, secondMenu.messageId(), "trial");
        telegram.awaitBotMessage(alice.id(), m -> m.messageId() == secondMenu.messageId()
                && m.text().contains("already used your free trial"), WAIT);
        SubscriptionRepository subscriptions = app.injector().getInstance(SubscriptionRepository.class);
        assertThat(subscriptions.findByOwner(new TelegramUserId(alice.id()))).hasSize(1);

        // A forged button is refused with a clear answer and changes nothing.
        String forged = telegram.userPresses(alice, secondMenu.messageId(), "grant:999999999");
        awaitAnswered(forged);
        assertThat(subscriptions.findByOwner(new TelegramUserId(alice.id()))).hasSize(1);

        // 5. With the core down, a new user's trial is kept pending and completed by the job when the core is back.
        core.stop();
        TgUser bob = new TgUser(2002, "Боб", "ru");
        telegram.userSends(bob, "/start");
        ChatMessage bobMenu = telegram.awaitBotMessage(bob.id(), m -> m.buttonData("Бесплатный").isPresent(), WAIT);
        assertThat(bobMenu.text()).contains("Здравствуйте, Боб");
        telegram.userPresses(bob, bobMenu.messageId(), bobMenu.buttonData("Бесплатный").orElseThrow());
        telegram.awaitBotMessage(bob.id(), m -> m.text() != null && m.text().contains("Активация ожидает"), WAIT);
        List<Subscription> bobs = subscriptions.findByOwner(new TelegramUserId(bob.id()));
        assertThat(bobs).singleElement().extracting(Subscription::status).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);

        core.restart();
        ChatMessage ready = telegram.awaitBotMessage(bob.id(), m -> m.text() != null && m.text().contains("vless://"), WAIT);
        assertThat(ready.text()).contains("Ваш доступ готов");
        telegram.awaitBotMessage(bob.id(), m -> m.photo() != null, WAIT);
        assertThat(subscriptions.findByOwner(new TelegramUserId(bob.id()))).singleElement()
                .extracting(Subscription::status).isEqualTo(SubscriptionStatus.ACTIVE);
        try (V2RayClient vpnApp = V2RayClient.fromShareLink(linkIn(ready.text()), Files.createDirectories(work.resolve("bob")))) {
            assertThat(vpnApp.fetchStatus(page.uri())).isEqualTo(200);
        }

        // The restarted core forgot Alice; reconciliation re-applied her, so her link works again.
        try (V2RayClient vpnApp = V2RayClient.fromShareLink(link, Files.createDirectories(work.resolve("alice-again")))) {
            assertThat(awaitStatus(vpnApp, page, 200)).as("Alice through the restarted core; its recorded status: %s",
                    app.injector().getInstance(dev.tollgate.application.port.out.PanelStatuses.class).all())
                    .isEqualTo(200);
        }
        assertThat(telegram.errors()).as("requests the Bot API refused").isEmpty();
    }

    @Test
    void paidPlan_withTelegramStars_deliversAWorkingLinkExactlyOnce() throws Exception {
        TgUser carol = new TgUser(3003, "Carol", "en");
        telegram.userSends(carol, "/start");
        ChatMessage menu = telegram.awaitBotMessage(carol.id(), m -> m.buttonData("Buy a plan").isPresent(), WAIT);

        telegram.userPresses(carol, menu.messageId(), menu.buttonData("Buy a plan").orElseThrow());
        ChatMessage plans = telegram.awaitBotMessage(carol.id(), m -> m.buttonData("Month 50 GB").isPresent(), WAIT);
        assertThat(plans.buttonTexts()).anySatisfy(text -> assertThat(text).contains("Month 50 GB", "⭐ 250", "4.99 USD"));
        telegram.userPresses(carol, plans.messageId(), plans.buttonData("Month 50 GB").orElseThrow());
        ChatMessage plan = telegram.awaitBotMessage(carol.id(), m -> m.buttonData("Pay 250 Stars").isPresent(), WAIT);
        assertThat(plan.text()).contains("Duration: 30 days", "Traffic: 50 GB", "Devices: 2");
        assertThat(plan.buttonTexts()).noneMatch(text -> text.contains("from the wallet"));

        telegram.userPresses(carol, plan.messageId(), plan.buttonData("Pay 250 Stars").orElseThrow());
        FakeTelegramBotApi.Invoice invoice = awaitInvoice(carol);
        assertThat(invoice.currency()).isEqualTo("XTR");
        assertThat(invoice.totalAmount()).isEqualTo(250);

        FakeTelegramBotApi.PaymentOutcome paid = telegram.userPaysInvoice(carol, invoice, WAIT);
        assertThat(paid.approved()).as(paid.errorMessage()).isTrue();
        ChatMessage ready = telegram.awaitBotMessage(carol.id(), m -> m.text() != null && m.text().contains("is ready")
                && m.text().contains("vless://"), WAIT);
        assertThat(ready.text()).contains("Local V2Ray", "50 GB");
        try (V2RayClient vpnApp = V2RayClient.fromShareLink(linkIn(ready.text()), Files.createDirectories(work.resolve("carol")))) {
            assertThat(vpnApp.fetchStatus(page.uri())).isEqualTo(200);
        }

        // Telegram delivering the same successful_payment twice credits nothing twice.
        telegram.deliverSuccessfulPayment(carol, invoice, paid.chargeId());
        telegram.userSends(carol, "/start");
        telegram.awaitBotMessage(carol.id(), m -> m.messageId() > ready.messageId() && m.buttonData("Buy a plan").isPresent(), WAIT);
        SubscriptionRepository subscriptions = app.injector().getInstance(SubscriptionRepository.class);
        assertThat(subscriptions.findByOwner(new TelegramUserId(carol.id()))).singleElement()
                .extracting(Subscription::status).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(telegram.messages(carol.id()).stream().filter(m -> m.text() != null && m.text().contains("is ready"))).hasSize(1);

        // Top up the wallet with Stars, then switch auto-renewal on for the paid subscription.
        ChatMessage again = telegram.messages(carol.id()).stream().filter(m -> m.fromBot() && m.buttonData("Wallet").isPresent())
                .reduce((first, second) -> second).orElseThrow();
        telegram.userPresses(carol, again.messageId(), "wallet");
        ChatMessage wallet = telegram.awaitBotMessage(carol.id(), m -> m.messageId() == again.messageId()
                && m.text() != null && m.text().contains("Your wallet"), WAIT);
        assertThat(wallet.text()).contains("t.me/tollgate_test_bot?start=ref_");
        String forgedTopUp = telegram.userPresses(carol, wallet.messageId(), "top:7");
        awaitAnswered(forgedTopUp);
        telegram.userPresses(carol, wallet.messageId(), wallet.buttonData("⭐ 250").orElseThrow());
        FakeTelegramBotApi.Invoice topUp = awaitInvoices(carol, 2).get(1);
        assertThat(topUp.totalAmount()).isEqualTo(250);
        assertThat(telegram.userPaysInvoice(carol, topUp, WAIT).approved()).isTrue();
        telegram.awaitBotMessage(carol.id(), m -> m.text() != null && m.text().contains("wallet was topped up with ⭐ 250"), WAIT);
        telegram.userPresses(carol, wallet.messageId(), "subs");
        ChatMessage mine = telegram.awaitBotMessage(carol.id(), m -> m.messageId() == wallet.messageId()
                && m.buttonData("Auto-renew").isPresent(), WAIT);
        telegram.userPresses(carol, mine.messageId(), mine.buttonData("Auto-renew").orElseThrow());
        telegram.awaitBotMessage(carol.id(), m -> m.messageId() == mine.messageId() && m.text().contains("Auto-renewal is on"), WAIT);

        // A forged invoice payload is refused before Telegram takes any stars.
        FakeTelegramBotApi.PaymentOutcome forged = telegram.userPaysInvoice(carol, new FakeTelegramBotApi.Invoice(carol.id(),
                invoice.messageId(), invoice.title(), "not-an-order", "XTR", 1), WAIT);
        assertThat(forged.approved()).isFalse();
        assertThat(forged.errorMessage()).contains("no longer valid");
        assertThat(telegram.errors()).as("requests the Bot API refused").isEmpty();
    }

    @Test
    void cardTransfer_receiptApprovedByAnAdminOnly_deliversAWorkingLink() throws Exception {
        TgUser dave = new TgUser(4004, "Dave", "en");
        TgUser admin = new TgUser(1, "Admin", "en");
        telegram.userSends(dave, "/start");
        ChatMessage menu = telegram.awaitBotMessage(dave.id(), m -> m.buttonData("Buy a plan").isPresent(), WAIT);
        telegram.userPresses(dave, menu.messageId(), "plan:month");
        ChatMessage plan = telegram.awaitBotMessage(dave.id(), m -> m.buttonData("Card transfer").isPresent(), WAIT);
        assertThat(plan.buttonTexts()).anySatisfy(text -> assertThat(text).contains("1500000 IRR"));
        telegram.userPresses(dave, plan.messageId(), plan.buttonData("Card transfer").orElseThrow());
        telegram.awaitBotMessage(dave.id(), m -> m.text() != null && m.text().contains("6037-9975-0000-0000")
                && m.text().contains("1500000 IRR"), WAIT);

        telegram.userSendsPhoto(dave, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6, 7, 8});
        telegram.awaitBotMessage(dave.id(), m -> m.text() != null && m.text().contains("Receipt received"), WAIT);
        ChatMessage review = telegram.awaitBotMessage(admin.id(), m -> m.photo() != null && m.buttonData("Approve").isPresent(), WAIT);
        assertThat(review.caption()).contains("Receipt to review", "4004", "1500000 IRR");
        String approve = review.buttonData("Approve").orElseThrow();

        // Dave forges the admin's button: refused, nothing delivered.
        telegram.userSends(dave, "/start");
        ChatMessage daveMenu = telegram.awaitBotMessage(dave.id(), m -> m.buttonData("Buy a plan").isPresent()
                && m.messageId() > review.messageId(), WAIT);
        String forged = telegram.userPresses(dave, daveMenu.messageId(), approve);
        awaitAnswered(forged);
        assertThat(telegram.calls().stream().filter(c -> c.method().equals("answerCallbackQuery")
                && forged.equals(c.parameters().get("callback_query_id")))).singleElement()
                .satisfies(call -> assertThat(call.parameters().get("text")).contains("Only the shop's admins"));
        SubscriptionRepository subscriptions = app.injector().getInstance(SubscriptionRepository.class);
        assertThat(subscriptions.findByOwner(new TelegramUserId(dave.id()))).isEmpty();
        telegram.userSends(dave, "/stats");
        telegram.awaitBotMessage(dave.id(), m -> m.text() != null && m.text().contains("did not understand"), WAIT);

        telegram.userPresses(admin, review.messageId(), approve);
        // The receipt's buttons are replaced by the decision itself.
        telegram.awaitBotMessage(admin.id(), m -> m.messageId() == review.messageId()
                && m.buttonTexts().stream().anyMatch(text -> text.contains("Approved by Admin")), WAIT);
        ChatMessage ready = telegram.awaitBotMessage(dave.id(), m -> m.text() != null && m.text().contains("is ready")
                && m.text().contains("vless://"), WAIT);
        try (V2RayClient vpnApp = V2RayClient.fromShareLink(linkIn(ready.text()), Files.createDirectories(work.resolve("dave")))) {
            assertThat(vpnApp.fetchStatus(page.uri())).isEqualTo(200);
        }
        String again = telegram.userPresses(admin, review.messageId(), approve);
        awaitAnswered(again);
        assertThat(subscriptions.findByOwner(new TelegramUserId(dave.id()))).hasSize(1);

        telegram.userSends(admin, "/stats");
        ChatMessage stats = telegram.awaitBotMessage(admin.id(), m -> m.text() != null && m.text().contains("Sales, last 7 days"), WAIT);
        assertThat(stats.text()).contains("1500000 IRR", "Active subscriptions: 1");
        assertThat(telegram.errors()).as("requests the Bot API refused").isEmpty();
    }

    private List<FakeTelegramBotApi.Invoice> awaitInvoices(TgUser user, int count) throws InterruptedException {
        for (int i = 0; i < 400 && telegram.invoices(user.id()).size() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(telegram.invoices(user.id())).as("errors %s", telegram.errors()).hasSizeGreaterThanOrEqualTo(count);
        return telegram.invoices(user.id());
    }

    private FakeTelegramBotApi.Invoice awaitInvoice(TgUser user) throws InterruptedException {
        for (int i = 0; i < 400 && telegram.invoices(user.id()).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(telegram.invoices(user.id())).as("invoices sent to %s; errors %s", user.id(), telegram.errors()).isNotEmpty();
        return telegram.invoices(user.id()).get(0);
    }

    private void assertSubscriptionFeedServes(TgUser user, String link) throws Exception {
        String url = app.injector().getInstance(dev.tollgate.application.port.in.SubscriptionFeedUseCase.class)
                .urlFor(new TelegramUserId(user.id())).orElseThrow();
        int port = app.injector().getInstance(dev.tollgate.bootstrap.http.HttpFront.class).boundPort();
        java.net.URI base = java.net.URI.create(url.replace("http://127.0.0.1:0", "http://127.0.0.1:" + port));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> links = http.send(java.net.http.HttpRequest.newBuilder(base).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(links.statusCode()).isEqualTo(200);
        assertThat(new String(java.util.Base64.getDecoder().decode(links.body().trim()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(link);
        assertThat(links.headers().firstValue("subscription-userinfo").orElseThrow())
                .matches("upload=0; download=0; total=1610612736; expire=\\d{10}");
        java.net.http.HttpResponse<String> clash = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "?format=clash")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(clash.body()).contains("type: vless", "server: \"127.0.0.1\"", "port: " + core.inboundPort());
        java.net.http.HttpResponse<String> singBox = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "?format=singbox")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(singBox.body()).contains("\"type\" : \"vless\"", "\"server_port\" : " + core.inboundPort());
        // The signature's last character changed for sure (a token ending in one "0" used to come back unchanged).
        String genuine = base.toString();
        char last = genuine.charAt(genuine.length() - 1);
        java.net.http.HttpResponse<String> forged = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A'))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
    }

    private void awaitAnswered(String queryId) {
        assertThat(telegram.awaitCallbackAnswered(queryId, Duration.ofSeconds(10))).as("the forged button got an answer").isTrue();
    }

    /** Fetches through the client until the page answers {@code expected}, for at most {@link #WAIT}. */
    private static int awaitStatus(V2RayClient client, LocalHttpPage page, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int status = client.fetchStatus(page.uri());
        while (status != expected && System.nanoTime() - deadline < 0) {
            Thread.sleep(500);
            status = client.fetchStatus(page.uri());
        }
        return status;
    }

    private static String linkIn(String text) {
        Matcher matcher = VLESS_LINK.matcher(text);
        assertThat(matcher.find()).as("a vless:// link in %s", text).isTrue();
        return matcher.group();
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // The bot's PNG is the code itself, not a photo of it: read it as such. (The detector that looks for a code in
        // a photo misreads about one synthetic code in 200, whatever the link.)
        return new QRCodeReader().decode(bitmap, Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, true)).getText();
    }
}
