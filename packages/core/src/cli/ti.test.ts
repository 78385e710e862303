import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  json,
  startFakeServer,
  type FakeServer,
} from '../company-api/fake-server.ts';
import {loadCommuneDirectory, loadPlaces} from '../places/index.ts';
import type {CliIo} from './io.ts';
import {main} from './ti.ts';

let server: FakeServer;
// The first answer loads the commune tables: seconds on a busy machine, which is no test's business.
beforeAll(async () => {
  server = await startFakeServer();
  await loadPlaces();
}, 60_000);
afterAll(() => server.close());

async function run(
  argv: string[],
  {
    stdin = [] as string[],
    env = {} as Record<string, string>,
    stdinText = undefined as string | undefined,
    terminal = false,
    interruption = undefined as AbortSignal | undefined,
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
      yield* stdin;
    },
    readFile: async (path) =>
      (await import('node:fs/promises')).readFile(path, 'utf8'),
    readInput: async (path, maxBytes) => {
      const bytes =
        path === '-'
          ? new TextEncoder().encode(stdinText ?? stdin.join('\n'))
          : await (await import('node:fs/promises')).readFile(path);
      return {
        text: new TextDecoder().decode(bytes.subarray(0, maxBytes)),
        complete: bytes.length <= maxBytes,
      };
    },
    ...(terminal && {progress: (text: string) => progress.push(text)}),
    ...(interruption && {interruption: () => interruption}),
    env: {TI_API_URL: server.baseUrl, ...env},
    fetch: (url, init) => fetch(url, init),
  };
  const code = await main(argv, io);
  return {
    code,
    out,
    err,
    progress,
    written: () => written,
    json: () => out.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('ti where', () => {
  it('prints one JSON object per input with the documented fields', async () => {
    const {code, json: parsed} = await run([
      'where',
      '--json',
      'saint nom la breteche',
      'cp:01750',
      'nowhere-123-x',
    ]);
    expect(code).toBe(0);
    const [commune, postcode, unknown] = parsed();
    expect(commune).toMatchObject({
      input: 'saint nom la breteche',
      status: 'in-territory',
      territory: {id: 'ti-1109', name: 'Seine Aval', phase: '2023-2027'},
      commune: {code: '78571', name: 'Saint-Nom-la-Bretèche'},
      reasonCode: 'commune-in-territory',
    });
    expect(commune!['reason']).toMatch(/CC Gally Mauldre/);
    expect(postcode).toMatchObject({
      status: 'ambiguous',
      territory: null,
      commune: null,
    });
    expect(postcode!['candidates']).toHaveLength(3);
    expect(unknown).toMatchObject({
      status: 'not-found',
      reasonCode: 'unknown-name',
    });
  });

  it('reads one place per line from standard input, skipping blank lines', async () => {
    const {json: parsed} = await run(['where', '--json', '-'], {
      stdin: ['75108', '', 'insee:2A004', '12'],
    });
    expect(parsed().map((a) => [a['input'], a['status']])).toEqual([
      ['75108', 'not-in-territory'],
      ['insee:2A004', 'in-territory'],
      ['12', 'invalid'],
    ]);
  });

  it('explains in English on request', async () => {
    const {out} = await run(['where', '--lang', 'en', '75108']);
    expect(out.join('\n')).toMatch(
      /75108 is a municipal arrondissement\. Paris \(75056\): in no Territoire d’industrie/
    );
  });

  it('locates a SIRET through the company API, and not with --offline', async () => {
    server.reset();
    const online = await run(['where', '--json', 'siret:73282932000074']);
    expect(online.json()[0]).toMatchObject({
      status: 'in-territory',
      commune: {code: '2B033', name: 'Bastia'},
      company: {siret: '73282932000074'},
    });
    expect(server.requests).toHaveLength(1);
    const offline = await run([
      'where',
      '--json',
      '--offline',
      'siret:73282932000074',
    ]);
    expect(offline.json()[0]).toMatchObject({
      status: 'failed',
      reasonCode: 'company-lookup-unavailable',
    });
    expect(offline.code).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  // How fast is the benchmark's business (BENCHMARKS.md): this checks that a large batch is answered in full. The
  // timeout is only there so that a hang fails; a loaded CI machine must not.
  it(
    'answers 40,000 different places, one line each',
    {timeout: 120_000},
    async () => {
      const {codes, names, postcodes} = await loadCommuneDirectory();
      const stdin = Array.from({length: 40_000}, (_, i) => {
        const commune = (i * 7919) % codes.length;
        // A few communes (islands) have no postcode: ask for their code instead.
        const postcode = postcodes[commune]!.split(' ')[0];
        const forms = [
          codes[commune]!,
          postcode ? `cp:${postcode}` : codes[commune]!,
          names[commune]!,
        ];
        return forms[i % 3]!;
      });
      const {out} = await run(['where', '--json', '--offline', '-'], {stdin});
      expect(out).toHaveLength(40_000);
      const statuses = new Set(
        out.map((line) => (JSON.parse(line) as {status: string}).status)
      );
      expect([...statuses].sort()).toEqual([
        'ambiguous',
        'in-territory',
        'not-in-territory',
      ]);
    }
  );

  it('reports usage errors with exit code 2', async () => {
    expect((await run(['where'])).code).toBe(2);
    expect((await run(['where', '--bogus', 'x'])).code).toBe(2);
    expect((await run(['nope'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['--help'])).code).toBe(0);
  });
});

describe('ti scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ti-scan-'));
  const page = join(dir, 'mentions.html');
  writeFileSync(
    page,
    `<!doctype html><html><body><script>var siren = "732829320";</script>
     <table><tr><td>SIRET</td><td>732&nbsp;829&nbsp;320&nbsp;00074</td></tr></table>
     <p>Tél. 01 23 45 67 89 &ndash; TVA&#160;FR40303265045</p><p>552081317</p></body></html>`
  );

  it('prints each company with kind, SIREN, SIRET, value, confidence, role, rank and the choice', async () => {
    const {code, json: parsed} = await run(['scan', '--json', page]);
    expect(code).toBe(0);
    const found = parsed().map(({kind, siren, siret, confidence, rank}) => ({
      kind,
      siren,
      siret,
      confidence,
      rank,
    }));
    expect(found).toEqual([
      {
        kind: 'siret',
        siren: '732829320',
        siret: '73282932000074',
        confidence: 'high',
        rank: 1,
      },
      {
        kind: 'vat',
        siren: '303265045',
        siret: null,
        confidence: 'high',
        rank: 2,
      },
      {
        kind: 'siren',
        siren: '552081317',
        siret: null,
        confidence: 'low',
        rank: 3,
      },
    ]);
    expect(parsed()[0]).toMatchObject({
      file: page,
      value: '732\u00a0829\u00a0320\u00a000074',
      role: null,
      chosen: false,
    });
  });

  it('agrees with the extension: structured data, registry addresses, roles and the default choice', async () => {
    const notice = join(dir, 'notice.html');
    writeFileSync(
      notice,
      `<html><head><script type="application/ld+json">{"@type":"Organization","name":"Forges","vatID":"FR40303265045"}</script></head>
       <body><h2>Hébergeur</h2><p>OVH SAS, RCS Lille Métropole 424 761 419</p>
       <h2>Éditeur du site</h2><p>Atelier SAS, SIREN 732 829 320</p></body></html>`
    );
    const {json: parsed} = await run(['scan', '--json', notice]);
    expect(
      parsed().map(({siren, role, source, rank, chosen}) => ({
        siren,
        role,
        source,
        rank,
        chosen,
      }))
    ).toEqual([
      {
        siren: '303265045',
        role: null,
        source: 'json-ld',
        rank: 1,
        chosen: false,
      },
      {
        siren: '732829320',
        role: 'publisher',
        source: 'page-text',
        rank: 2,
        chosen: false,
      },
      {
        siren: '424761419',
        role: 'host',
        source: 'page-text',
        rank: 3,
        chosen: false,
      },
    ]);
    const onRegistry = await run([
      'scan',
      '--json',
      '--url',
      'https://www.pappers.fr/entreprise/atelier-552081317',
      notice,
    ]);
    expect(onRegistry.json()[0]).toMatchObject({
      siren: '552081317',
      source: 'pappers',
      rank: 1,
      chosen: true,
    });
  });

  it('says when a file cannot be read and goes on with the others', async () => {
    const {code, out, err} = await run([
      'scan',
      '--lang',
      'en',
      join(dir, 'missing.html'),
      page,
    ]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/cannot read .*missing\.html: ENOENT/);
    expect(out[0]).toMatch(
      /mentions\.html: 3 companies, none chosen \(the page does not say which company publishes the site\)/
    );
  });
});

describe('ti scan -', () => {
  it('reads the page from standard input, in the language asked for', async () => {
    const page =
      '<html><body><h2>Éditeur du site</h2><p>Atelier SAS, SIREN 732 829 320</p></body></html>';
    const fr = await run(['scan', '-'], {stdinText: page});
    expect(fr.code).toBe(0);
    expect(fr.out[0]).toBe(
      'entrée standard : 1 entreprise, choisie : 732829320 (l’éditeur du site)'
    );
    expect(fr.out[1]).toMatch(/SIREN .*sûr .*éditeur du site {2}← choisie$/);
    const en = await run(['scan', '--lang', 'en', '--json', '-'], {
      stdinText: page,
    });
    expect(en.json()[0]).toMatchObject({
      file: '-',
      siren: '732829320',
      role: 'publisher',
      chosen: true,
    });
  });

  it('refuses a page larger than its limit', async () => {
    const {code, err} = await run(['scan', '--lang', 'en', '-'], {
      stdinText: 'x'.repeat(20_000_001),
    });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/cannot read standard input: larger than 20 MB/);
  });
});

