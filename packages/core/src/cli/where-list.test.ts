import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  delayed,
  found,
  json,
  sequence,
  startFakeServer,
  type FakeServer,
} from '../company-api/fake-server.ts';
import {LIST_COLUMNS, readCompanyList} from '../company-list/index.ts';
import {loadPlaces} from '../places/index.ts';
import type {CliIo} from './io.ts';
import {validSirets} from './testing-sirets.ts';
import {main} from './ti.ts';

let server: FakeServer;
beforeAll(async () => {
  server = await startFakeServer();
  await loadPlaces();
}, 60_000);
afterAll(() => server.close());

const dir = mkdtempSync(join(tmpdir(), 'ti-where-list-'));
const file = (name: string, text: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(
  argv: string[],
  {
    stdinText = '',
    terminal = false,
    interruption,
    fetchedAt = [],
  }: {
    stdinText?: string;
    terminal?: boolean;
    interruption?: AbortSignal;
    fetchedAt?: number[];
  } = {}
) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  let written = '';
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    write: (text) => (written += text),
    stdinLines: async function* () {
      yield* stdinText.split('\n');
    },
    readFile: async (path) => readFileSync(path, 'utf8'),
    readInput: async (path, maxBytes) => {
      const bytes =
        path === '-' ? new TextEncoder().encode(stdinText) : readFileSync(path);
      return {
        text: new TextDecoder().decode(bytes.subarray(0, maxBytes)),
        complete: bytes.length <= maxBytes,
      };
    },
    ...(terminal && {progress: (text: string) => progress.push(text)}),
    ...(interruption && {interruption: () => interruption}),
    env: {TI_API_URL: server.baseUrl},
    fetch: (url, init) => {
      fetchedAt.push(performance.now());
      return fetch(url, init);
    },
  };
  const code = await main(argv, io);
  const rows = () => {
    const read = readCompanyList(written);
    if (!read.ok) throw new Error(read.reason);
    return read.value;
  };
  return {code, out, err, progress, written, rows};
}

const cell = (
  row: string[],
  width: number,
  column: (typeof LIST_COLUMNS)[number]
) => row[width + LIST_COLUMNS.indexOf(column)];

