// One benchmark run: starts the fake Bot API, starts a bot process against it, waits until the bot long-polls,
// sends a small warm-up burst, then the measured burst of /start messages, and times every update from its
// injection to the bot's first sendMessage (or sendPhoto) to that chat. Prints one JSON line with the figures and
// stops the bot (SIGTERM, SIGKILL after a grace period) before it exits.
//
// node bench.mjs --bot NAME --latency MS [--poll-latency MS] --users N [--per-user K] [--rate R] [--warmup W]
//                [--timeout S] [--log FILE] [--out FILE] -- COMMAND ARGS...
// --rate R sends the updates at R a second instead of all at once (latency under a steady load, not a burst);
// --timeout counts from the first update sent, so give a rate run total/R seconds more.
// The bot process gets FAKE_BOT_API_URL (http://127.0.0.1:<port>) and FAKE_BOT_TOKEN in its environment.

import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FakeBotApi } from './fake-bot-api.mjs';

const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
        bot: { type: 'string' },
        latency: { type: 'string', default: '0' },
        'poll-latency': { type: 'string' },
        users: { type: 'string', default: '20000' },
        'per-user': { type: 'string', default: '1' },
        warmup: { type: 'string', default: '200' },
        timeout: { type: 'string', default: '60' },
        rate: { type: 'string' },
        'start-timeout': { type: 'string', default: '120' },
        token: { type: 'string', default: '123:abc' },
        log: { type: 'string', default: '/dev/null' },
        out: { type: 'string' },
    },
});
if (!values.bot || positionals.length === 0) {
    console.error('usage: node bench.mjs --bot NAME --latency MS --users N [--per-user K] -- COMMAND ARGS...');
    process.exit(2);
}
const latencyMs = Number(values.latency);
const pollLatencyMs = values['poll-latency'] === undefined ? latencyMs : Number(values['poll-latency']);
const users = Number(values.users);
const perUser = Number(values['per-user']);
const warmup = Number(values.warmup);
const timeoutMs = Number(values.timeout) * 1000;
const total = users * perUser;
const rate = values.rate === undefined ? null : Number(values.rate);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => console.error(`[bench ${values.bot} ${latencyMs} ms] ${line}`);

// chat id -> injection times of its updates still waiting for their reply, oldest first
const waiting = new Map();
const latencies = [];
const replyTimes = []; // when each measured reply arrived, in arrival order
let measuring = false;
let lastReplyAt = 0;
let extraReplies = 0;

const api = new FakeBotApi({
    token: values.token,
    latencyMs,
    pollLatencyMs,
    onSend: ({ chatId, at }) => {
        const queue = waiting.get(chatId);
        if (queue && queue.length > 0) {
            const injectedAt = queue.shift();
            if (measuring) {
                latencies.push(at - injectedAt);
                replyTimes.push(at);
                lastReplyAt = at;
            }
        } else {
            extraReplies++;
        }
    },
});
const port = await api.listen(0);

const logFd = openSync(values.log, 'a');
const child = spawn(positionals[0], positionals.slice(1), {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, FAKE_BOT_API_URL: `http://127.0.0.1:${port}`, FAKE_BOT_TOKEN: values.token },
});
closeSync(logFd);
let exited = null;
const exitedPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve();
}));

function injectOne(chatId, now) {
    api.userSendsStart(chatId, `User${chatId}`);
    let queue = waiting.get(chatId);
    if (!queue) {
        queue = [];
        waiting.set(chatId, queue);
    }
    queue.push(now);
}

/** All at once: every user's first /start, then every user's second, and so on. */
function inject(firstUser, count, times) {
    const now = performance.now();
    for (let i = 0; i < count * times; i++) {
        injectOne(firstUser + (i % count), now);
    }
    api.flush();
    return now;
}

/** At a steady rate (updates/s), in the same order as inject; resolves once all are queued. */
function injectAtRate(firstUser, count, times, rate) {
    const t0 = performance.now();
    let injected = 0;
    return new Promise((resolve) => {
        const tick = () => {
            const now = performance.now();
            const due = Math.min(count * times, Math.floor(((now - t0) / 1000) * rate) + 1);
            for (; injected < due; injected++) {
                injectOne(firstUser + (injected % count), now);
            }
            api.flush();
            if (injected < count * times) {
                setTimeout(tick, 5);
            } else {
                resolve();
            }
        };
        tick();
    }).then(() => t0);
}

async function until(condition, ms) {
    const deadline = performance.now() + ms;
    while (!condition()) {
        if (exited || performance.now() > deadline) {
            return false;
        }
        await sleep(20);
    }
    return true;
}

