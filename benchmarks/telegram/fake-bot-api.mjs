// A fake Telegram Bot API server for benchmarks, on Node 20's standard library only.
//
// It speaks the Bot API's HTTP form: POST or GET /bot<token>/<method>, parameters as a query string, a JSON body,
// an urlencoded form or multipart/form-data (file uploads); answers {"ok":true,"result":...} or
// {"ok":false,"error_code":N,"description":"..."} with the same HTTP status and Telegram's error texts. Method names
// match case-insensitively, as on the real server. getUpdates keeps every update until a getUpdates call confirms
// it with an offset above its update_id; a new getUpdates ends a pending one with Telegram's 409.
//
// Every answer is delayed by a fixed latency (getUpdates too, after its result is known, unless its own poll
// latency is given), which stands for the round trip to a Bot API that far away. The benchmark driver injects bursts of /start messages and is told of every
// message the bot sends, with the time its request arrived.
//
// Run alone: node fake-bot-api.mjs [--port 8081] [--latency 100] [--poll-latency MS] [--token 123:abc]
//   then POST /_fake/inject?users=100&perUser=1 to queue /start messages and GET /_fake/stats for the counters.

import http from 'node:http';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const LONG_POLL_MAX_SECONDS = 50;
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA = 64;
const MAX_CALLBACK_ANSWER = 200;
const WEBHOOK_PORTS = new Set(['', '80', '88', '443', '8443']);
const COMMAND = /^[a-z0-9_]{1,32}$/;
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

const METHODS = ['getMe', 'getUpdates', 'deleteWebhook', 'setWebhook', 'getWebhookInfo', 'setMyCommands',
    'getMyCommands', 'deleteMyCommands', 'setChatMenuButton', 'sendMessage', 'editMessageText',
    'editMessageReplyMarkup', 'deleteMessage', 'answerCallbackQuery', 'sendPhoto', 'sendChatAction', 'close', 'logOut'];
const CANONICAL = new Map(METHODS.map((name) => [name.toLowerCase(), name]));

class ApiError extends Error {
    constructor(code, description, parameters) {
        super(description);
        this.code = code;
        this.parameters = parameters;
    }
}

const badRequest = (text) => new ApiError(400, `Bad Request: ${text}`);