describe('ti where --csv', () => {
  it.each([
    ['guessed: the first name is read as the header', [], 'territory_id'],
    ['--header no: every name is a row', ['--header', 'no'], 'ti-8413'],
    [
      '--header yes: the first line is the header',
      ['--header', 'yes'],
      'territory_id',
    ],
  ])('%s', async (_, option, secondCell) => {
    const path = file('names.csv', 'Oyonnax\nNantua\nBellignat\n');
    const {code, written} = await run([
      'where',
      '--offline',
      '--csv',
      path,
      ...option,
    ]);
    expect(code).toBe(0);
    const [first] = written.replace(/^\uFEFF/, '').split('\r\n');
    expect(first!.split(';').slice(0, 2)).toEqual(['Oyonnax', secondCell]);
  });

  it.each([
    [['--header', 'maybe'], 'ti where: --header maybe: use yes or no'],
    [
      ['--lang', 'fr', '--header', 'maybe'],
      'ti where\u00a0: --header maybe\u00a0: répondez yes ou no',
    ],
  ])('refuses --header %s', async (option, message) => {
    const path = file('names.csv', 'Oyonnax\nNantua\n');
    const lang = option[0] === '--lang' ? [] : ['--lang', 'en'];
    const {code, err} = await run(['where', ...lang, '--csv', path, ...option]);
    expect(code).toBe(2);
    expect(err.join('\n').split('\n')[0]).toBe(message);
  });

  it('refuses --header without --csv', async () => {
    const {code, err} = await run([
      'where',
      '--lang',
      'en',
      '--header',
      'no',
      '78620',
    ]);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(
      "--header says whether the first line of --csv's file is a header"
    );
  });

  it('appends the answer columns to every row, in the input order, same delimiter', async () => {
    server.reset();
    const path = file(
      'list.csv',
      '\uFEFFRaison sociale;SIRET;note\r\n"ACME; fils";73282932000074;=1+1\r\nMairie;78571;\r\nNulle part;nowhere-123-x;\r\n'
    );
    const {code, written, rows} = await run(['where', '--csv', path]);
    expect(code).toBe(0);
    expect(written.startsWith('\uFEFF')).toBe(true);
    const list = rows();
    expect(list.delimiter).toBe(';');
    expect(list.headers).toEqual([
      'Raison sociale',
      'SIRET',
      'note',
      ...LIST_COLUMNS,
    ]);
    expect(
      list.rows.map((row) => [
        row[0],
        cell(row, 3, 'status'),
        cell(row, 3, 'territory_id'),
      ])
    ).toEqual([
      ['ACME; fils', 'in-territory', expect.stringMatching(/^ti-/)],
      ['Mairie', 'in-territory', 'ti-1109'],
      ['Nulle part', 'not-found', ''],
    ]);
    expect(list.rows[0]![2]).toBe("'=1+1");
    expect(cell(list.rows[1]!, 3, 'commune')).toBe(
      'Saint-Nom-la-Bretèche (78571)'
    );
  });

  it('reads standard input with --csv -, without header, comma-separated', async () => {
    server.reset();
    const {code, rows} = await run(['where', '--csv', '-', '--lang', 'en'], {
      stdinText: '78571,first\n2A004,second\n',
    });
    expect(code).toBe(0);
    const list = rows();
    expect(list.hasHeader).toBe(false);
    expect(list.rows.map((row) => [row[1], cell(row, 2, 'status')])).toEqual([
      ['first', 'in-territory'],
      ['second', 'in-territory'],
    ]);
    expect(cell(list.rows[0]!, 2, 'reason')).toMatch(
      /in the Territoire d’industrie/
    );
  });

  it('reads a cell as its column names it: 01100 under code_postal is a postcode, not also an INSEE code', async () => {
    server.reset();
    const {code, rows} = await run([
      'where',
      '--offline',
      '--csv',
      file(
        'postcodes.csv',
        'code_postal;nom\n01100;Oyonnax\ninsee:01100;Cheignieu\n'
      ),
    ]);
    expect(code).toBe(0);
    expect(rows().rows.map((row) => cell(row, 2, 'status'))).toEqual([
      'in-territory',
      'not-in-territory',
    ]);
  });

  it('looks companies up concurrently within the client limits, answers in the input order', async () => {
    server.reset();
    server.reply(delayed(150, found));
    const sirets = validSirets(8);
    const path = file('sirets.csv', `siret\n${sirets.join('\n')}\n`);
    const starts: number[] = [];
    const {code, rows} = await run(['where', '--csv', path], {
      fetchedAt: starts,
    });
    expect(code).toBe(0);
    expect(rows().rows.map((row) => row[0])).toEqual(sirets);
    expect(server.maxConcurrent).toBe(2);
    expect(starts).toHaveLength(8);
    // 5 a second: the sixth request waits for the first one's second to pass (less a busy machine's timer slack).
    starts.sort((a, b) => a - b);
    expect(starts[5]! - starts[0]!).toBeGreaterThan(900);
    for (const start of starts)
      expect(
        starts.filter((t) => t >= start && t < start + 900).length
      ).toBeLessThanOrEqual(5);
  }, 30_000);

  it('marks a company API failure "failed" with its reason, never "not found", and exits with 1', async () => {
    server.reset();
    const [ok, broken] = validSirets(2);
    server.reply((request, response, url) =>
      url.searchParams.get('q') === broken
        ? json(503, {erreur: 'maintenance'})(request, response, url)
        : found(request, response, url)
    );
    const path = file('failing.csv', `siret\n${ok}\n${broken}\n`);
    const {code, rows, err} = await run([
      'where',
      '--csv',
      path,
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    const [first, second] = rows().rows;
    expect(cell(first!, 1, 'status')).toBe('in-territory');
    expect(cell(second!, 1, 'status')).toBe('failed');
    expect(cell(second!, 1, 'reason')).toMatch(
      /could not answer .*HTTP error 503/
    );
    expect(cell(second!, 1, 'reason')).not.toMatch(/not found/i);
    expect(err.join('\n')).toMatch(/1 row\(s\) failed/);
  }, 60_000);

  it.each<[string, string | Uint8Array, RegExp]>([
    [
      'binary.csv',
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff, 0xfe]),
      /not a text file/,
    ],
    [
      'latin1.csv',
      new Uint8Array([
        ...new TextEncoder().encode('siret;nom\n73282932000074;Soci'),
        0xe9,
        0x74,
        0xe9,
        0x0a,
      ]),
      /not UTF-8/,
    ],
    [
      'quote.csv',
      'siret\n"73282932000074\n',
      /quote opened on line 2 is never closed/,
    ],
    ['empty.csv', '', /no row to check/],
  ])(
    'refuses %s with a clear message and exit code 2',
    async (name, content, message) => {
      const {code, err, written} = await run([
        'where',
        '--lang',
        'en',
        '--csv',
        file(name, content),
      ]);
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(message);
      expect(written).toBe('');
    }
  );

  it('says when the file cannot be read', async () => {
    const {code, err} = await run([
      'where',
      '--lang',
      'en',
      '--csv',
      join(dir, 'missing.csv'),
    ]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/cannot read .*missing\.csv \(ENOENT\)/);
  });

  it('refuses PLACE arguments and --json beside --csv', async () => {
    expect((await run(['where', '--csv', '-', '78571'])).code).toBe(2);
    expect((await run(['where', '--csv', '-', '--json'])).code).toBe(2);
  });
});