function memory(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { hwmMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
    } catch {
        return { hwmMb: NaN, rssMb: NaN };
    }
}

/** CPU seconds the process has used (user + system), from /proc/<pid>/stat at 100 ticks a second. */
function cpuSeconds(pid) {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
        return NaN;
    }
}

function percentile(sorted, p) {
    // nearest rank over all measured updates; an update never answered counts as infinitely late
    const rank = Math.ceil((p / 100) * total);
    return rank <= sorted.length ? sorted[rank - 1] : Infinity;
}

async function stopBot() {
    if (exited) {
        return;
    }
    try {
        process.kill(-child.pid, 'SIGTERM');
    } catch {
        return;
    }
    const timer = setTimeout(() => {
        try {
            process.kill(-child.pid, 'SIGKILL');
        } catch { /* already gone */ }
    }, 20_000);
    await exitedPromise;
    clearTimeout(timer);
}

const result = { bot: values.bot, latencyMs, pollLatencyMs, users, perUser, updates: total, rate, warmup };
try {
    const startedAt = performance.now();
    if (!await until(() => (api.counts.byMethod.getUpdates ?? 0) > 0, Number(values['start-timeout']) * 1000)) {
        throw new Error(exited ? `the bot exited (${JSON.stringify(exited)}) before polling` : 'the bot never polled');
    }
    result.startSeconds = (performance.now() - startedAt) / 1000;
    log(`polling after ${result.startSeconds.toFixed(1)} s; warm-up with ${warmup} users`);
    if (warmup > 0) {
        inject(1, warmup, 1);
        if (!await until(() => [...waiting.values()].every((queue) => queue.length === 0), 60_000)) {
            throw new Error('the warm-up burst was not answered within 60 s');
        }
        await sleep(1000);
    }
    measuring = true;
    const errorsBefore = Object.values(api.counts.errors).reduce((a, b) => a + b, 0);
    const requestsBefore = api.counts.requests;
    log(`${rate ? `${rate} updates/s` : 'burst'} of ${total} updates (${users} users x ${perUser})`);
    const botCpuBefore = cpuSeconds(child.pid);
    const fakeCpuBefore = process.cpuUsage();
    const t0 = rate ? await injectAtRate(1_000_000, users, perUser, rate) : inject(1_000_000, users, perUser);
    const finished = await until(() => latencies.length === total, timeoutMs - (performance.now() - t0));
    const endedAt = finished ? lastReplyAt : performance.now();
    const mem = memory(child.pid);
    const botCpu = cpuSeconds(child.pid) - botCpuBefore;
    const fakeCpu = process.cpuUsage(fakeCpuBefore);
    const sorted = latencies.slice().sort((a, b) => a - b);
    const seconds = (endedAt - t0) / 1000;
    // sustained: the rate between the reply to the 10th and to the 90th percent of the updates, without start and tail
    const from = replyTimes[Math.floor(total * 0.1)];
    const to = replyTimes[Math.ceil(total * 0.9) - 1];
    Object.assign(result, {
        finished,
        handled: latencies.length,
        seconds,
        updatesPerSecond: latencies.length / seconds,
        sustainedPerSecond: from !== undefined && to !== undefined && to > from ? (total * 0.8) / ((to - from) / 1000) : null,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        maxMs: finished ? sorted[sorted.length - 1] : Infinity,
        peakRssMb: mem.hwmMb,
        rssMb: mem.rssMb,
        botCpuSeconds: botCpu,
        fakeCpuSeconds: (fakeCpu.user + fakeCpu.system) / 1e6,
        apiErrors: Object.values(api.counts.errors).reduce((a, b) => a + b, 0) - errorsBefore,
        unanswered: total - latencies.length,
        extraReplies,
        pendingInFake: api.pendingUpdates(), // not yet confirmed by the bot when the burst was answered or cut
        requests: api.counts.requests - requestsBefore,
        errorTexts: api.counts.errors,
        unknownMethods: api.counts.unknownMethods,
        methods: api.counts.byMethod,
        exitedEarly: exited,
    });
    result.errors = result.apiErrors;
    log(`${finished ? 'done' : 'timed out'}: ${latencies.length}/${total} in ${seconds.toFixed(1)} s`);
} catch (e) {
    result.failure = e.message;
    log(`failed: ${e.message}`);
} finally {
    measuring = false;
    await stopBot();
    await api.close();
}
const line = JSON.stringify(result, (key, value) => (value === Infinity ? 'Infinity' : value));
if (values.out) {
    writeFileSync(values.out, `${line}\n`);
}
console.log(line);
process.exit(result.failure ? 1 : 0);