describe('ti COMMAND --help', () => {
  const commands = ['where', 'scan', 'company', 'services', 'eligible'];

  it.each(commands)(
    'ti %s --help and ti help %s print the same help, in French by default',
    async (name) => {
      const flag = await run([name, '--help']);
      const short = await run([name, '-h', 'anything']);
      const help = await run(['help', name]);
      expect(flag.code).toBe(0);
      expect(flag.out[0]).toMatch(new RegExp(`^ti ${name}\u00a0: `));
      expect(flag.out[0]).toMatch(/\nutilisation\u00a0:\n/);
      expect(flag.out[0]).toMatch(/\ncodes de sortie\u00a0:\n {2}0 /);
      expect(short.out).toEqual(flag.out);
      expect(help).toMatchObject({code: 0, out: flag.out});
    }
  );

  it.each(commands)(
    'ti %s --help --lang en, ti help %s --lang en: the help in English',
    async (name) => {
      const flag = await run([name, '--lang', 'en', '--help']);
      const help = await run(['help', '--lang', 'en', name]);
      expect(flag.out[0]).toMatch(new RegExp(`^ti ${name}: `));
      expect(flag.out[0]).toMatch(/\nusage:\n/);
      expect(flag.out[0]).toMatch(/\nexit status:\n {2}0 /);
      expect(help).toMatchObject({code: 0, out: flag.out});
    }
  );

  it('says which exit code a failed company lookup gives, and the limits', async () => {
    const {out} = await run(['where', '--help', '--lang', 'en']);
    expect(out[0]).toMatch(
      / {2}1 {4}at least one company lookup failed \(status failed\)/
    );
    expect(out[0]).toMatch(/5 requests a second, 2 at once/);
    expect(out[0]).toMatch(/20,000 rows/);
    const fr = await run(['where', '--help']);
    expect(fr.out[0]).toMatch(
      / {2}1 {4}au moins une recherche d’entreprise a échoué \(statut failed\)/
    );
    expect(fr.out[0]).toMatch(/5 requêtes par seconde, 2 en même temps/);
    expect(fr.out[0]).toMatch(/20\u202f000 lignes/);
  });

  it('refuses help for an unknown command', async () => {
    expect((await run(['help', 'nope'])).code).toBe(2);
  });

  it('takes --help after -- for a place, not for help', async () => {
    const {code, out} = await run(['where', '--json', '--', '--help']);
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({input: '--help'});
  });
});