export class FakeBotApi {
    /**
     * @param {object} options
     * @param {string} [options.token] the bot token the fake accepts; anything else is 401 Unauthorized
     * @param {number} [options.latencyMs] delay of every answer
     * @param {number} [options.pollLatencyMs] delay of getUpdates answers; the same as latencyMs unless given
     * @param {(event: object) => void} [options.onSend] told of every message the bot sends: {chatId, method, at}
     */
    constructor({ token = '123:abc', latencyMs = 0, pollLatencyMs = latencyMs, onSend = () => {} } = {}) {
        this.token = token;
        this.botId = Number(token.split(':')[0]) || 123;
        this.latencyMs = latencyMs;
        this.pollLatencyMs = pollLatencyMs;
        this.onSend = onSend;
        this.queue = [];            // unconfirmed updates, ascending update_id
        this.nextUpdateId = 1;
        this.nextCallbackId = 1;
        this.pendingPoll = null;    // {resolve, timer, limit, offset}
        this.webhook = null;        // {url, secret_token, max_connections, allowed_updates}
        this.allowedUpdates = [];
        this.commands = new Map();  // scope+language -> commands
        this.chats = new Map();     // chat id -> {nextMessageId, messages: Map(id -> {text, markup})}
        this.callbackQueries = new Set();
        this.counts = { requests: 0, byMethod: {}, errors: {}, unknownMethods: {} };
        this.server = http.createServer((req, res) => this.#handle(req, res));
        this.server.keepAliveTimeout = 75_000;
        this.server.headersTimeout = 80_000;
        this.server.requestTimeout = 0;
    }

    /** Starts listening on 127.0.0.1; port 0 picks a free one. Resolves to the port. */
    listen(port = 0) {
        return new Promise((resolve) => this.server.listen(port, '127.0.0.1', () => resolve(this.server.address().port)));
    }

    close() {
        if (this.pendingPoll) {
            this.#finishPoll([]);
        }
        this.server.closeAllConnections?.();
        return new Promise((resolve) => this.server.close(() => resolve()));
    }

    // ---- the user side ----

    /** Queues a /start message from a private chat with the user, as Telegram delivers it; returns its update_id. */
    userSendsStart(userId, firstName = `User ${userId}`, languageCode = 'en') {
        const chat = this.#chat(userId);
        const messageId = chat.nextMessageId++;
        const update = {
            update_id: this.nextUpdateId++,
            message: {
                message_id: messageId,
                from: { id: userId, is_bot: false, first_name: firstName, language_code: languageCode },
                chat: { id: userId, first_name: firstName, type: 'private' },
                date: Math.floor(Date.now() / 1000),
                text: '/start',
                entities: [{ offset: 0, length: 6, type: 'bot_command' }],
            },
        };
        this.queue.push(update);
        return update.update_id;
    }

    /** Wakes a waiting long poll once the updates of a burst are queued. */
    flush() {
        if (this.pendingPoll && this.#deliverable(this.pendingPoll.offset).length > 0) {
            const { limit, offset } = this.pendingPoll;
            this.#finishPoll(this.#deliverable(offset).slice(0, limit));
        }
    }

    pendingUpdates() {
        return this.queue.length;
    }

    // ---- HTTP ----

    async #handle(req, res) {
        const url = new URL(req.url, 'http://127.0.0.1');
        let body;
        try {
            body = await readBody(req);
        } catch {
            res.destroy();
            return;
        }
        if (url.pathname.startsWith('/_fake/')) {
            this.#control(url, res);
            return;
        }
        const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
        let status;
        let answer;
        let method;
        try {
            if (!match) {
                throw new ApiError(404, 'Not Found');
            }
            if (match[1] !== this.token) {
                throw new ApiError(401, 'Unauthorized');
            }
            method = CANONICAL.get(match[2].toLowerCase()) ?? match[2];
            this.counts.requests++;
            this.counts.byMethod[method] = (this.counts.byMethod[method] ?? 0) + 1;
            const params = parseParameters(url, req.headers['content-type'] ?? '', body);
            const result = await this.#call(method, params);
            status = 200;
            answer = { ok: true, result };
        } catch (e) {
            if (!(e instanceof ApiError)) {
                // a defect of the fake, not of the bot: say so, and keep serving
                console.error(`fake Bot API: ${e.stack}`);
                e = new ApiError(500, 'Internal Server Error');
            }
            status = e.code;
            answer = { ok: false, error_code: e.code, description: e.message };
            if (e.parameters) {
                answer.parameters = e.parameters;
            }
            const key = `${match ? match[2] : url.pathname}: ${e.message}`;
            this.counts.errors[key] = (this.counts.errors[key] ?? 0) + 1;
        }
        const payload = JSON.stringify(answer);
        const send = () => {
            if (!res.destroyed) {
                res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
                res.end(payload);
            }
        };
        const delay = method === 'getUpdates' ? this.pollLatencyMs : this.latencyMs;
        if (delay > 0) {
            setTimeout(send, delay);
        } else {
            send();
        }
    }

