package dev.tollgate.adapters.telegram.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.application.port.out.ForgedNotificationException;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CryptoBot's Crypto Pay API (help.send.tg, "Crypto Pay API"): invoices priced in a crypto asset (USDT) or in fiat
 * (USD, EUR, RUB; the payer picks the asset), whose {@code bot_invoice_url} is the pay link; webhooks signed with
 * HMAC-SHA-256 of the raw body under SHA-256 of the API token, checked in constant time; {@code getInvoices} for the
 * payments whose webhook never came. Every method is called as GET with query parameters and the
 * {@code Crypto-Pay-API-Token} header; answers are {@code {"ok":true,"result":...}} or {@code {"ok":false,"error":...}}.
 */
public final class CryptoBotGateway implements PaymentGateway {

    /** Fiat currencies Crypto Pay prices invoices in, as far as the shop has them. */
    private static final Set<Currency> FIAT = EnumSet.of(Currency.USD, Currency.EUR, Currency.RUB);
    /** Crypto assets Crypto Pay takes that the shop can price in. */
    private static final Set<Currency> ASSETS = EnumSet.of(Currency.USDT);
    /** Crypto Pay's limit on {@code expires_in}, in seconds. */
    private static final long MAX_EXPIRY = 2_678_400;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String token;
    private final Set<Currency> currencies;
    private final String acceptedAssets;
    private final String webhookPath;
    private final byte[] signingKey;

    /**
     * {@code api} is mainnet, testnet or a test double; {@code currencies} those offered (others are
     * dropped); {@code acceptedAssets} the assets a payer of a fiat invoice may use, comma separated, empty for all.
     */
    public CryptoBotGateway(URI api, String token, Set<Currency> currencies, String acceptedAssets, String webhookPath) {
        this.api = api.toString().endsWith("/") ? api : URI.create(api + "/");
        this.token = token;
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("CryptoBot needs the API token of a Crypto Pay app");
        }
        this.currencies = currencies.stream().filter(c -> FIAT.contains(c) || ASSETS.contains(c))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Currency.class)));
        this.acceptedAssets = acceptedAssets == null ? "" : acceptedAssets.strip();
        this.webhookPath = webhookPath;
        this.signingKey = sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.CRYPTO_BOT;
    }

    @Override
    public boolean accepts(Currency currency) {
        return currencies.contains(currency);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.NOTIFIES_OVER_HTTP, Capability.LOOK_UP);
    }

    @Override
    public String notificationPath() {
        return webhookPath;
    }

    @Override
    public Checkout open(Charge charge) {
        Currency currency = charge.amount().currency();
        if (!accepts(currency)) {
            throw new IllegalArgumentException("CryptoBot is not configured for " + currency);
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (ASSETS.contains(currency)) {
            query.put("currency_type", "crypto");
            query.put("asset", currency.name());
        } else {
            query.put("currency_type", "fiat");
            query.put("fiat", currency.name());
            if (!acceptedAssets.isEmpty()) {
                query.put("accepted_assets", acceptedAssets);
            }
        }
        query.put("amount", decimal(charge.amount()));
        query.put("description", Invoices.cut(charge.title() + " — " + charge.description(), 1024));
        query.put("payload", charge.order().toString());
        query.put("allow_comments", "false");
        query.put("expires_in", Long.toString(Math.max(1, Math.min(MAX_EXPIRY, charge.validFor().toSeconds()))));
        JsonNode invoice = call("createInvoice", query);
        String url = invoice.path("bot_invoice_url").asText(invoice.path("pay_url").asText(""));
        if (!invoice.hasNonNull("invoice_id") || url.isEmpty()) {
            throw new PaymentProviderException("CryptoBot's createInvoice answer has no invoice_id or bot_invoice_url");
        }
        return new PayLink(invoice.get("invoice_id").asText(), url);
    }

    @Override
    public Optional<PaymentState> read(Map<String, String> headers, byte[] body) {
        String signature = headers.getOrDefault("crypto-pay-api-signature", "");
        if (!signatureMatches(signature, body)) {
            throw new ForgedNotificationException("the crypto-pay-api-signature header does not match the body");
        }
        JsonNode update;
        try {
            update = json.readTree(body);
        } catch (IOException e) {
            throw new ForgedNotificationException("a signed body that is not JSON");
        }
        if (!"invoice_paid".equals(update.path("update_type").asText())) {
            return Optional.empty();
        }
        return state(update.path("payload"));
    }

    @Override
    public List<PaymentState> lookUp(List<String> externalIds) {
        List<PaymentState> states = new ArrayList<>();
        for (int from = 0; from < externalIds.size(); from += 1000) {
            List<String> chunk = externalIds.subList(from, Math.min(externalIds.size(), from + 1000));
            Map<String, String> query = new LinkedHashMap<>();
            query.put("invoice_ids", String.join(",", chunk));
            query.put("count", Integer.toString(chunk.size()));
            for (JsonNode invoice : call("getInvoices", query).path("items")) {
                state(invoice).ifPresent(states::add);
            }
        }
        return states;
    }

    /** Whether {@code signature} (lowercase hex) is the body's HMAC-SHA-256 under SHA-256 of the token. */
    boolean signatureMatches(String signature, byte[] body) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, hmac(signingKey, body));
    }

    private Optional<PaymentState> state(JsonNode invoice) {
        String id = invoice.path("invoice_id").asText("");
        Optional<Money> amount = money(invoice);
        if (id.isEmpty() || amount.isEmpty()) {
            return Optional.empty();
        }
        State state = switch (invoice.path("status").asText()) {
            case "paid" -> State.PAID;
            case "expired" -> State.EXPIRED;
            default -> State.OPEN;
        };
        return Optional.of(new PaymentState(id, orderId(invoice.path("payload").asText("")), state, amount.get()));
    }

    /** The invoice's price (not what was paid in which asset): the fiat amount of a fiat invoice, else the asset's. */
    private static Optional<Money> money(JsonNode invoice) {
        String code = "fiat".equals(invoice.path("currency_type").asText()) ? invoice.path("fiat").asText()
                : invoice.path("asset").asText();
        Optional<Currency> currency = Currency.byCode(code);
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(invoice.path("amount").asText());
            return Optional.of(Money.ofMajor(amount, currency.get()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<OrderId> orderId(String payload) {
        try {
            return payload.length() == 36 ? Optional.of(OrderId.parse(payload)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String decimal(Money money) {
        return BigDecimal.valueOf(money.minorUnits(), money.currency().fractionDigits()).toPlainString();
    }

    private JsonNode call(String method, Map<String, String> query) {
        String parameters = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(api.resolve(method + (parameters.isEmpty() ? "" : "?" + parameters)))
                .timeout(Duration.ofSeconds(15)).header("Crypto-Pay-API-Token", token).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PaymentProviderException("CryptoBot " + method + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderException("interrupted during CryptoBot " + method, e);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw new PaymentProviderException("CryptoBot " + method + " answered HTTP " + response.statusCode()
                    + " without JSON", e);
        }
        if (!answer.path("ok").asBoolean(false)) {
            // The error's shape is not pinned down by the docs: a name, or an object with a code and a name.
            JsonNode error = answer.path("error");
            String name = error.isObject() ? error.path("name").asText(error.toString()) : error.asText("unknown");
            throw new PaymentProviderException("CryptoBot " + method + " refused (HTTP " + response.statusCode() + "): "
                    + name);
        }
        return answer.path("result");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