describe('ti company', () => {
  it('prints the company, its establishment and the verdict in the chosen language', async () => {
    server.reset();
    const {code, out: printed} = await run([
      'company',
      '--lang',
      'en',
      '73282932000074',
    ]);
    expect(code).toBe(0);
    const out = printed.join('\n').split('\n');
    expect(out[0]).toMatch(/^.+ \(SIREN 732829320\) - active$/);
    expect(out[1]).toBe(
      '  Establishment 73282932000074 - active: 1 RUE DU PORT 20200 BASTIA'
    );
    expect(out[2]).toMatch(
      /^ {2}in a Territoire d’industrie: .*establishment 73282932000074: Bastia \(2B033\): in the Territoire/
    );
  });

  it('gives the company and the verdict for its establishment', async () => {
    server.reset();
    const {code, json: parsed} = await run([
      'company',
      '--json',
      '73282932000074',
    ]);
    expect(code).toBe(0);
    const [answer] = parsed();
    expect(answer).toMatchObject({
      status: 'found',
      company: {siren: '732829320', establishment: {communeCode: '2B033'}},
    });
    expect(answer!['verdict']).toMatchObject({
      status: 'in-territory',
      commune: {code: '2B033'},
    });
  });

  it('reports not found, API failures and invalid identifiers with their exit codes', async () => {
    server.reset();
    server.reply(
      json(200, {
        results: [],
        total_results: 0,
        page: 1,
        per_page: 1,
        total_pages: 0,
      })
    );
    expect(await run(['company', '552081317'])).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/introuvable/)],
    });
    server.reply(json(400, {erreur: 'bad'}));
    expect(await run(['company', '--json', '356000000'])).toMatchObject({
      code: 1,
    });
    const invalid = await run(['company', '732829321']);
    expect(invalid.code).toBe(2);
    expect(invalid.err[0]).toMatch(
      /^ti company\u00a0: 732829321\u00a0: .*ni un SIREN ni un SIRET valide/
    );
    const hostile = await run(['company', '--lang', 'en', '\u001b[2J\n7']);
    expect(hostile.code).toBe(2);
    expect(hostile.err[0]).toMatch(/^ti company: \?\[2J\?7: /);
  });
});