    #control(url, res) {
        if (url.pathname === '/_fake/inject') {
            const users = Number(url.searchParams.get('users') ?? 1);
            const perUser = Number(url.searchParams.get('perUser') ?? 1);
            const firstUser = Number(url.searchParams.get('firstUser') ?? 1_000_000);
            for (let k = 0; k < perUser; k++) {
                for (let u = 0; u < users; u++) {
                    this.userSendsStart(firstUser + u);
                }
            }
            this.flush();
        }
        const payload = JSON.stringify({ pending: this.queue.length, ...this.counts });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(payload);
    }

    async #call(method, p) {
        switch (method) {
            case 'getMe':
                return this.#me();
            case 'getUpdates':
                return this.#getUpdates(p);
            case 'deleteWebhook':
                this.webhook = null;
                if (bool(p.drop_pending_updates)) {
                    this.queue = [];
                }
                return true;
            case 'setWebhook':
                return this.#setWebhook(p);
            case 'getWebhookInfo':
                return this.#webhookInfo();
            case 'setMyCommands':
                return this.#setMyCommands(p);
            case 'getMyCommands':
                return this.commands.get(commandsKey(p)) ?? [];
            case 'deleteMyCommands':
                this.commands.delete(commandsKey(p));
                return true;
            case 'setChatMenuButton':
                return true;
            case 'sendMessage':
                return this.#sendMessage(p);
            case 'sendPhoto':
                return this.#sendPhoto(p);
            case 'editMessageText':
                return this.#editMessageText(p);
            case 'editMessageReplyMarkup':
                return this.#editMessageReplyMarkup(p);
            case 'deleteMessage':
                return this.#deleteMessage(p);
            case 'answerCallbackQuery':
                return this.#answerCallbackQuery(p);
            case 'sendChatAction':
                this.#knownChat(p.chat_id);
                return true;
            case 'close':
            case 'logOut':
                return true;
            default:
                this.counts.unknownMethods[method] = (this.counts.unknownMethods[method] ?? 0) + 1;
                throw new ApiError(404, 'Not Found');
        }
    }

    // ---- getUpdates: offset, limit, timeout as Telegram does them ----

    #getUpdates(p) {
        if (this.webhook) {
            throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }
        const offset = int(p.offset, 0);
        const limit = Math.min(Math.max(int(p.limit, 100), 1), 100);
        const timeout = Math.min(Math.max(int(p.timeout, 0), 0), LONG_POLL_MAX_SECONDS);
        if (p.allowed_updates !== undefined) {
            this.allowedUpdates = json(p.allowed_updates, 'allowed_updates') ?? [];
        }
        if (offset > 0) {
            // Confirmed: everything below the offset is forgotten.
            this.queue = this.queue.filter((update) => update.update_id >= offset);
        } else if (offset < 0) {
            // From -offset from the end; all earlier updates are forgotten.
            this.queue = this.queue.slice(Math.max(0, this.queue.length + offset));
        }
        if (this.pendingPoll) {
            this.#finishPoll(new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'));
        }
        const ready = this.#deliverable(offset);
        if (ready.length > 0 || timeout === 0) {
            return ready.slice(0, limit);
        }
        return new Promise((resolve, reject) => {
            const poll = { limit, offset, resolve, reject };
            poll.timer = setTimeout(() => this.#finishPoll([]), timeout * 1000);
            this.pendingPoll = poll;
        });
    }

    #deliverable(offset) {
        return offset > 0 ? this.queue.filter((update) => update.update_id >= offset) : this.queue;
    }

    #finishPoll(outcome) {
        const poll = this.pendingPoll;
        this.pendingPoll = null;
        clearTimeout(poll.timer);
        if (outcome instanceof Error) {
            poll.reject(outcome);
        } else {
            poll.resolve(outcome);
        }
    }

    // ---- webhook and commands ----

    #setWebhook(p) {
        const target = p.url ?? '';
        if (target === '') {
            this.webhook = null;
            return true;
        }
        let parsed;
        try {
            parsed = new URL(target);
        } catch {
            throw badRequest('invalid webhook URL specified');
        }
        if (parsed.protocol !== 'https:') {
            throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
        }
        if (!WEBHOOK_PORTS.has(parsed.port)) {
            throw badRequest('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
        }
        if (p.secret_token !== undefined) {
            if (String(p.secret_token).length > 256) {
                throw badRequest('secret token is too long');
            }
            if (!SECRET_TOKEN.test(String(p.secret_token))) {
                throw badRequest('secret token contains unallowed characters');
            }
        }
        const maxConnections = int(p.max_connections, 40);
        if (maxConnections < 1 || maxConnections > 100) {
            throw badRequest('bad webhook: max_connections must be between 1 and 100');
        }
        this.webhook = {
            url: target,
            secretToken: p.secret_token,
            maxConnections,
            allowedUpdates: p.allowed_updates !== undefined ? json(p.allowed_updates, 'allowed_updates') : this.webhook?.allowedUpdates,
        };
        if (bool(p.drop_pending_updates)) {
            this.queue = [];
        }
        return true;
    }

    #webhookInfo() {
        const info = { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.queue.length };
        if (this.webhook) {
            info.max_connections = this.webhook.maxConnections;
            if (this.webhook.allowedUpdates) {
                info.allowed_updates = this.webhook.allowedUpdates;
            }
        }
        return info;
    }

    #setMyCommands(p) {
        const commands = json(p.commands, 'commands');
        if (!Array.isArray(commands)) {
            throw badRequest("can't parse commands JSON object");
        }
        if (commands.length > 100) {
            throw badRequest('too many commands specified');
        }
        for (const command of commands) {
            if (typeof command?.command !== 'string' || !COMMAND.test(command.command)) {
                throw badRequest('BOT_COMMAND_INVALID');
            }
            if (typeof command.description !== 'string' || command.description.length < 1 || command.description.length > 256) {
                throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
            }
        }
        this.commands.set(commandsKey(p), commands);
        return true;
    }

    // ---- messages ----

    #sendMessage(p) {
        const chatId = this.#knownChat(p.chat_id);
        const text = checkText(p.text, MAX_TEXT, 'message is too long');
        const markup = checkMarkup(p.reply_markup);
        this.onSend({ chatId, method: 'sendMessage', at: performance.now() });
        return this.#store(chatId, { text }, markup);
    }

    #sendPhoto(p) {
        const chatId = this.#knownChat(p.chat_id);
        if (p.photo === undefined || (typeof p.photo === 'string' && p.photo === '')) {
            throw badRequest('there is no photo in the request');
        }
        const size = typeof p.photo === 'object' ? p.photo.size : 0;
        if (typeof p.photo === 'object' && size === 0) {
            throw badRequest('file must be non-empty');
        }
        const caption = p.caption === undefined ? undefined : checkText(p.caption, MAX_CAPTION, 'message caption is too long', true);
        const markup = checkMarkup(p.reply_markup);
        this.onSend({ chatId, method: 'sendPhoto', at: performance.now() });
        const chat = this.chats.get(chatId);
        const id = chat.nextMessageId;
        const photo = [{ file_id: `AgACAgQ${id}`, file_unique_id: `AQAD${id}`, width: 512, height: 512, file_size: size || 1024 }];
        return this.#store(chatId, { caption, photo }, markup);
    }

    #editMessageText(p) {
        const { chatId, message } = this.#messageToEdit(p);
        if (message.text === undefined) {
            throw badRequest('there is no text in the message to edit');
        }
        const text = checkText(p.text, MAX_TEXT, 'MESSAGE_TOO_LONG');
        const markup = checkMarkup(p.reply_markup);
        if (text === message.text && JSON.stringify(markup) === JSON.stringify(message.markup)) {
            throw badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
        }
        message.text = text;
        message.markup = markup;
        message.edited = true;
        return messageJson(this.#me(), chatId, message);
    }

    #editMessageReplyMarkup(p) {
        const { chatId, message } = this.#messageToEdit(p);
        const markup = checkMarkup(p.reply_markup);
        if (JSON.stringify(markup) === JSON.stringify(message.markup)) {
            throw badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
        }
        message.markup = markup;
        message.edited = true;
        return messageJson(this.#me(), chatId, message);
    }

    #deleteMessage(p) {
        const chatId = this.#knownChat(p.chat_id);
        const messages = this.chats.get(chatId).messages;
        const id = int(p.message_id, 0);
        if (!messages.has(id)) {
            throw badRequest('message to delete not found');
        }
        messages.delete(id);
        return true;
    }

    #answerCallbackQuery(p) {
        const id = p.callback_query_id === undefined ? '' : String(p.callback_query_id);
        if (!this.callbackQueries.delete(id)) {
            throw badRequest('query is too old and response timeout expired or query ID is invalid');
        }
        if (p.text !== undefined && String(p.text).length > MAX_CALLBACK_ANSWER) {
            throw badRequest('MESSAGE_TOO_LONG');
        }
        return true;
    }

    #messageToEdit(p) {
        if (p.inline_message_id !== undefined) {
            throw badRequest('MESSAGE_ID_INVALID');
        }
        const chatId = this.#knownChat(p.chat_id);
        const message = this.chats.get(chatId).messages.get(int(p.message_id, 0));
        if (!message) {
            throw badRequest('message to edit not found');
        }
        return { chatId, message };
    }

    #store(chatId, content, markup) {
        const chat = this.chats.get(chatId);
        const message = { id: chat.nextMessageId++, date: Math.floor(Date.now() / 1000), ...content, markup, fromBot: true };
        chat.messages.set(message.id, message);
        return messageJson(this.#me(), chatId, message);
    }

    /** Only chats whose user wrote to the bot exist for it; others are "chat not found", as for a real bot. */
    #knownChat(value) {
        if (value === undefined || value === '') {
            throw badRequest('chat_id is empty');
        }
        const chatId = Number(value);
        if (!Number.isSafeInteger(chatId) || !this.chats.has(chatId)) {
            throw badRequest('chat not found');
        }
        return chatId;
    }

    #chat(id) {
        let chat = this.chats.get(id);
        if (!chat) {
            chat = { nextMessageId: 1, messages: new Map() };
            this.chats.set(id, chat);
        }
        return chat;
    }

    #me() {
        return {
            id: this.botId, is_bot: true, first_name: 'Benchmark', username: 'benchmark_bot', can_join_groups: true,
            can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false,
            has_main_web_app: false,
        };
    }
}