describe('ti where --cache', () => {
  it('keeps answers between runs, so that a second run asks the API nothing', async () => {
    server.reset();
    const sirets = validSirets(3);
    const cache = join(dir, 'cache.json');
    const path = file('cached.csv', `siret\n${sirets.join('\n')}\n`);
    const first = await run(['where', '--csv', path, '--cache', cache]);
    expect(first.code).toBe(0);
    expect(server.requests).toHaveLength(3);
    expect(JSON.parse(readFileSync(cache, 'utf8'))).toMatchObject({
      format: 'ti-company-cache',
      version: 1,
    });
    const second = await run(['where', '--csv', path, '--cache', cache]);
    expect(server.requests).toHaveLength(3);
    expect(second.written).toBe(first.written);
  });

  it('resumes an interrupted run: what was answered is written and kept, the rest asked next time', async () => {
    server.reset();
    server.reply(delayed(100, found));
    const sirets = validSirets(6);
    const cache = join(dir, 'resume.json');
    const path = file('resume.csv', `siret\n${sirets.join('\n')}\n`);
    const controller = new AbortController();
    void server
      .received(3)
      .then(() => setTimeout(() => controller.abort(), 150));
    const interrupted = await run(['where', '--csv', path, '--cache', cache], {
      interruption: controller.signal,
    });
    expect(interrupted.code).toBe(130);
    expect(interrupted.err.join('\n')).toMatch(
      /interrompu après \d lignes sur 6/
    );
    const partial = interrupted.rows().rows;
    expect(partial).toHaveLength(6);
    const answered = partial.filter((row) => cell(row, 1, 'status') !== '');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.length).toBeLessThan(6);
    expect(
      answered.every((row) => cell(row, 1, 'status') === 'in-territory')
    ).toBe(true);

    const asked = server.requests.length;
    const resumed = await run(['where', '--csv', path, '--cache', cache]);
    expect(resumed.code).toBe(0);
    expect(
      resumed
        .rows()
        .rows.every((row) => cell(row, 1, 'status') === 'in-territory')
    ).toBe(true);
    expect(server.requests.length - asked).toBeLessThanOrEqual(
      6 - answered.length
    );
  }, 30_000);

  it('does not keep failures, so that the next run asks again', async () => {
    server.reset();
    const [siret] = validSirets(1);
    const cache = join(dir, 'failures.json');
    server.reply(
      sequence(
        json(500, {}),
        json(500, {}),
        json(500, {}),
        json(500, {}),
        found
      )
    );
    const failed = await run([
      'where',
      '--json',
      `siret:${siret}`,
      '--cache',
      cache,
    ]);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.out[0]!)).toMatchObject({status: 'failed'});
    server.reply(found);
    const again = await run([
      'where',
      '--json',
      `siret:${siret}`,
      '--cache',
      cache,
    ]);
    expect(JSON.parse(again.out[0]!)).toMatchObject({status: 'in-territory'});
  }, 60_000);

  it.each([
    ['not JSON', '{"format": "ti-company-cache", '],
    ['another JSON file', '{"name": "my-project", "version": "1.0.0"}'],
    ['an array', '[]'],
  ])(
    'refuses a cache file that is %s, and leaves it as it is',
    async (_, content) => {
      const cache = file('corrupt.json', content);
      const {code, err} = await run([
        'where',
        '--lang',
        'en',
        '--cache',
        cache,
        '78571',
      ]);
      expect(code).toBe(2);
      expect(err[0]).toMatch(
        /--cache .*corrupt\.json: this file is not a ti where cache .* left as it is/
      );
      expect(readFileSync(cache, 'utf8')).toBe(content);
    }
  );
});

describe('ti where: progress and interruption', () => {
  it('shows progress on a terminal only, and clears it at the end', async () => {
    server.reset();
    const places = ['78571', 'insee:75108', '2A004'];
    const terminal = await run(['where', '--lang', 'en', ...places], {
      terminal: true,
    });
    expect(terminal.progress.at(-2)).toMatch(
      /^ti where: 3\/3 answers, [\d.,]+\/s/
    );
    expect(terminal.progress.at(-1)).toBe('');
    const redirected = await run(['where', ...places]);
    expect(redirected.progress).toEqual([]);
    expect(redirected.err).toEqual([]);
  });

  it('prints statuses and reasons in the language asked for', async () => {
    const fr = await run(['where', 'insee:75108']);
    expect(fr.out[0]).toMatch(
      /^insee:75108 : hors Territoire d’industrie\n {2}75108 est un arrondissement/
    );
    const en = await run(['where', '--lang', 'en', 'insee:75108']);
    expect(en.out[0]).toMatch(
      /^insee:75108: not in a Territoire d’industrie\n {2}75108 is a municipal arrondissement/
    );
  });

  it('stops reading standard input when interrupted', async () => {
    const controller = new AbortController();
    const out: string[] = [];
    const io: CliIo = {
      stdout: (line) => {
        out.push(line);
        controller.abort();
      },
      stderr: () => undefined,
      write: () => undefined,
      // A user who types one place and then nothing.
      stdinLines: async function* () {
        yield '78571';
        await new Promise(() => undefined);
      },
      readFile: async () => '',
      readInput: async () => ({text: '', complete: true}),
      interruption: () => controller.signal,
      env: {TI_API_URL: server.baseUrl},
      fetch: (url, init) => fetch(url, init),
    };
    expect(await main(['where', '-'], io)).toBe(130);
    expect(out).toHaveLength(1);
  });
});