describe('ti services', () => {
  it('prints one JSON object per scheme with the documented fields, best first', async () => {
    const {code, json: parsed} = await run([
      'services',
      '--query',
      'recrutemnt',
      '--json',
    ]);
    expect(code).toBe(0);
    const [first] = parsed();
    expect(first).toMatchObject({
      id: 'vte-ti',
      kind: 'recruitment',
      status: 'unconfirmed',
      reservedToTerritories: true,
      territoryScope: 'all-territories',
      regions: [],
      reviewedOn: '2026-12-06',
    });
    for (const field of [
      'title',
      'statusNote',
      'priorities',
      'operators',
      'amounts',
      'sources',
    ])
      expect(first).toHaveProperty(field);
    const sources = first!['sources'] as {id: string; url: string}[];
    for (const source of sources) {
      expect(Object.keys(source).sort()).toEqual(
        ['checkedOn', 'id', 'publishedOn', 'publisher', 'title', 'url'].sort()
      );
      expect(source.url).toMatch(/^https:\/\//);
    }
    const ids = new Set(sources.map((s) => s.id));
    for (const amount of first!['amounts'] as {
      type: string;
      confirmed: boolean;
      sourceIds: string[];
    }[]) {
      expect(amount).toMatchObject({type: 'per-unit', euros: 4000});
      expect(amount.sourceIds.every((id) => ids.has(id))).toBe(true);
    }
  });

  it.each([
    ['available', ['open', 'running']],
    ['running', ['running']],
    ['unconfirmed', ['unconfirmed']],
    ['closed', ['closed']],
    ['available,closed', ['open', 'running', 'closed']],
  ])('--status %s', async (status, allowed) => {
    const {code, json: parsed} = await run([
      'services',
      '--json',
      '--status',
      status,
    ]);
    expect(code).toBe(0);
    const statuses = parsed().map((s) => s['status'] as string);
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(allowed).toContain(s);
  });

  it('filters by priority, beneficiary and kind, comma lists and repeats alike', async () => {
    const {json: parsed} = await run([
      'services',
      '--json',
      '--kind',
      'support,engineering',
      '--beneficiary',
      'local-authority',
    ]);
    const kinds = new Set(parsed().map((s) => s['kind']));
    expect([...kinds].sort()).toEqual(['engineering', 'support']);
    const byPriority = await run([
      'services',
      '--json',
      '--priority',
      'industrial-land',
      '--priority',
      'innovation',
    ]);
    expect(byPriority.json().length).toBeGreaterThan(0);
  });

  it('refuses an unknown filter value, listing the valid ones', async () => {
    const {code, err} = await run(['services', '--kind', 'loan']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(
      /--kind loan\u00a0: valeur inconnue, choisissez parmi funding, engineering, support, recruitment, land/
    );
    expect((await run(['services', '--lang', 'de'])).code).toBe(2);
  });
});

describe('ti eligible', () => {
  it('gives each scheme a verdict with its reasons, and the VTE estimate', async () => {
    const {code, json: parsed} = await run([
      'eligible',
      '--json',
      '--offline',
      '--place',
      'Oyonnax',
      '--who',
      'company',
      '--size',
      'sme',
      '--hires',
      '3',
    ]);
    expect(code).toBe(0);
    const byId = Object.fromEntries(parsed().map((a) => [a['id'], a]));
    expect(byId['vte-ti']).toMatchObject({
      verdict: 'to-check',
      estimate: {euros: 12_000, confirmed: false},
    });
    expect(
      byId['fonds-acceleration-investissements-industriels']
    ).toMatchObject({verdict: 'not-eligible'});
    const reasons = (
      byId['vte-ti']!['reasons'] as {code: string; text: string}[]
    ).map((r) => r.code);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'place-in-territory',
        'size-eligible',
        'scheme-unconfirmed',
      ])
    );
  });

  it('says why not for a place outside the territories', async () => {
    const {json: parsed} = await run([
      'eligible',
      '--json',
      '--offline',
      '--place',
      'insee:75056',
      '--who',
      'company',
    ]);
    const vte = parsed().find((a) => a['id'] === 'vte-ti')!;
    expect(vte['verdict']).toBe('not-eligible');
    expect(JSON.stringify(vte['reasons'])).toContain(
      "Réservé aux Territoires d'industrie"
    );
  });

  it('asks for --who and checks the values it is given', async () => {
    expect((await run(['eligible', '--place', 'Oyonnax'])).code).toBe(2);
    expect(
      (await run(['eligible', '--lang', 'en', '--who', 'alien'])).err[0]
    ).toMatch(/--who alien: not one of company/);
    expect(
      (await run(['eligible', '--who', 'company', '--hires', 'many'])).err[0]
    ).toMatch(/--hires many\u00a0: indiquez un nombre entier/);
  });
});
