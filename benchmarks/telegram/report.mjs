// Prints the table of a benchmark run from the JSON lines bench.mjs wrote: node report.mjs result1.json ...
import { readFileSync } from 'node:fs';

const NAMES = { grammy: 'grammY', tollgate: 'Tollgate' };
const runs = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, 'utf8')));
const latencyOf = (run) => `${run.latencyMs} ms`
    + (run.pollLatencyMs !== undefined && run.pollLatencyMs !== run.latencyMs ? ` (getUpdates ${run.pollLatencyMs} ms)` : '')
    + (run.rate ? `, sent at ${run.rate}/s` : '');
const rate = (run) => (run.failure ? NaN : run.updatesPerSecond);
const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '-');
const ms = (run, value) => (value === 'Infinity' || value === Infinity ? `> ${Math.round(run.seconds)} s` : int(value));

const header = ['bot', 'latency', 'updates/s', 'sustained/s', 'p50 ms', 'p99 ms', 'peak RSS MB', 'errors', 'handled', 'Tollgate/grammY'];
const rows = runs.map((run) => {
    const peer = runs.find((other) => other.bot === 'grammy' && other.latencyMs === run.latencyMs);
    const ratio = run.bot === 'tollgate' && peer ? rate(run) / rate(peer) : NaN;
    if (run.failure) {
        return [NAMES[run.bot] ?? run.bot, latencyOf(run), `failed: ${run.failure}`, '', '', '', '', '', '', ''];
    }
    return [NAMES[run.bot] ?? run.bot, latencyOf(run), int(run.updatesPerSecond), int(run.sustainedPerSecond),
        ms(run, run.p50Ms), ms(run, run.p99Ms), int(run.peakRssMb), String(run.errors),
        `${run.handled}/${run.updates}${run.finished ? '' : ' (timed out)'}`,
        Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : ''];
});
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i < 2 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
rows.forEach((row) => console.log(line(row)));
for (const run of runs) {
    const problems = { ...(run.errorTexts ?? {}), ...Object.fromEntries(Object.entries(run.unknownMethods ?? {}).map(([m, n]) => [`unknown method ${m}`, n])) };
    if (Object.keys(problems).length > 0) {
        console.log(`${NAMES[run.bot] ?? run.bot} ${run.latencyMs} ms: ${Object.entries(problems).map(([text, n]) => `${n} x ${text}`).join('; ')}`);
    }
}
