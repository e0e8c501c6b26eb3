package dev.tollgate.adapters.telegram.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Crypto Pay API (CryptoBot) on loopback, as help.send.tg documents it: {@code /api/<method>} with the
 * {@code Crypto-Pay-API-Token} header, GET query parameters, answers {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error":{"code":N,"name":"..."}}} (the error object's exact shape and names are not pinned down by
 * the docs: the names here are assumptions), createInvoice with its documented limits, getInvoices, and webhook
 * updates ({@code invoice_paid}) signed with HMAC-SHA-256 of the body under SHA-256 of the token, in the
 * {@code crypto-pay-api-signature} header. A test pays, expires and delivers by hand, so it can lose or replay a
 * webhook.
 */
public final class FakeCryptoPay implements AutoCloseable {

    public static final Set<String> ASSETS = Set.of("USDT", "TON", "BTC", "ETH", "LTC", "BNB", "TRX", "USDC");
    public static final Set<String> FIATS = Set.of("USD", "EUR", "RUB", "BYN", "UAH", "GBP", "CNY", "KZT", "UZS", "GEL",
            "TRY", "AMD", "THB", "INR", "BRL", "IDR", "AZN", "AED", "PLN", "ILS");

    /** One webhook delivery as CryptoBot would POST it. */
    public record Delivery(Map<String, String> headers, byte[] body) {
    }

    /** One request the app made. */
    public record Call(String method, Map<String, String> parameters) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String token;
    private final Clock clock;
    private final Map<Long, ObjectNode> invoices = new LinkedHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private long nextInvoiceId = 4_000;
    private volatile boolean down;

    private FakeCryptoPay(String token, Clock clock) throws IOException {
        this.token = token;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-crypto-pay");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static FakeCryptoPay start(String token, Clock clock) {
        try {
            return new FakeCryptoPay(token, clock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Crypto Pay API", e);
        }
    }

    /** The API root to configure instead of https://pay.crypt.bot/api/. */
    public URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<ObjectNode> invoices() {
        return invoices.values().stream().map(ObjectNode::deepCopy).toList();
    }

    /** Answers every request with a connection reset until {@link #up()}. */
    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    /** The payer pays the invoice in the bot; returns the webhook CryptoBot would now send (deliver it or lose it). */
    public synchronized Delivery pay(long invoiceId) {
        ObjectNode invoice = invoices.get(invoiceId);
        if (invoice == null || !invoice.path("status").asText().equals("active")) {
            throw new IllegalStateException("invoice " + invoiceId + " cannot be paid: " + invoice);
        }
        invoice.put("status", "paid");
        invoice.put("paid_at", clock.instant().toString());
        String asset = invoice.path("currency_type").asText().equals("crypto") ? invoice.path("asset").asText() : "USDT";
        invoice.put("paid_asset", asset);
        invoice.put("paid_amount", invoice.path("amount").asText());
        invoice.put("paid_anonymously", false);
        return delivery(invoice);
    }

    /** The invoice's lifetime ran out unpaid; CryptoBot sends no webhook for that. */
    public synchronized void expire(long invoiceId) {
        invoices.get(invoiceId).put("status", "expired");
    }

    /** The webhook of an invoice paid before, sent again (CryptoBot retries until it gets 200). */
    public synchronized Delivery redeliver(long invoiceId) {
        return delivery(invoices.get(invoiceId));
    }

    /** Signs a body with another app's token: what a forger without our token can do at best. */
    public Delivery forged(byte[] body) {
        return new Delivery(Map.of("crypto-pay-api-signature", HexFormat.of().formatHex(
                hmac(sha256("someone else's token".getBytes(StandardCharsets.UTF_8)), body))), body);
    }

    private Delivery delivery(ObjectNode invoice) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.put("update_type", "invoice_paid");
        update.put("request_date", clock.instant().toString());
        update.set("payload", invoice.deepCopy());
        byte[] body = update.toString().getBytes(StandardCharsets.UTF_8);
        String signature = HexFormat.of().formatHex(hmac(sha256(token.getBytes(StandardCharsets.UTF_8)), body));
        return new Delivery(Map.of("crypto-pay-api-signature", signature, "content-type", "application/json"), body);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                exchange.close();
                return;
            }
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            Map<String, String> parameters = query(exchange.getRequestURI().getRawQuery());
            calls.add(new Call(method, Map.copyOf(parameters)));
            ObjectNode answer;
            if (!token.equals(exchange.getRequestHeaders().getFirst("Crypto-Pay-API-Token"))) {
                answer = error(401, "UNAUTHORIZED");
            } else {
                answer = switch (method) {
                    case "getMe" -> ok(json.createObjectNode().put("app_id", 1).put("name", "Tollgate test")
                            .put("payment_processing_bot_username", "CryptoTestnetBot"));
                    case "createInvoice" -> createInvoice(parameters);
                    case "getInvoices" -> getInvoices(parameters);
                    default -> error(405, "METHOD_NOT_FOUND");
                };
            }
            byte[] body = answer.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.path("ok").asBoolean() ? 200 : answer.path("error").path("code").asInt(400),
                    body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private synchronized ObjectNode createInvoice(Map<String, String> p) {
        String type = p.getOrDefault("currency_type", "crypto");
        ObjectNode invoice = json.createObjectNode();
        if (type.equals("crypto")) {
            if (!ASSETS.contains(p.getOrDefault("asset", ""))) {
                return error(400, "ASSET_INVALID");
            }
            invoice.put("asset", p.get("asset"));
        } else if (type.equals("fiat")) {
            if (!FIATS.contains(p.getOrDefault("fiat", ""))) {
                return error(400, "FIAT_INVALID");
            }
            invoice.put("fiat", p.get("fiat"));
            String accepted = p.getOrDefault("accepted_assets", "");
            if (!accepted.isEmpty() && !ASSETS.containsAll(Arrays.asList(accepted.split(",")))) {
                return error(400, "ACCEPTED_ASSETS_INVALID");
            }
            invoice.put("accepted_assets", accepted.isEmpty() ? String.join(",", ASSETS) : accepted);
        } else {
            return error(400, "CURRENCY_TYPE_INVALID");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(p.getOrDefault("amount", ""));
        } catch (NumberFormatException e) {
            return error(400, "AMOUNT_INVALID");
        }
        if (amount.signum() <= 0) {
            return error(400, "AMOUNT_INVALID");
        }
        if (p.getOrDefault("description", "").length() > 1024) {
            return error(400, "DESCRIPTION_TOO_LONG");
        }
        if (p.getOrDefault("payload", "").getBytes(StandardCharsets.UTF_8).length > 4096) {
            return error(400, "PAYLOAD_TOO_LONG");
        }
        long expiresIn;
        try {
            expiresIn = Long.parseLong(p.getOrDefault("expires_in", "0"));
        } catch (NumberFormatException e) {
            return error(400, "EXPIRES_IN_INVALID");
        }
        if (p.containsKey("expires_in") && (expiresIn < 1 || expiresIn > 2_678_400)) {
            return error(400, "EXPIRES_IN_INVALID");
        }
        long id = nextInvoiceId++;
        String hash = "IV" + Long.toString(id * 7919, 36).toUpperCase();
        Instant now = clock.instant();
        invoice.put("invoice_id", id);
        invoice.put("hash", hash);
        invoice.put("currency_type", type);
        invoice.put("amount", amount.toPlainString());
        invoice.put("bot_invoice_url", "https://t.me/CryptoTestnetBot?start=" + hash);
        invoice.put("mini_app_invoice_url", "https://t.me/CryptoTestnetBot/app?startapp=invoice-" + hash);
        invoice.put("web_app_invoice_url", "https://testnet-app.send.tg/invoices/" + hash);
        invoice.put("description", p.getOrDefault("description", ""));
        invoice.put("status", "active");
        invoice.put("created_at", now.toString());
        invoice.put("allow_comments", Boolean.parseBoolean(p.getOrDefault("allow_comments", "true")));
        invoice.put("allow_anonymous", Boolean.parseBoolean(p.getOrDefault("allow_anonymous", "true")));
        if (p.containsKey("expires_in")) {
            invoice.put("expiration_date", now.plusSeconds(expiresIn).toString());
        }
        if (p.containsKey("payload")) {
            invoice.put("payload", p.get("payload"));
        }
        invoices.put(id, invoice);
        return ok(invoice.deepCopy());
    }

