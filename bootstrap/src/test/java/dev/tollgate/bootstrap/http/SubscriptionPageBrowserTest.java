package dev.tollgate.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.tollgate.domain.customer.Language;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The subscription page in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (both installed by scripts/test-services.sh). Missing binaries fail the test, they never skip it.
 * Screenshots are kept in bootstrap/target/screenshots/.
 */
class SubscriptionPageBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TOLLGATE_TEST_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("TOLLGATE_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;
    private final FrontFixture fixture = new FrontFixture(FrontFixture.settings());

    @BeforeAll
    static void startBrowser() throws Exception {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium; scripts/test-services.sh does it)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=480,1400", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void stopFront() {
        fixture.close();
    }

    @Test
    void page_inEnglish_showsPlanStatusTrafficAndAQrOfTheSubscriptionUrl() throws Exception {
        fixture.speaks(7, Language.EN);
        fixture.active(7, "de-1", 10, 2.5, 30);

        browser.get(fixture.base() + "/sub/token-7");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Your subscription");
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Active");
        assertThat(browser.findElement(By.cssSelector(".plan")).getText()).isEqualTo("Paid");
        assertThat(browser.findElement(By.cssSelector(".traffic")).getText()).isEqualTo("2.50 GB / 10.00 GB");
        assertThat(browser.findElement(By.cssSelector(".bar")).getAttribute("aria-valuenow")).isEqualTo("25");
        assertThat(browser.findElement(By.id("url")).getText()).isEqualTo(fixture.base() + "/sub/token-7");
        List<WebElement> apps = browser.findElements(By.cssSelector("#apps a.app"));
        assertThat(apps).extracting(WebElement::getText).contains("v2rayNG", "Hiddify", "Streisand", "Happ", "Clash Verge");
        assertThat(apps).extracting(app -> app.getAttribute("href"))
                .contains("v2rayng://install-config?url=" + java.net.URLEncoder.encode(fixture.base() + "/sub/token-7",
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.findElements(By.cssSelector("#links code"))).singleElement()
                .satisfies(link -> assertThat(link.getText()).startsWith("vless://"));
        assertThat(decodeQr(browser.findElement(By.id("qr")))).isEqualTo(fixture.base() + "/sub/token-7");
        screenshot("subscription-page-en.png");
    }

    @Test
    void page_inPersian_isRightToLeftWithJalaliDatesAndPersianDigits() throws Exception {
        fixture.speaks(8, Language.FA);
        fixture.active(8, "de-1", 10, 1, 30);

        browser.get(fixture.base() + "/sub/token-8");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fa");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("اشتراک شما");
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("فعال");
        // Activated 2026-06-30 08:00 UTC for 30 days: 2026-07-30 11:30 in Tehran (UTC+3:30, no summer time since 2022) is 8 Mordad 1405.
        assertThat(browser.findElement(By.cssSelector(".expires")).getText()).isEqualTo("۱۴۰۵/۰۵/۰۸ ۱۱:۳۰");
        assertThat(browser.findElement(By.cssSelector("main")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(decodeQr(browser.findElement(By.id("qr")))).isEqualTo(fixture.base() + "/sub/token-8");
        screenshot("subscription-page-fa.png");
    }

    @Test
    void page_inRussian_ofAnExpiredUser_saysSoAndStillOffersTheApps() throws Exception {
        fixture.speaks(9, Language.RU);
        fixture.expired(9, "nl-1");

        browser.get(fixture.base() + "/sub/token-9");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Ваша подписка");
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Истекла");
        assertThat(browser.findElement(By.cssSelector(".server")).getText()).isEqualTo("Server nl-1");
        assertThat(browser.findElements(By.id("qr"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#apps a.app"))).isNotEmpty();
        screenshot("subscription-page-ru-expired.png");
    }

    /**
     * Decodes the QR code from a screenshot of the element, framed in a white quiet zone (an element screenshot is cut
     * at the code's edge); scrolled into view and shot again if the first picture caught it mid-layout. ZXing's
     * detector misreads about one code in 200 however clean the picture (a data region it takes for a finder
     * pattern), so each shot is also read turned a quarter at a time, as a phone held another way would read it.
     */
    private static String decodeQr(WebElement qr) throws Exception {
        com.google.zxing.ReaderException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", qr);
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES)));
            int margin = 24;
            BufferedImage image = new BufferedImage(shot.getWidth() + 2 * margin, shot.getHeight() + 2 * margin,
                    BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D graphics = image.createGraphics();
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(shot, margin, margin, null);
            graphics.dispose();
            for (int quarter = 0; quarter < 4; quarter++, image = turned(image)) {
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                        image.getHeight(), pixels)));
                try {
                    return new QRCodeReader().decode(bitmap,
                            java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
                } catch (com.google.zxing.ReaderException e) {
                    last = e;
                }
            }
            Thread.sleep(200);
        }
        throw last;
    }

    private static BufferedImage turned(BufferedImage image) {
        BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                turned.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return turned;
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