// ---- message shapes and checks ----

function messageJson(me, chatId, message) {
    const node = { message_id: message.id, from: me, chat: { id: chatId, type: 'private' }, date: message.date };
    if (message.edited) {
        node.edit_date = Math.floor(Date.now() / 1000);
    }
    if (message.text !== undefined) {
        node.text = message.text;
    }
    if (message.photo !== undefined) {
        node.photo = message.photo;
    }
    if (message.caption !== undefined) {
        node.caption = message.caption;
    }
    if (message.markup) {
        node.reply_markup = message.markup;
    }
    return node;
}

function checkText(value, max, tooLong, mayBeEmpty = false) {
    const text = value === undefined ? '' : String(value);
    if (text.trim() === '' && !mayBeEmpty) {
        throw badRequest('message text is empty');
    }
    if ([...text].length > max) {
        throw badRequest(tooLong);
    }
    return text;
}

function checkMarkup(value) {
    if (value === undefined || value === '') {
        return undefined;
    }
    const markup = json(value, 'reply_markup');
    if (markup === null || typeof markup !== 'object') {
        throw badRequest("can't parse reply keyboard markup JSON object");
    }
    if (!('inline_keyboard' in markup)) {
        return undefined; // reply keyboards and remove/force-reply markups are not kept on the message
    }
    if (!Array.isArray(markup.inline_keyboard) || !markup.inline_keyboard.every(Array.isArray)) {
        throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    }
    for (const row of markup.inline_keyboard) {
        for (const button of row) {
            if (typeof button?.text !== 'string' || button.text === '') {
                throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            }
            if ('callback_data' in button) {
                const bytes = Buffer.byteLength(String(button.callback_data));
                if (bytes === 0 || bytes > MAX_CALLBACK_DATA) {
                    throw badRequest('BUTTON_DATA_INVALID');
                }
            }
        }
    }
    return markup;
}

