package dev.tollgate.adapters.telegram.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API server on loopback that speaks the real JSON: {@code {"ok":true,"result":…}} envelopes,
 * {@code {"ok":false,"error_code":…,"description":…}} errors with Telegram's texts, long-polled getUpdates with offset
 * confirmation, JSON, form and multipart requests (sendPhoto uploads), and the checks the real server makes that a bot
 * can trip over: text length, HTML entities, callback data size, unknown callback query ids, editing a message that
 * does not exist or to the same content.
 */
public final class FakeTelegramBotApi implements AutoCloseable {

    public static final long BOT_ID = 7_000_000_001L;

    static {
        // The JDK's server writes headers and body apart; without TCP_NODELAY each answer waits for the client's
        // delayed ACK (about 40 ms), far slower than the real Bot API. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    private static final int MAX_TEXT = 4096;
    private static final int MAX_CAPTION = 1024;
    private static final int MAX_PREMIUM_CAPTION = 4096;
    private static final int MAX_CALLBACK_DATA = 64;
    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)[^>]*>");
    private static final List<String> HTML_TAGS = List.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji");

    /** A scripted Telegram user. */
    public record TgUser(long id, String firstName, String languageCode, String username, String lastName) {

        public TgUser(long id, String firstName, String languageCode) {
            this(id, firstName, languageCode, null, null);
        }
    }

    /** A message as the chat shows it now (edits replace text and keyboard). */
    public record ChatMessage(long chatId, int messageId, boolean fromBot, String text, String caption, JsonNode replyMarkup,
                              byte[] photo, int edits) {
        public Optional<String> buttonData(String buttonTextFragment) {
            if (replyMarkup == null || !replyMarkup.has("inline_keyboard")) {
                return Optional.empty();
            }
            for (JsonNode row : replyMarkup.get("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().contains(buttonTextFragment)) {
                        return Optional.of(button.path("callback_data").asText());
                    }
                }
            }
            return Optional.empty();
        }

