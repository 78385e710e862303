/**
 * pnpm bench (issue 16 §4): 1,000 SIRETs through `ti where --csv` (the real command, in its own process) against a
 * local fake of the company API answering in 150 ms, wall time beside the rate-limit floor (1,000 / 5 a second).
 * Beside it, in the same run: 50 SIRETs looked up one after the other (what `ti where` did before) and through
 * the command's concurrent path, at 150 ms and at 400 ms of API latency, and a second run of the list served
 * from its --cache file. Takes about 4 minutes; `--count N` runs a shorter list.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {
  delayed,
  found,
  startFakeServer,
  type FakeServer,
} from '../src/company-api/fake-server.ts';
import {
  createCompanyClient,
  DEFAULT_RATE_LIMIT,
} from '../src/company-api/index.ts';
import {readCompanyList} from '../src/company-list/index.ts';
import {companyLocator} from '../src/company-territory/index.ts';
import {main} from '../src/cli/ti.ts';
import type {CliIo} from '../src/cli/io.ts';
import {validSirets} from '../src/cli/testing-sirets.ts';
import {loadPlaces, resolvePlace} from '../src/places/index.ts';

const {values} = parseArgs({
  options: {count: {type: 'string', default: '1000'}},
});
const COUNT = Number(values.count);
const BASELINE = 50;
const LATENCY_MS = 150;
const perSecond =
  DEFAULT_RATE_LIMIT.maxStarts / (DEFAULT_RATE_LIMIT.windowMs / 1000);
const floor = (n: number) => n / perSecond;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const dir = mkdtempSync(join(tmpdir(), 'ti-bench-list-'));
const server = await startFakeServer();
const cli = new URL('../src/cli/ti.ts', import.meta.url).pathname;

/** `ti where --csv FILE` in a process of its own, as an adviser runs it; wall time from spawn to exit. */
async function runCli(args: string[]): Promise<{
  ms: number;
  start: number;
  end: number;
  code: number | null;
  csv: string;
}> {
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: {...process.env, TI_API_URL: server.baseUrl},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await new Promise<number | null>((resolve) =>
    child.on('close', resolve)
  );
  const end = performance.now();
  return {
    ms: end - start,
    start,
    end,
    code,
    csv: Buffer.concat(chunks).toString('utf8'),
  };
}

function answered(csv: string): number {
  const read = readCompanyList(csv);
  if (!read.ok) throw new Error(`unreadable output: ${read.reason}`);
  const status = read.value.headers.indexOf('status');
  return read.value.rows.filter((row) => row[status] === 'in-territory').length;
}

/** Start-up (process start to first request), the requests' span and their rate, and the end (last request to exit). */
function phases(server: FakeServer, run: {start: number; end: number}): string {
  const first = server.requests[0]?.at ?? run.start;
  const last = server.requests.at(-1)?.at ?? run.end;
  const span = last - first;
  return `start-up ${seconds(first - run.start)}, requests ${seconds(span)} (${((server.requests.length - 1) / (span / 1000)).toFixed(2)}/s), end ${seconds(run.end - last)}`;
}

function serverFigures(server: FakeServer, ms: number): string {
  return `${server.requests.length} requests, ${(server.requests.length / (ms / 1000)).toFixed(2)}/s, at most ${server.maxConcurrent} at once`;
}

const places = await loadPlaces();

/** The previous `ti where`: one place after the other, each awaited before the next. */
async function serial(sirets: string[]): Promise<number> {
  const locateCompany = companyLocator(
    createCompanyClient({fetch, baseUrl: server.baseUrl}),
    'fr'
  );
  const start = performance.now();
  for (const siret of sirets)
    await resolvePlace(places, siret, {locateCompany});
  return performance.now() - start;
}

/** The command's path (in this process, to leave process start-up out of a short run). */
async function concurrent(sirets: string[]): Promise<number> {
  const path = join(dir, `baseline-${sirets.length}.csv`);
  writeFileSync(path, `siret\n${sirets.join('\n')}\n`);
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (line) => console.error(line),
    write: () => undefined,
    stdinLines: async function* () {},
    readFile: async (file) => readFileSync(file, 'utf8'),
    readInput: async (file) => ({
      text: readFileSync(file, 'utf8'),
      complete: true,
    }),
    env: {TI_API_URL: server.baseUrl},
    fetch,
  };
  const start = performance.now();
  await main(['where', '--csv', path], io);
  return performance.now() - start;
}

console.log(
  `ti where --csv: fake company API on 127.0.0.1 answering in ${LATENCY_MS} ms; client limits ${DEFAULT_RATE_LIMIT.maxStarts} requests per ${DEFAULT_RATE_LIMIT.windowMs} ms, ${DEFAULT_RATE_LIMIT.maxInFlight} in flight\n`
);

for (const latency of [LATENCY_MS, 400]) {
  server.reset();
  server.reply(delayed(latency, found));
  const sirets = validSirets(BASELINE * 2);
  const one = await serial(sirets.slice(0, BASELINE));
  server.reset();
  server.reply(delayed(latency, found));
  const many = await concurrent(sirets.slice(BASELINE));
  console.log(
    `${BASELINE} SIRETs at ${latency} ms: one after the other ${seconds(one)}, concurrent ${seconds(many)} (${serverFigures(server, many)}); floor ${seconds(floor(BASELINE) * 1000)}`
  );
}

server.reset();
server.reply(delayed(LATENCY_MS, found));
const sirets = validSirets(COUNT + BASELINE * 2).slice(BASELINE * 2);
const list = join(dir, 'list.csv');
const cache = join(dir, 'cache.json');
writeFileSync(
  list,
  `siret;nom\n${sirets.map((s, i) => `${s};Entreprise ${i + 1}`).join('\n')}\n`
);
const first = await runCli(['where', '--csv', list, '--cache', cache]);
console.log(
  `\n${COUNT} SIRETs, ti where --csv --cache (own process): ${seconds(first.ms)} wall, exit ${first.code}, ${answered(first.csv)} rows answered in a territory; rate-limit floor ${seconds(floor(COUNT) * 1000)} (${(first.ms / 1000 / floor(COUNT)).toFixed(3)}x the floor); ${serverFigures(server, first.ms)}; ${phases(server, first)}`
);
server.reset();
server.reply(delayed(LATENCY_MS, found));
const again = await runCli(['where', '--csv', list, '--cache', cache]);
console.log(
  `same list again from its --cache file: ${seconds(again.ms)} wall, exit ${again.code}, ${server.requests.length} requests, output ${again.csv === first.csv ? 'identical' : 'DIFFERENT'}`
);

await server.close();
rmSync(dir, {recursive: true, force: true});