// ---- request decoding ----

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}

/** Query string, then the body: JSON, urlencoded or multipart (file parts become {filename, size}). */
function parseParameters(url, contentType, body) {
    const params = Object.fromEntries(url.searchParams);
    if (body.length === 0) {
        return params;
    }
    const type = contentType.toLowerCase();
    if (type.startsWith('application/json')) {
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        } catch {
            throw badRequest("can't parse JSON object");
        }
        for (const [key, value] of Object.entries(parsed ?? {})) {
            params[key] = value;
        }
    } else if (type.startsWith('application/x-www-form-urlencoded')) {
        Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
    } else if (type.startsWith('multipart/form-data')) {
        const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
        if (!boundary) {
            throw badRequest('wrong multipart request: no boundary');
        }
        Object.assign(params, parseMultipart(body, boundary));
    }
    return params;
}

function parseMultipart(body, boundary) {
    const params = {};
    const delimiter = Buffer.from(`--${boundary}`);
    let start = body.indexOf(delimiter);
    while (start !== -1) {
        start += delimiter.length;
        if (body.subarray(start, start + 2).toString() === '--') {
            break;
        }
        const next = body.indexOf(delimiter, start);
        if (next === -1) {
            break;
        }
        // A part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
        const part = body.subarray(start + 2, next - 2);
        const headerEnd = part.indexOf('\r\n\r\n');
        if (headerEnd !== -1) {
            const headers = part.subarray(0, headerEnd).toString('utf8');
            const content = part.subarray(headerEnd + 4);
            const name = /name="([^"]*)"/i.exec(headers)?.[1];
            const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
            if (name !== undefined) {
                params[name] = filename !== undefined ? { filename, size: content.length } : content.toString('utf8');
            }
        }
        start = next;
    }
    return params;
}

/** A parameter that may arrive as a JSON string (form, multipart, query) or already parsed (JSON body). */
function json(value, name) {
    if (typeof value !== 'string') {
        return value;
    }
    try {
        return JSON.parse(value);
    } catch {
        throw badRequest(`can't parse ${name} JSON object`);
    }
}

function int(value, fallback) {
    if (value === undefined || value === '') {
        return fallback;
    }
    const number = Number(value);
    if (!Number.isInteger(number)) {
        throw badRequest('invalid integer value');
    }
    return number;
}

function bool(value) {
    return value === true || value === 'true' || value === '1';
}

function commandsKey(p) {
    const scope = p.scope === undefined ? { type: 'default' } : json(p.scope, 'scope');
    return `${JSON.stringify(scope)}|${p.language_code ?? ''}`;
}

// ---- standalone ----

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const { values } = parseArgs({
        options: {
            port: { type: 'string', default: '8081' },
            latency: { type: 'string', default: '0' },
            'poll-latency': { type: 'string' },
            token: { type: 'string', default: '123:abc' },
        },
    });
    const latencyMs = Number(values.latency);
    const pollLatencyMs = values['poll-latency'] === undefined ? latencyMs : Number(values['poll-latency']);
    const api = new FakeBotApi({ token: values.token, latencyMs, pollLatencyMs });
    const port = await api.listen(Number(values.port));
    console.log(`fake Bot API on http://127.0.0.1:${port} (token ${values.token}, latency ${values.latency} ms)`);
}