        public List<String> buttonTexts() {
            List<String> texts = new ArrayList<>();
            if (replyMarkup != null) {
                replyMarkup.path("inline_keyboard").forEach(row -> row.forEach(b -> texts.add(b.path("text").asText())));
            }
            return texts;
        }
    }

    /** An invoice the bot sent: what the user would pay. */
    public record Invoice(long chatId, int messageId, String title, String payload, String currency, long totalAmount) {
    }

    /** How a scripted payment went. */
    public record PaymentOutcome(boolean approved, String chargeId, String errorMessage) {
    }

    /** A file the bot sent with sendDocument, as the chat shows it. */
    public record Document(long chatId, int messageId, String fileName, byte[] content, String caption) {
    }

    /** One API call as the bot made it. */
    /** A payment Telegram took: who paid, in which currency, how much (smallest units). */
    public record Charge(long userId, String currency, long totalAmount) {
    }

    public record Call(String method, Map<String, String> parameters) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final HttpServer server;
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<Long, List<ChatMessage>> chats = new LinkedHashMap<>();
    private final Map<String, Boolean> callbackQueries = new LinkedHashMap<>();
    private final Map<Integer, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, byte[]> knownFiles = new LinkedHashMap<>();
    /** Files users sent as documents, by file_id; Telegram keeps photos and documents apart. */
    private final Map<String, byte[]> knownDocuments = new LinkedHashMap<>();
    private final List<Document> documents = new ArrayList<>();
    /** The public Bot API takes uploads of up to 50 MB from a bot; larger requests get 413. */
    private volatile long uploadLimit = 50L * 1024 * 1024;
    private final Map<String, ObjectNode> preCheckoutAnswers = new LinkedHashMap<>();
    /** Payments made (successful_payment sent), by telegram_payment_charge_id; refunded ones are also listed. */
    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private final java.util.Set<String> refundedCharges = new java.util.LinkedHashSet<>();
    private String nextRefundRefusal;
    private final java.util.Set<String> openPreCheckouts = new java.util.HashSet<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(100);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final AtomicInteger nextCallbackId = new AtomicInteger(1);
    private int confirmedOffset;

    private FakeTelegramBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static FakeTelegramBotApi start(String token) {
        try {
            return new FakeTelegramBotApi(token);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Bot API", e);
        }
    }

    /** What TOLLGATE_BOT_API_URL should be for the bot to talk to this server. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- scripting the user side ----

    public synchronized int userSends(TgUser user, String text) {
        return userSendsFormatted(user, text, null);
    }

    /**
     * Sends text formatted in the app: {@code entitiesJson} is Telegram's entities array (offsets in UTF-16 code
     * units), e.g. {@code [{"type":"bold","offset":0,"length":4}]}; null for plain text.
     */
    public synchronized int userSendsFormatted(TgUser user, String text, String entitiesJson) {
        int messageId = nextMessageId.getAndIncrement();
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.set("from", userJson(user));
        message.set("chat", chatJson(user));
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", text);
        if (text.startsWith("/")) {
            int length = text.contains(" ") ? text.indexOf(' ') : text.length();
            ArrayNode entities = message.putArray("entities");
            entities.addObject().put("offset", 0).put("length", length).put("type", "bot_command");
        } else if (entitiesJson != null) {
            try {
                message.set("entities", json.readTree(entitiesJson));
            } catch (IOException e) {
                throw new IllegalArgumentException("entities are not JSON: " + entitiesJson, e);
            }
        }
        chat(user.id()).add(new ChatMessage(user.id(), messageId, false, text, null, null, null, 0));
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        updates.add(update);
        notifyAll();
        return messageId;
    }

    /** Sends a photo, as Telegram delivers it: several sizes, each with a file_id and a file_unique_id. */
    public synchronized int userSendsPhoto(TgUser user, byte[] image) {
        return userSendsPhoto(user, image, null, null);
    }

    /**
     * Sends a photo with its caption in one message, as Telegram delivers it: {@code caption} and, when formatted in
     * the app, {@code caption_entities} ({@code entitiesJson}, offsets in UTF-16 code units; null for plain). The apps
     * let a user write up to 1,024 characters under a photo and a Telegram Premium user up to 4,096, so a longer
     * caption cannot be sent at all; bots may send at most 1,024 (sendPhoto refuses more).
     */
    public synchronized int userSendsPhoto(TgUser user, byte[] image, String caption, String entitiesJson) {
        if (caption != null && caption.codePointCount(0, caption.length()) > MAX_PREMIUM_CAPTION) {
            throw new IllegalArgumentException("no Telegram app sends a caption of " + caption.length() + " characters");
        }
        int messageId = nextMessageId.getAndIncrement();
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.set("from", userJson(user));
        message.set("chat", chatJson(user));
        message.put("date", Instant.now().getEpochSecond());
        ArrayNode sizes = message.putArray("photo");
        String unique = "AQADuser" + java.util.Arrays.hashCode(image);
        for (int scale : new int[] {90, 320, 1280}) {
            String fileId = "AgACuser" + messageId + "x" + scale;
            knownFiles.put(fileId, image);
            sizes.addObject().put("file_id", fileId).put("file_unique_id", unique + "x" + scale)
                    .put("width", scale).put("height", scale).put("file_size", image.length * scale / 1280 + 1);
        }
        if (caption != null) {
            message.put("caption", caption);
            if (entitiesJson != null) {
                try {
                    message.set("caption_entities", json.readTree(entitiesJson));
                } catch (IOException e) {
                    throw new IllegalArgumentException("entities are not JSON: " + entitiesJson, e);
                }
            }
        }
        chat(user.id()).add(new ChatMessage(user.id(), messageId, false, null, caption, null, image, 0));
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        updates.add(update);
        notifyAll();
        return messageId;
    }

    /** The user sends a file as a document (a PDF, an uncompressed image); returns the message id. */
    public synchronized int userSendsDocument(TgUser user, byte[] content, String fileName, String mimeType) {
        int messageId = nextMessageId.getAndIncrement();
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.set("from", userJson(user));
        message.set("chat", chatJson(user));
        message.put("date", Instant.now().getEpochSecond());
        String fileId = "BQACuser" + messageId;
        knownDocuments.put(fileId, content);
        message.putObject("document").put("file_id", fileId)
                .put("file_unique_id", "AgADuser" + java.util.Arrays.hashCode(content)).put("file_name", fileName)
                .put("mime_type", mimeType).put("file_size", content.length);
        chat(user.id()).add(new ChatMessage(user.id(), messageId, false, null, null, null, null, 0));
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        updates.add(update);
        notifyAll();
        return messageId;
    }

    /** Presses a button of a bot message; {@code data} is sent as-is, so tests can forge it. Returns the query id. */
    public synchronized String userPresses(TgUser user, int messageId, String data) {
        ChatMessage pressed = message(user.id(), messageId)
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " in chat " + user.id()));
        String queryId = Long.toString(9_000_000_000L + nextCallbackId.getAndIncrement());
        callbackQueries.put(queryId, false);
        ObjectNode query = json.createObjectNode();
        query.put("id", queryId);
        query.set("from", userJson(user));
        query.set("message", messageJson(pressed, user));
        query.put("chat_instance", "ci" + user.id());
        query.put("data", data);
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("callback_query", query);
        updates.add(update);
        notifyAll();
        return queryId;
    }

    public synchronized List<Invoice> invoices(long chatId) {
        return invoices.values().stream().filter(invoice -> invoice.chatId() == chatId).toList();
    }

    /**
     * Pays an invoice as Telegram does for Stars: a pre_checkout_query the bot must answer within the timeout, then,
     * if it said ok, a message with successful_payment. Returns whether it went through and the charge id.
     */
    public PaymentOutcome userPaysInvoice(TgUser user, Invoice invoice, Duration timeout) {
        String queryId;
        synchronized (this) {
            queryId = Long.toString(8_000_000_000L + nextCallbackId.getAndIncrement());
            openPreCheckouts.add(queryId);
            ObjectNode query = json.createObjectNode();
            query.put("id", queryId);
            query.set("from", userJson(user));
            query.put("currency", invoice.currency());
            query.put("total_amount", invoice.totalAmount());
            query.put("invoice_payload", invoice.payload());
            ObjectNode update = json.createObjectNode();
            update.put("update_id", nextUpdateId.getAndIncrement());
            update.set("pre_checkout_query", query);
            updates.add(update);
            notifyAll();
            Instant deadline = Instant.now().plus(timeout);
            while (!preCheckoutAnswers.containsKey(queryId)) {
                long wait = Duration.between(Instant.now(), deadline).toMillis();
                if (wait <= 0) {
                    return new PaymentOutcome(false, null, "the bot did not answer the pre-checkout query in time");
                }
                try {
                    wait(Math.min(wait, 200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new PaymentOutcome(false, null, "interrupted");
                }
            }
        }
        ObjectNode answer = preCheckoutAnswers.get(queryId);
        if (!answer.path("ok").asBoolean()) {
            return new PaymentOutcome(false, null, answer.path("error_message").asText());
        }
        String chargeId = "stxCharge" + queryId;
        deliverSuccessfulPayment(user, invoice, chargeId);
        return new PaymentOutcome(true, chargeId, null);
    }

    /** Sends the successful_payment message (again, to replay a duplicate delivery of the same charge). */
    public synchronized void deliverSuccessfulPayment(TgUser user, Invoice invoice, String chargeId) {
        charges.putIfAbsent(chargeId, new Charge(user.id(), invoice.currency(), invoice.totalAmount()));
        ObjectNode payment = json.createObjectNode();
        payment.put("currency", invoice.currency());
        payment.put("total_amount", invoice.totalAmount());
        payment.put("invoice_payload", invoice.payload());
        payment.put("telegram_payment_charge_id", chargeId);
        payment.put("provider_payment_charge_id", "");
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId.getAndIncrement());
        message.set("from", userJson(user));
        message.set("chat", chatJson(user));
        message.put("date", Instant.now().getEpochSecond());
        message.set("successful_payment", payment);
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        updates.add(update);
        notifyAll();
    }

    // ---- observing the bot side ----

    public synchronized List<ChatMessage> messages(long chatId) {
        return List.copyOf(chat(chatId));
    }

    public synchronized Optional<ChatMessage> message(long chatId, int messageId) {
        return chat(chatId).stream().filter(m -> m.messageId() == messageId).findFirst();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public long calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).count();
    }

    /** Requests the fake refused, with Telegram's description; a well-behaved bot causes none. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized boolean callbackAnswered(String queryId) {
        return Boolean.TRUE.equals(callbackQueries.get(queryId));
    }

    /** Waits up to {@code timeout} for the bot to answer the callback query; whether it did. */
    public boolean awaitCallbackAnswered(String queryId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!callbackAnswered(queryId) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return callbackAnswered(queryId);
    }

    /** The text of the bot's answer to the callback query: empty when it answered without one, or not at all. */
    public String callbackAnswerText(String queryId) {
        return calls().stream().filter(c -> c.method().equals("answerCallbackQuery")
                        && queryId.equals(c.parameters().get("callback_query_id")))
                .map(c -> c.parameters().getOrDefault("text", "")).findFirst().orElse("");
    }

    /** Waits until a bot message in the chat matches; edits count, as the user sees them. */
    public ChatMessage awaitBotMessage(long chatId, Predicate<ChatMessage> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (this) {
            while (true) {
                Optional<ChatMessage> found = chat(chatId).stream().filter(ChatMessage::fromBot).filter(condition).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                long wait = Duration.between(Instant.now(), deadline).toMillis();
                if (wait <= 0) {
                    throw new AssertionError("no bot message in chat " + chatId + " matched within " + timeout
                            + "; the chat holds: " + chat(chatId) + "; errors: " + errors);
                }
                try {
                    wait(Math.min(wait, 200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            notifyAll();
        }
        server.stop(0);
    }

    // ---- the HTTP side ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                reply(exchange, 404, error(404, "Not Found"));
                return;
            }
            if (!path.group(1).equals(token)) {
                reply(exchange, 401, error(401, "Unauthorized"));
                return;
            }
            // Telegram matches method names case-insensitively; the calls are recorded under their documented names.
            String method = canonical(path.group(2));
            long delay = answerDelayMillis;
            if (delay > 0 && !method.equals("getUpdates")) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            Map<String, String> fileNames = new LinkedHashMap<>();
            if (readParameters(exchange, parameters, files, fileNames) > uploadLimit) {
                // As the Bot API's front (nginx) answers an upload over the limit, before the method sees it.
                calls.add(new Call(method, Map.of()));
                reply(exchange, 413, error(413, "Request Entity Too Large"));
                return;
            }
            calls.add(new Call(method, Map.copyOf(parameters)));
            Optional<ObjectNode> refused = refusal(method, parameters);
            ObjectNode answer = refused.isPresent() ? refused.get() : switch (method) {
                case "getMe" -> ok(me());
                case "getUpdates" -> getUpdatesChecked(parameters);
                case "deleteWebhook" -> deleteWebhook();
                case "setWebhook" -> setWebhook(parameters);
                case "getWebhookInfo" -> webhookInfo();
                case "setMyCommands" -> setMyCommands(parameters);
                case "deleteMyCommands" -> deleteMyCommands(parameters);
                case "editMessageReplyMarkup" -> editMessageReplyMarkup(parameters);
                case "sendMessage" -> sendMessage(parameters);
                case "sendPhoto" -> sendPhoto(parameters, files);
                case "sendDocument" -> sendDocument(parameters, files, fileNames);
                case "answerCallbackQuery" -> answerCallbackQuery(parameters);
                case "editMessageText" -> editMessageText(parameters);
                case "sendInvoice" -> sendInvoice(parameters);
                case "answerPreCheckoutQuery" -> answerPreCheckoutQuery(parameters);
                case "refundStarPayment" -> refundStarPayment(parameters);
                case "deleteMessage" -> deleteMessage(parameters);
                case "getChatMember" -> getChatMember(parameters);
                default -> error(404, "Not Found");
            };
            if (!answer.path("ok").asBoolean() && refused.isEmpty()) {
                errors.add(method + ": " + answer.path("description").asText());
            }
            if (SENDS.contains(method)) {
                sendLog.add(new Send(method, Long.parseLong(parameters.getOrDefault("chat_id", "0")), sendClock.getAsLong(),
                        answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt()));
            }
            reply(exchange, answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(), answer);
        }
    }

    private static String canonical(String method) {
        for (String known : List.of("getMe", "getUpdates", "deleteWebhook", "sendMessage", "sendPhoto", "sendDocument",
                "answerCallbackQuery", "editMessageText", "sendInvoice", "answerPreCheckoutQuery", "refundStarPayment", "setWebhook",
                "getWebhookInfo", "setMyCommands", "deleteMyCommands", "editMessageReplyMarkup", "deleteMessage", "getChatMember")) {
            if (known.equalsIgnoreCase(method)) {
                return known;
            }
        }
        return method;
    }

    // ---- channels: getChatMember as the Bot API answers it ----

    /** A channel the bot may be asked about; members by user id with their ChatMember status. */
    private record Channel(long id, String username, boolean botIsAdmin, Map<Long, String> statuses) {
    }

    private final List<Channel> channels = new ArrayList<>();

    /**
     * A channel with a public username; only while the bot is one of its administrators does Telegram tell who is in
     * it (otherwise 400 "member list is inaccessible").
     */
    public synchronized void channel(long id, String username, boolean botIsAdmin) {
        channels.add(new Channel(id, username, botIsAdmin, new LinkedHashMap<>()));
    }

    /** A user's status in a channel: creator, administrator, member, restricted (in or out), left or kicked. */
    public synchronized void channelMember(String username, long userId, String status) {
        channels.stream().filter(c -> c.username().equalsIgnoreCase(username)).findFirst().orElseThrow()
                .statuses().put(userId, status);
    }

    private synchronized ObjectNode getChatMember(Map<String, String> parameters) {
        String chat = parameters.getOrDefault("chat_id", "");
        long userId;
        try {
            userId = Long.parseLong(parameters.getOrDefault("user_id", ""));
        } catch (NumberFormatException e) {
            return error(400, "Bad Request: invalid user_id specified");
        }
        Optional<Channel> channel = channels.stream().filter(c -> chat.equalsIgnoreCase("@" + c.username())
                || chat.equals(Long.toString(c.id()))).findFirst();
        if (channel.isEmpty()) {
            return error(400, "Bad Request: chat not found");
        }
        if (!channel.get().botIsAdmin()) {
            return error(400, "Bad Request: member list is inaccessible");
        }
        String status = channel.get().statuses().getOrDefault(userId, "left");
        ObjectNode member = json.createObjectNode();
        ObjectNode user = json.createObjectNode();
        user.put("id", userId);
        user.put("is_bot", false);
        user.put("first_name", "User " + userId);
        member.set("user", user);
        switch (status) {
            case "creator" -> {
                member.put("status", "creator");
                member.put("is_anonymous", false);
            }
            case "administrator" -> {
                member.put("status", "administrator");
                for (String right : List.of("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                        "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info",
                        "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories",
                        "can_post_messages", "can_edit_messages")) {
                    member.put(right, right.startsWith("can_post") || right.equals("can_manage_chat"));
                }
            }
            case "member" -> member.put("status", "member");
            case "restricted-in", "restricted-out" -> {
                member.put("status", "restricted");
                member.put("is_member", status.equals("restricted-in"));
                for (String right : List.of("can_send_messages", "can_send_audios", "can_send_documents",
                        "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes",
                        "can_send_polls", "can_send_other_messages", "can_add_web_page_previews", "can_change_info",
                        "can_invite_users", "can_pin_messages", "can_manage_topics")) {
                    member.put(right, false);
                }
                member.put("until_date", 0);
            }
            case "kicked" -> {
                member.put("status", "kicked");
                member.put("until_date", 0);
            }
            default -> member.put("status", "left");
        }
        return ok(member);
    }

    // ---- quirks a test can switch on: blocked users, flood limits, a webhook ----

    /** One send call (sendMessage, sendPhoto, ...) as it arrived: to which chat, when (on {@link #clock}), its status. */
    public record Send(String method, long chatId, long nanos, int status) {
    }

    private final List<Send> sendLog = new CopyOnWriteArrayList<>();
    private volatile java.util.function.LongSupplier sendClock = System::nanoTime;
    private final java.util.ArrayDeque<Long> recentBulk = new java.util.ArrayDeque<>();
    private int overallPerSecond;
    private int sendsSeen;
    private int throttleAt;
    private int throttleAtSeconds;

    /** Stamps send calls (the log, the overall limit) with this clock, e.g. the sender's virtual time. */
    public void clock(java.util.function.LongSupplier nanos) {
        sendClock = nanos;
    }

    /** Every send call so far, in arrival order. */
    public List<Send> sends() {
        return List.copyOf(sendLog);
    }

    /**
     * Telegram's overall limit for a bot ("not more than 30 messages per second or so" to different chats): over
     * {@code perSecond} send calls within one second on the {@link #clock}, the next is answered 429.
     */
    public synchronized void overallSendLimit(int perSecond) {
        overallPerSecond = perSecond;
    }

    /** The {@code nth} send call from now (1 = the next) is answered 429 with retry_after {@code seconds}. */
    public synchronized void throttleSend(int nth, int seconds) {
        throttleAt = sendsSeen + nth;
        throttleAtSeconds = seconds;
    }

    private final java.util.Set<Long> blockedBy = new java.util.HashSet<>();
    private final Map<Long, java.util.ArrayDeque<Long>> recentSends = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> commandMenus = new LinkedHashMap<>();
    private int throttledCalls;
    private int throttleSeconds;
    private String webhookUrl = "";
    private String webhookSecret = "";
    private long pollGeneration;
    private static final java.util.Set<String> SENDS = java.util.Set.of("sendMessage", "sendPhoto", "sendDocument", "sendInvoice");

    private volatile long answerDelayMillis;

    /** Every answer but getUpdates' comes this much later, as from a Bot API far away (a backlog builds up). */
    public void answerDelay(Duration delay) {
        answerDelayMillis = delay.toMillis();
    }

    /** Uploads (request bodies) over this many bytes are answered 413, as the Bot API does over its 50 MB. */
    public void uploadLimit(long bytes) {
        uploadLimit = bytes;
    }

    /** The files the bot sent to a chat with sendDocument, oldest first. */
    public synchronized List<Document> documents(long chatId) {
        return documents.stream().filter(document -> document.chatId() == chatId).toList();
    }

    /** The user blocks the bot: Telegram answers 403 to anything sent to their chat. */
    public synchronized void userBlocksBot(TgUser user) {
        blockedBy.add(user.id());
    }

    /** The next {@code calls} send calls are answered 429 with retry_after {@code seconds}, as under a flood limit. */
    public synchronized void throttleNextSends(int calls, int seconds) {
        throttledCalls = calls;
        throttleSeconds = seconds;
    }

    public synchronized Map<String, List<JsonNode>> commandMenus() {
        return Map.copyOf(commandMenus);
    }

    public synchronized String webhookUrl() {
        return webhookUrl;
    }

    public synchronized String webhookSecret() {
        return webhookSecret;
    }

    /** Answers as Telegram does before looking at the method: blocked chats, flood limits (more than 5 a second). */
    private synchronized Optional<ObjectNode> refusal(String method, Map<String, String> parameters) {
        boolean toChat = SENDS.contains(method) || method.startsWith("edit");
        long chatId = toChat ? Long.parseLong(parameters.getOrDefault("chat_id", "0")) : 0;
        if (toChat && blockedBy.contains(chatId)) {
            return Optional.of(error(403, "Forbidden: bot was blocked by the user"));
        }
        if (SENDS.contains(method)) {
            sendsSeen++;
            if (throttleAt > 0 && sendsSeen == throttleAt) {
                throttleAt = 0;
                return Optional.of(tooMany(throttleAtSeconds));
            }
            if (overallPerSecond > 0) {
                long at = sendClock.getAsLong();
                while (!recentBulk.isEmpty() && at - recentBulk.peekFirst() >= 1_000_000_000L) {
                    recentBulk.pollFirst();
                }
                if (recentBulk.size() >= overallPerSecond) {
                    errors.add(method + ": overall flood limit of " + overallPerSecond + " a second exceeded");
                    return Optional.of(tooMany(1));
                }
                recentBulk.addLast(at);
            }
            if (throttledCalls > 0) {
                throttledCalls--;
                return Optional.of(tooMany(throttleSeconds));
            }
            java.util.ArrayDeque<Long> recent = recentSends.computeIfAbsent(chatId, id -> new java.util.ArrayDeque<>());
            long now = System.nanoTime();
            while (!recent.isEmpty() && now - recent.peekFirst() > 1_000_000_000L) {
                recent.pollFirst();
            }
            if (recent.size() >= 5) {
                errors.add(method + ": flood limit of chat " + chatId + " exceeded");
                return Optional.of(tooMany(1));
            }
            recent.addLast(now);
        }
        return Optional.empty();
    }

    private ObjectNode tooMany(int seconds) {
        ObjectNode node = error(429, "Too Many Requests: retry after " + seconds);
        node.putObject("parameters").put("retry_after", seconds);
        return node;
    }

    private ObjectNode getUpdatesChecked(Map<String, String> parameters) {
        synchronized (this) {
            if (!webhookUrl.isEmpty()) {
                return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to"
                        + " delete the webhook first");
            }
        }
        JsonNode result = getUpdates(parameters);
        if (result == null) {
            // As Telegram does: a newer getUpdates ends the one still waiting, which gets the conflict.
            return error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        }
        return ok(result);
    }

    /** Like a self-hosted Bot API server (--local), plain http webhooks on any port are accepted. */
    private synchronized ObjectNode setWebhook(Map<String, String> parameters) {
        String url = parameters.getOrDefault("url", "");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = parameters.getOrDefault("secret_token", "");
        if (!secret.matches("[A-Za-z0-9_-]{0,256}")) {
            return error(400, "Bad Request: secret token contains unallowed characters");
        }
        webhookUrl = url;
        webhookSecret = secret;
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private synchronized ObjectNode deleteWebhook() {
        webhookUrl = "";
        webhookSecret = "";
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private synchronized ObjectNode webhookInfo() {
        ObjectNode info = json.createObjectNode();
        info.put("url", webhookUrl);
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", webhookUrl.isEmpty() ? 0 : updates.size());
        return ok(info);
    }

    private synchronized ObjectNode setMyCommands(Map<String, String> parameters) {
        JsonNode commands;
        try {
            commands = json.readTree(parameters.getOrDefault("commands", "[]"));
        } catch (IOException e) {
            return error(400, "Bad Request: can't parse commands JSON object");
        }
        for (JsonNode command : commands) {
            if (!command.path("command").asText().matches("[a-z0-9_]{1,32}")) {
                return error(400, "Bad Request: BOT_COMMAND_INVALID");
            }
            int length = command.path("description").asText().length();
            if (length < 1 || length > 256) {
                return error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        String key = parameters.getOrDefault("scope", "{\"type\":\"default\"}") + "/" + parameters.getOrDefault("language_code", "");
        List<JsonNode> list = new ArrayList<>();
        commands.forEach(list::add);
        commandMenus.put(key, list);
        return ok(json.getNodeFactory().booleanNode(true));
    }

    /** Like Telegram: the menu of that scope and language goes; deleting one that was never set is not an error. */
    private synchronized ObjectNode deleteMyCommands(Map<String, String> parameters) {
        commandMenus.remove(parameters.getOrDefault("scope", "{\"type\":\"default\"}") + "/"
                + parameters.getOrDefault("language_code", ""));
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private synchronized ObjectNode editMessageReplyMarkup(Map<String, String> parameters) {
        long chatId = Long.parseLong(parameters.getOrDefault("chat_id", "0"));
        int messageId = Integer.parseInt(parameters.getOrDefault("message_id", "0"));
        List<ChatMessage> chat = chat(chatId);
        for (int i = 0; i < chat.size(); i++) {
            ChatMessage old = chat.get(i);
            if (old.messageId() == messageId && old.fromBot()) {
                JsonNode markup = parseMarkup(parameters.get("reply_markup"));
                if (java.util.Objects.equals(markup, old.replyMarkup())
                        || (markup != null && markup.path("inline_keyboard").isEmpty() && old.replyMarkup() == null)) {
                    return error(400, "Bad Request: message is not modified: specified new message content and reply markup"
                            + " are exactly the same as a current content and reply markup of the message");
                }
                ChatMessage edited = new ChatMessage(chatId, messageId, true, old.text(), old.caption(),
                        markup != null && markup.path("inline_keyboard").isEmpty() ? null : markup, old.photo(), old.edits() + 1);
                chat.set(i, edited);
                notifyAll();
                return ok(messageJson(edited, null));
            }
        }
        return error(400, "Bad Request: message to edit not found");
    }

    /**
     * deleteMessage: a bot may delete any message of a private chat, its own or the user's, for 48 hours; a message
     * that is not there (deleted already) gets 400 "message to delete not found".
     */
    private synchronized ObjectNode deleteMessage(Map<String, String> parameters) {
        long chatId = Long.parseLong(parameters.getOrDefault("chat_id", "0"));
        int messageId = Integer.parseInt(parameters.getOrDefault("message_id", "0"));
        if (!chat(chatId).removeIf(m -> m.messageId() == messageId)) {
            return error(400, "Bad Request: message to delete not found");
        }
        deleted.add(chatId + ":" + messageId);
        notifyAll();
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private final java.util.Set<String> deleted = new java.util.LinkedHashSet<>();

    /** Whether the bot deleted this message with deleteMessage. */
    public synchronized boolean deletedByBot(long chatId, int messageId) {
        return deleted.contains(chatId + ":" + messageId);
    }

    /** Deletes a message, as the user can: editing it afterwards fails with "message to edit not found". */
    public synchronized void userDeletes(long chatId, int messageId) {
        chat(chatId).removeIf(m -> m.messageId() == messageId);
    }

    /** Updates Telegram still holds: not yet confirmed by an offset above them (long polling). */
    public synchronized int unconfirmedUpdates() {
        return (int) updates.stream().filter(update -> update.path("update_id").asInt() >= confirmedOffset).count();
    }

    /** Takes the updates waiting for delivery (webhook mode: the test POSTs them itself), oldest first. */
    public synchronized List<String> takePendingUpdates() {
        List<String> pending = new ArrayList<>();
        for (ObjectNode update : updates) {
            pending.add(update.toString());
        }
        updates.clear();
        return pending;
    }

    private JsonNode getUpdates(Map<String, String> parameters) {
        int offset = Integer.parseInt(parameters.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(parameters.getOrDefault("limit", "100"));
        int timeoutSeconds = Math.min(Integer.parseInt(parameters.getOrDefault("timeout", "0")), 50);
        Instant deadline = Instant.now().plusSeconds(timeoutSeconds);
        synchronized (this) {
            long generation = ++pollGeneration;
            notifyAll();
            if (offset > 0) {
                // Telegram forgets updates below the offset once they are confirmed.
                confirmedOffset = Math.max(confirmedOffset, offset);
                updates.removeIf(update -> update.path("update_id").asInt() < confirmedOffset);
            }
            while (updates.isEmpty() && Instant.now().isBefore(deadline)) {
                if (generation != pollGeneration) {
                    return null;
                }
                try {
                    wait(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ArrayNode result = json.createArrayNode();
            updates.stream().limit(limit).forEach(result::add);
            return result;
        }
    }

    private synchronized ObjectNode sendMessage(Map<String, String> parameters) {
        long chatId = Long.parseLong(parameters.getOrDefault("chat_id", "0"));
        String text = parameters.getOrDefault("text", "");
        Optional<String> problem = checkText(text, parameters.get("parse_mode"), MAX_TEXT, "message is too long");
        if (problem.isPresent()) {
            return error(400, problem.get());
        }
        JsonNode markup = parseMarkup(parameters.get("reply_markup"));
        Optional<String> markupProblem = checkMarkup(markup);
        if (markupProblem.isPresent()) {
            return error(400, markupProblem.get());
        }
        ChatMessage message = new ChatMessage(chatId, nextMessageId.getAndIncrement(), true, visible(text, parameters.get("parse_mode")),
                null, markup, null, 0);
        chat(chatId).add(message);
        notifyAll();
        return ok(messageJson(message, null));
    }

    private synchronized ObjectNode sendPhoto(Map<String, String> parameters, Map<String, byte[]> files) {
        long chatId = Long.parseLong(parameters.getOrDefault("chat_id", "0"));
        byte[] photo = files.get("photo");
        String reference = parameters.getOrDefault("photo", "");
        if (photo == null && reference.startsWith("attach://")) {
            // The upload may sit in a part of its own, named by "attach://<name>" in the photo field.
            photo = files.get(reference.substring("attach://".length()));
        }
        if (photo == null && !reference.isEmpty() && !reference.startsWith("attach://")) {
            // A photo Telegram already has, sent again by its file_id.
            photo = knownFiles.get(reference);
            if (photo == null && knownDocuments.containsKey(reference)) {
                // A document's file_id given to sendPhoto.
                return error(400, "Bad Request: type of file mismatch");
            }
            if (photo == null) {
                return error(400, "Bad Request: wrong file identifier/HTTP URL specified");
            }
        }
        if (photo == null) {
            return error(400, "Bad Request: there is no photo in the request");
        }
        if (photo.length < 8 || !(photo[1] == 'P' && photo[2] == 'N' && photo[3] == 'G') && !(photo[0] == (byte) 0xFF && photo[1] == (byte) 0xD8)) {
            return error(400, "Bad Request: IMAGE_PROCESS_FAILED");
        }
        String caption = parameters.getOrDefault("caption", "");
        Optional<String> problem = caption.isEmpty() ? Optional.empty()
                : checkText(caption, parameters.get("parse_mode"), MAX_CAPTION, "message caption is too long");
        if (problem.isPresent()) {
            return error(400, problem.get());
        }
        ChatMessage message = new ChatMessage(chatId, nextMessageId.getAndIncrement(), true, null,
                visible(caption, parameters.get("parse_mode")), parseMarkup(parameters.get("reply_markup")), photo, 0);
        chat(chatId).add(message);
        notifyAll();
        return ok(messageJson(message, null));
    }

    /** A file upload (multipart, the file in "document" or in the part "attach://<name>" names); 0 bytes are refused. */
    private synchronized ObjectNode sendDocument(Map<String, String> parameters, Map<String, byte[]> files,
                                                 Map<String, String> fileNames) {
        long chatId = Long.parseLong(parameters.getOrDefault("chat_id", "0"));
        String part = "document";
        byte[] content = files.get(part);
        String reference = parameters.getOrDefault("document", "");
        if (content == null && reference.startsWith("attach://")) {
            part = reference.substring("attach://".length());
            content = files.get(part);
        }
        if (content == null && !reference.isEmpty() && !reference.startsWith("attach://")) {
            // A file Telegram already has, sent again by its file_id.
            content = knownDocuments.get(reference);
            if (content == null) {
                return error(400, knownFiles.containsKey(reference) ? "Bad Request: type of file mismatch"
                        : "Bad Request: wrong file identifier/HTTP URL specified");
            }
            fileNames = Map.of(part, "receipt");
        }
        if (content == null) {
            return error(400, "Bad Request: there is no document in the request");
        }
        if (content.length == 0) {
            return error(400, "Bad Request: file must be non-empty");
        }
        String caption = parameters.getOrDefault("caption", "");
        Optional<String> problem = caption.isEmpty() ? Optional.empty()
                : checkText(caption, parameters.get("parse_mode"), MAX_CAPTION, "message caption is too long");
        if (problem.isPresent()) {
            return error(400, problem.get());
        }
        String visibleCaption = visible(caption, parameters.get("parse_mode"));
        JsonNode markup = parseMarkup(parameters.get("reply_markup"));
        Optional<String> badMarkup = checkMarkup(markup);
        if (badMarkup.isPresent()) {
            return error(400, badMarkup.get());
        }
        ChatMessage message = new ChatMessage(chatId, nextMessageId.getAndIncrement(), true, null, visibleCaption, markup, null, 0);
        chat(chatId).add(message);
        String fileName = fileNames.getOrDefault(part, "document");
        documents.add(new Document(chatId, message.messageId(), fileName, content, visibleCaption));
        notifyAll();
        ObjectNode json = messageJson(message, null);
        json.putObject("document").put("file_id", "BQAC" + message.messageId()).put("file_unique_id", "AgAD" + message.messageId())
                .put("file_name", fileName).put("file_size", content.length);
        return ok(json);
    }

    private synchronized ObjectNode answerCallbackQuery(Map<String, String> parameters) {
        String id = parameters.getOrDefault("callback_query_id", "");
        Boolean answered = callbackQueries.get(id);
        if (answered == null || answered) {
            return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        if (parameters.getOrDefault("text", "").length() > 200) {
            return error(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        callbackQueries.put(id, true);
        notifyAll();
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private synchronized ObjectNode editMessageText(Map<String, String> parameters) {
        long chatId = Long.parseLong(parameters.getOrDefault("chat_id", "0"));
        int messageId = Integer.parseInt(parameters.getOrDefault("message_id", "0"));
        List<ChatMessage> chat = chat(chatId);
        int index = -1;
        for (int i = 0; i < chat.size(); i++) {
            if (chat.get(i).messageId() == messageId && chat.get(i).fromBot()) {
                index = i;
            }
        }
        if (index < 0) {
            return error(400, "Bad Request: message to edit not found");
        }
        String text = parameters.getOrDefault("text", "");
        Optional<String> problem = checkText(text, parameters.get("parse_mode"), MAX_TEXT, "MESSAGE_TOO_LONG");
        if (problem.isPresent()) {
            return error(400, problem.get());
        }
        JsonNode markup = parseMarkup(parameters.get("reply_markup"));
        Optional<String> markupProblem = checkMarkup(markup);
        if (markupProblem.isPresent()) {
            return error(400, markupProblem.get());
        }
        ChatMessage old = chat.get(index);
        String visible = visible(text, parameters.get("parse_mode"));
        if (visible.equals(old.text()) && java.util.Objects.equals(markup, old.replyMarkup())) {
            return error(400, "Bad Request: message is not modified: specified new message content and reply markup are"
                    + " exactly the same as a current content and reply markup of the message");
        }
        ChatMessage edited = new ChatMessage(chatId, messageId, true, visible, null, markup, null, old.edits() + 1);
        chat.set(index, edited);
        notifyAll();
        return ok(messageJson(edited, null));
    }

    /** Invoices: Stars (XTR, an empty provider token, exactly one price, whole stars) or a provider's (its token). */
    private synchronized ObjectNode sendInvoice(Map<String, String> parameters) {
        long chatId = Long.parseLong(parameters.getOrDefault("chat_id", "0"));
        String title = parameters.getOrDefault("title", "");
        String description = parameters.getOrDefault("description", "");
        String payload = parameters.getOrDefault("payload", "");
        String currency = parameters.getOrDefault("currency", "");
        if (title.isEmpty() || title.codePointCount(0, title.length()) > 32) {
            return error(400, "Bad Request: INVOICE_TITLE_INVALID");
        }
        if (description.isEmpty() || description.codePointCount(0, description.length()) > 255) {
            return error(400, "Bad Request: INVOICE_DESCRIPTION_INVALID");
        }
        if (payload.isEmpty() || payload.getBytes(StandardCharsets.UTF_8).length > 128) {
            return error(400, "Bad Request: INVOICE_PAYLOAD_INVALID");
        }
        if (currency.equals("XTR") && !parameters.getOrDefault("provider_token", "").isEmpty()) {
            return error(400, "Bad Request: PROVIDER_TOKEN_INVALID");
        }
        // Provider invoices need the provider's token and a currency from Telegram's list (the texts are assumptions).
        if (!currency.equals("XTR") && parameters.getOrDefault("provider_token", "").isEmpty()) {
            return error(400, "Bad Request: PAYMENT_PROVIDER_INVALID");
        }
        if (!currency.equals("XTR") && dev.tollgate.adapters.telegram.payments.TelegramCurrencies.exponent(currency).isEmpty()) {
            return error(400, "Bad Request: CURRENCY_INVALID");
        }
        JsonNode prices;
        try {
            prices = json.readTree(parameters.getOrDefault("prices", "[]"));
        } catch (IOException e) {
            return error(400, "Bad Request: can't parse prices JSON object");
        }
        if (!prices.isArray() || prices.isEmpty() || (currency.equals("XTR") && prices.size() != 1)) {
            return error(400, "Bad Request: CURRENCY_TOTAL_AMOUNT_INVALID");
        }
        long total = 0;
        for (JsonNode price : prices) {
            if (!price.path("amount").canConvertToLong() || price.path("amount").asLong() <= 0 || price.path("label").asText().isEmpty()) {
                return error(400, "Bad Request: CURRENCY_TOTAL_AMOUNT_INVALID");
            }
            total += price.path("amount").asLong();
        }
        ChatMessage message = new ChatMessage(chatId, nextMessageId.getAndIncrement(), true, null, null, null, null, 0);
        chat(chatId).add(message);
        invoices.put(message.messageId(), new Invoice(chatId, message.messageId(), title, payload, currency, total));
        notifyAll();
        ObjectNode json = messageJson(message, null);
        ObjectNode invoice = json.putObject("invoice");
        invoice.put("title", title);
        invoice.put("description", description);
        invoice.put("start_parameter", "");
        invoice.put("currency", currency);
        invoice.put("total_amount", total);
        return ok(json);
    }

    /**
     * refundStarPayment(user_id, telegram_payment_charge_id): True once per Stars charge of that user; a second refund
     * is "Bad Request: CHARGE_ALREADY_REFUNDED" (tdlib/telegram-bot-api#690). The text for an unknown charge
     * (CHARGE_NOT_FOUND here) is an assumption.
     */
    private synchronized ObjectNode refundStarPayment(Map<String, String> parameters) {
        String chargeId = parameters.getOrDefault("telegram_payment_charge_id", "");
        long userId = Long.parseLong(parameters.getOrDefault("user_id", "0"));
        if (nextRefundRefusal != null) {
            String refusal = nextRefundRefusal;
            nextRefundRefusal = null;
            return error(400, refusal);
        }
        Charge charge = charges.get(chargeId);
        if (charge == null || charge.userId() != userId || !charge.currency().equals("XTR")) {
            return error(400, "Bad Request: CHARGE_NOT_FOUND");
        }
        if (!refundedCharges.add(chargeId)) {
            return error(400, "Bad Request: CHARGE_ALREADY_REFUNDED");
        }
        return ok(json.getNodeFactory().booleanNode(true));
    }

    /** The next refundStarPayment is refused with this description (e.g. "Bad Request: BALANCE_TOO_LOW"). */
    public synchronized void refuseNextRefund(String description) {
        nextRefundRefusal = description;
    }

    /** The Stars charges refunded so far. */
    public synchronized java.util.Set<String> refundedCharges() {
        return java.util.Set.copyOf(refundedCharges);
    }

    private synchronized ObjectNode answerPreCheckoutQuery(Map<String, String> parameters) {
        String id = parameters.getOrDefault("pre_checkout_query_id", "");
        if (!openPreCheckouts.remove(id)) {
            return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        boolean ok = Boolean.parseBoolean(parameters.getOrDefault("ok", "false"));
        if (!ok && parameters.getOrDefault("error_message", "").isBlank()) {
            openPreCheckouts.add(id);
            return error(400, "Bad Request: ERROR_MESSAGE_EMPTY");
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("ok", ok);
        answer.put("error_message", parameters.getOrDefault("error_message", ""));
        preCheckoutAnswers.put(id, answer);
        notifyAll();
        return ok(json.getNodeFactory().booleanNode(true));
    }

    // ---- Telegram's validation rules ----

    private static Optional<String> checkText(String text, String parseMode, int max, String tooLong) {
        String visible = visible(text, parseMode);
        if (visible.isBlank()) {
            return Optional.of("Bad Request: message text is empty");
        }
        if ("HTML".equalsIgnoreCase(parseMode)) {
            List<String> open = new ArrayList<>();
            Matcher tag = TAG.matcher(text);
            while (tag.find()) {
                String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
                if (!HTML_TAGS.contains(name)) {
                    return Optional.of("Bad Request: can't parse entities: Unsupported start tag \"" + name + "\"");
                }
                if (tag.group(1).isEmpty()) {
                    open.add(name);
                } else if (open.isEmpty() || !open.remove(open.size() - 1).equals(name)) {
                    return Optional.of("Bad Request: can't parse entities: Unexpected end tag");
                }
            }
            if (!open.isEmpty()) {
                return Optional.of("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"" + open.get(0) + "\"");
            }
        }
        if (visible.codePointCount(0, visible.length()) > max) {
            return Optional.of("Bad Request: " + tooLong);
        }
        return Optional.empty();
    }

    private static String visible(String text, String parseMode) {
        if (!"HTML".equalsIgnoreCase(parseMode)) {
            return text;
        }
        return TAG.matcher(text).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private static Optional<String> checkMarkup(JsonNode markup) {
        if (markup == null) {
            return Optional.empty();
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().isEmpty()) {
                    return Optional.of("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
                }
                // Bot API: "url: HTTP or tg:// URL to be opened when the button is pressed"; app schemes
                // (v2rayng://, hiddify://) are refused.
                String url = button.path("url").asText("");
                if (button.has("url") && !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("tg://"))) {
                    return Optional.of("Bad Request: BUTTON_URL_INVALID");
                }
                String data = button.path("callback_data").asText("");
                if (data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA || (button.has("callback_data") && data.isEmpty())) {
                    return Optional.of("Bad Request: BUTTON_DATA_INVALID");
                }
            }
        }
        return Optional.empty();
    }

    private JsonNode parseMarkup(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(value);
            return node.isObject() && node.has("inline_keyboard") ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    // ---- JSON shapes ----

    private ObjectNode me() {
        ObjectNode me = json.createObjectNode();
        me.put("id", BOT_ID);
        me.put("is_bot", true);
        me.put("first_name", "Tollgate Test");
        me.put("username", "tollgate_test_bot");
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        return me;
    }

    private ObjectNode userJson(TgUser user) {
        ObjectNode node = json.createObjectNode();
        node.put("id", user.id());
        node.put("is_bot", false);
        node.put("first_name", user.firstName());
        if (user.lastName() != null) {
            node.put("last_name", user.lastName());
        }
        if (user.username() != null) {
            node.put("username", user.username());
        }
        if (user.languageCode() != null) {
            node.put("language_code", user.languageCode());
        }
        return node;
    }

    private ObjectNode chatJson(TgUser user) {
        ObjectNode node = json.createObjectNode();
        node.put("id", user.id());
        node.put("first_name", user.firstName());
        node.put("type", "private");
        return node;
    }

    private ObjectNode messageJson(ChatMessage message, TgUser user) {
        ObjectNode node = json.createObjectNode();
        node.put("message_id", message.messageId());
        if (message.fromBot()) {
            node.set("from", me());
        }
        ObjectNode chat = node.putObject("chat");
        chat.put("id", message.chatId());
        chat.put("type", "private");
        if (user != null) {
            chat.put("first_name", user.firstName());
        }
        node.put("date", Instant.now().getEpochSecond());
        if (message.text() != null) {
            node.put("text", message.text());
        }
        if (message.caption() != null) {
            node.put("caption", message.caption());
        }
        if (message.photo() != null) {
            ArrayNode sizes = node.putArray("photo");
            sizes.addObject().put("file_id", "AgAC" + message.messageId()).put("file_unique_id", "AQAD" + message.messageId())
                    .put("width", 512).put("height", 512).put("file_size", message.photo().length);
        }
        if (message.replyMarkup() != null) {
            node.set("reply_markup", message.replyMarkup());
        }
        if (message.edits() > 0) {
            node.put("edit_date", Instant.now().getEpochSecond());
        }
        return node;
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode node = json.createObjectNode();
        node.put("ok", true);
        node.set("result", result);
        return node;
    }

    private ObjectNode error(int code, String description) {
        ObjectNode node = json.createObjectNode();
        node.put("ok", false);
        node.put("error_code", code);
        node.put("description", description);
        return node;
    }

    private List<ChatMessage> chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new ArrayList<>());
    }

    private void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- request decoding: JSON, urlencoded, multipart ----

    /** Decodes the request into parameters and uploaded files (with their names); returns the body's size. */
    private long readParameters(HttpExchange exchange, Map<String, String> parameters, Map<String, byte[]> files,
                                Map<String, String> fileNames) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            parameters.putAll(urlEncoded(query));
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || body.length == 0) {
            return body.length;
        }
        if (contentType.startsWith("application/json")) {
            JsonNode node = json.readTree(body);
            node.fields().forEachRemaining(field -> parameters.put(field.getKey(),
                    field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
            parameters.putAll(urlEncoded(new String(body, StandardCharsets.UTF_8)));
        } else if (contentType.startsWith("multipart/form-data")) {
            Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
            if (boundary.find()) {
                Multipart.parse(body, boundary.group(1), parameters, files, fileNames);
            }
        }
        return body.length;
    }

    private static Map<String, String> urlEncoded(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }
}
