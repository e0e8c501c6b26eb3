// The peer bot of the benchmark: grammY with @grammyjs/runner (concurrent, per-chat order through sequentialize),
// doing what Tollgate's /start does: upsert the user's row in SQLite (sql.js, WebAssembly), then greet them with
// the main menu's inline keyboard of five buttons.
//
// Environment: BOT_TOKEN, BOT_API_URL (e.g. http://127.0.0.1:8081), optional PEER_DB (file the database is
// written to on stop; in memory while running).

import { Bot, InlineKeyboard } from 'grammy';
import { run, sequentialize } from '@grammyjs/runner';
import initSqlJs from 'sql.js';
import { writeFileSync } from 'node:fs';

const token = process.env.BOT_TOKEN;
const apiRoot = process.env.BOT_API_URL ?? 'https://api.telegram.org';
if (!token) {
    console.error('BOT_TOKEN is not set');
    process.exit(2);
}

const SQL = await initSqlJs();
const db = new SQL.Database();
db.run(`CREATE TABLE customer (
    telegram_id   INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL,
    language_code TEXT,
    referrer      TEXT,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL)`);
const upsert = db.prepare(`INSERT INTO customer (telegram_id, first_name, language_code, referrer, created_at, last_seen_at)
    VALUES ($id, $name, $language, $referrer, $now, $now)
    ON CONFLICT (telegram_id) DO UPDATE SET first_name = excluded.first_name,
        language_code = excluded.language_code, last_seen_at = excluded.last_seen_at`);

const menu = new InlineKeyboard()
    .text('🛒 Buy a subscription', 'buy').row()
    .text('🎁 Free trial', 'trial').row()
    .text('👛 Wallet', 'wallet').row()
    .text('📋 My subscriptions', 'subs').text('❓ Help', 'help');

const bot = new Bot(token, { client: { apiRoot } });
bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
bot.command('start', async (ctx) => {
    const from = ctx.from;
    upsert.run({
        $id: from.id,
        $name: from.first_name,
        $language: from.language_code ?? null,
        $referrer: ctx.match ? ctx.match.slice(0, 64) : null,
        $now: Date.now(),
    });
    await ctx.reply(`Hello, ${from.first_name}! Welcome to the shop: try a free trial or buy a subscription.`,
        { reply_markup: menu });
});
bot.catch((err) => console.error(`update ${err.ctx.update.update_id} failed: ${err.error?.message ?? err.error}`));

await bot.init();
console.log(`peer bot @${bot.botInfo.username} on ${apiRoot}`);
const runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query', 'pre_checkout_query'] } } });

let stopping = false;
async function stop() {
    if (stopping) {
        return;
    }
    stopping = true;
    await runner.stop();
    upsert.free();
    if (process.env.PEER_DB) {
        writeFileSync(process.env.PEER_DB, db.export());
    }
    db.close();
    process.exit(0);
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
