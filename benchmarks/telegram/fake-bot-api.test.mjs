// Checks that the benchmark's fake Bot API answers as Telegram does: node --test benchmarks/telegram/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBotApi } from './fake-bot-api.mjs';

let api;
let base;
const sent = [];

before(async () => {
    api = new FakeBotApi({ token: '123:abc', onSend: (event) => sent.push(event) });
    base = `http://127.0.0.1:${await api.listen(0)}`;
});
after(() => api.close());

async function call(method, params, token = '123:abc') {
    const response = await fetch(`${base}/bot${token}/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(params ?? {}),
    });
    return { status: response.status, body: await response.json() };
}

test('getMe_rightToken_answersTheBotUser', async () => {
    const { status, body } = await call('getMe');
    assert.equal(status, 200);
    assert.equal(body.ok, true);
    assert.equal(body.result.id, 123);
    assert.equal(body.result.is_bot, true);
});

test('anyMethod_wrongToken_answers401Unauthorized', async () => {
    const { status, body } = await call('getMe', {}, '123:wrong');
    assert.equal(status, 401);
    assert.deepEqual(body, { ok: false, error_code: 401, description: 'Unauthorized' });
});

test('unknownMethod_answers404NotFound', async () => {
    const { status, body } = await call('sendTeleportation', {});
    assert.equal(status, 404);
    assert.deepEqual(body, { ok: false, error_code: 404, description: 'Not Found' });
});

test('getUpdates_withoutConfirmation_keepsTheUpdatesUntilAnOffsetAboveThem', async () => {
    const first = api.userSendsStart(501);
    const second = api.userSendsStart(502);
    let { body } = await call('getUpdates', { timeout: 0 });
    assert.deepEqual(body.result.map((u) => u.update_id), [first, second]);
    ({ body } = await call('getUpdates', { timeout: 0, limit: 1 }));
    assert.deepEqual(body.result.map((u) => u.update_id), [first]);
    ({ body } = await call('getUpdates', { offset: first + 1, timeout: 0 }));
    assert.deepEqual(body.result.map((u) => u.update_id), [second]);
    ({ body } = await call('getUpdates', { offset: second + 1, timeout: 0 }));
    assert.deepEqual(body.result, []);
    assert.equal(body.ok, true);
    assert.equal(api.pendingUpdates(), 0);
});

test('getUpdates_longPoll_answersAsSoonAsAnUpdateArrives', async () => {
    const poll = call('getUpdates', { timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const id = api.userSendsStart(503);
    api.flush();
    const { body } = await poll;
    assert.deepEqual(body.result.map((u) => u.update_id), [id]);
    assert.equal(body.result[0].message.text, '/start');
    assert.deepEqual(body.result[0].message.entities, [{ offset: 0, length: 6, type: 'bot_command' }]);
    await call('getUpdates', { offset: id + 1, timeout: 0 });
});

test('getUpdates_secondPollWhileOneWaits_endsTheFirstWith409', async () => {
    const firstPoll = call('getUpdates', { timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const secondPoll = call('getUpdates', { timeout: 1 });
    const { status, body } = await firstPoll;
    assert.equal(status, 409);
    assert.match(body.description, /^Conflict: terminated by other getUpdates request/);
    assert.equal((await secondPoll).status, 200);
});

test('sendMessage_unknownChat_answersChatNotFound', async () => {
    const { status, body } = await call('sendMessage', { chat_id: 999999, text: 'hi' });
    assert.equal(status, 400);
    assert.equal(body.description, 'Bad Request: chat not found');
});

test('sendMessage_textOver4096Characters_answersMessageIsTooLong', async () => {
    api.userSendsStart(504);
    const { status, body } = await call('sendMessage', { chat_id: 504, text: 'x'.repeat(4097) });
    assert.equal(status, 400);
    assert.equal(body.description, 'Bad Request: message is too long');
});

test('editMessageText_sameTextAndKeyboard_answersMessageIsNotModified', async () => {
    api.userSendsStart(505);
    const markup = { inline_keyboard: [[{ text: 'Menu', callback_data: 'menu' }]] };
    const { body: sentBody } = await call('sendMessage', { chat_id: 505, text: 'Hello', reply_markup: markup });
    assert.equal(sentBody.result.chat.id, 505);
    assert.deepEqual(sentBody.result.reply_markup, markup);
    const edit = { chat_id: 505, message_id: sentBody.result.message_id, text: 'Hello', reply_markup: markup };
    const { status, body } = await call('editMessageText', edit);
    assert.equal(status, 400);
    assert.match(body.description, /^Bad Request: message is not modified/);
    const changed = await call('editMessageText', { ...edit, text: 'Hello again' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.result.text, 'Hello again');
    const gone = await call('editMessageText', { ...edit, message_id: 9999 });
    assert.equal(gone.body.description, 'Bad Request: message to edit not found');
});

test('sendMessage_callbackDataOver64Bytes_answersButtonDataInvalid', async () => {
    api.userSendsStart(506);
    const markup = { inline_keyboard: [[{ text: 'Go', callback_data: 'x'.repeat(65) }]] };
    const { status, body } = await call('sendMessage', { chat_id: 506, text: 'Hi', reply_markup: markup });
    assert.equal(status, 400);
    assert.equal(body.description, 'Bad Request: BUTTON_DATA_INVALID');
});

test('sendPhoto_multipartUpload_answersAMessageWithPhotoSizesAndTellsTheDriver', async () => {
    api.userSendsStart(507);
    const form = new FormData();
    form.append('chat_id', '507');
    form.append('caption', 'Your QR code');
    form.append('photo', new Blob([new Uint8Array(2048)], { type: 'image/png' }), 'qr.png');
    const response = await fetch(`${base}/bot123:abc/sendPhoto`, { method: 'POST', body: form });
    const body = await response.json();
    assert.equal(response.status, 200);
    assert.equal(body.result.caption, 'Your QR code');
    assert.equal(body.result.photo[0].file_size, 2048);
    assert.ok(sent.some((event) => event.chatId === 507 && event.method === 'sendPhoto'));
});

test('answerCallbackQuery_unknownQuery_answersQueryIsTooOld', async () => {
    const { status, body } = await call('answerCallbackQuery', { callback_query_id: '42' });
    assert.equal(status, 400);
    assert.equal(body.description, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
});

test('setMyCommands_invalidCommandName_answersBotCommandInvalid', async () => {
    const bad = await call('setMyCommands', { commands: [{ command: 'Start', description: 'Begin' }] });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.description, 'Bad Request: BOT_COMMAND_INVALID');
    const commands = [{ command: 'start', description: 'Main menu' }];
    assert.equal((await call('setMyCommands', { commands, language_code: 'fa' })).body.result, true);
    assert.deepEqual((await call('getMyCommands', { language_code: 'fa' })).body.result, commands);
});

test('setWebhook_thenGetUpdates_answers409UntilDeleteWebhook', async () => {
    const refused = await call('setWebhook', { url: 'https://shop.example.com:8080/hook' });
    assert.equal(refused.body.description, 'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
    const badSecret = await call('setWebhook', { url: 'https://shop.example.com/hook', secret_token: 'a b' });
    assert.equal(badSecret.body.description, 'Bad Request: secret token contains unallowed characters');
    const set = await call('setWebhook', { url: 'https://shop.example.com/hook', secret_token: 's3cret', allowed_updates: ['message'] });
    assert.equal(set.body.result, true);
    const info = await call('getWebhookInfo');
    assert.equal(info.body.result.url, 'https://shop.example.com/hook');
    assert.deepEqual(info.body.result.allowed_updates, ['message']);
    const conflict = await call('getUpdates', { timeout: 0 });
    assert.equal(conflict.status, 409);
    assert.match(conflict.body.description, /^Conflict: can't use getUpdates method while webhook is active/);
    assert.equal((await call('deleteWebhook', {})).body.result, true);
    assert.equal((await call('getUpdates', { timeout: 0 })).status, 200);
});

test('answers_withLatency_areDelayedByIt', async () => {
    const slow = new FakeBotApi({ latencyMs: 30 });
    const port = await slow.listen(0);
    try {
        const started = performance.now();
        await fetch(`http://127.0.0.1:${port}/bot123:abc/getMe`);
        assert.ok(performance.now() - started >= 29, 'the answer came before the latency had passed');
    } finally {
        await slow.close();
    }
});