    private synchronized ObjectNode getInvoices(Map<String, String> p) {
        int count;
        int offset;
        try {
            count = Integer.parseInt(p.getOrDefault("count", "100"));
            offset = Integer.parseInt(p.getOrDefault("offset", "0"));
        } catch (NumberFormatException e) {
            return error(400, "COUNT_INVALID");
        }
        if (count < 1 || count > 1000 || offset < 0) {
            return error(400, "COUNT_INVALID");
        }
        String status = p.getOrDefault("status", "");
        if (!status.isEmpty() && !status.equals("active") && !status.equals("paid")) {
            return error(400, "STATUS_INVALID");
        }
        Set<String> ids = p.containsKey("invoice_ids") ? Set.of(p.get("invoice_ids").split(",")) : null;
        List<ObjectNode> found = new ArrayList<>();
        for (ObjectNode invoice : invoices.values()) {
            if ((ids == null || ids.contains(invoice.path("invoice_id").asText()))
                    && (status.isEmpty() || invoice.path("status").asText().equals(status))) {
                found.add(invoice.deepCopy());
            }
        }
        ObjectNode result = json.createObjectNode();
        var items = result.putArray("items");
        found.stream().skip(offset).limit(count).forEach(items::add);
        return ok(result);
    }

    private ObjectNode ok(com.fasterxml.jackson.databind.JsonNode result) {
        ObjectNode answer = json.createObjectNode();
        answer.put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private ObjectNode error(int code, String name) {
        ObjectNode answer = json.createObjectNode();
        answer.put("ok", false);
        answer.putObject("error").put("code", code).put("name", name);
        return answer;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.put(key, value);
        }
        return parameters;
    }

    static byte[] sha256(byte[] data) {
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

    @Override
    public void close() {
        server.stop(0);
    }
}
