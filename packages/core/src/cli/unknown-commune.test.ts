import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  json,
  startFakeServer,
  type FakeServer,
} from '../company-api/fake-server.ts';
import {
  apiCompany,
  apiHeadOffice,
  searchAnswer,
} from '../company-api/fixtures.ts';
import {loadPlaces} from '../places/index.ts';
import type {CliIo} from './io.ts';
import {main} from './ti.ts';

let server: FakeServer;
// The first answer loads the commune tables: seconds on a busy machine, which is no test's business.
beforeAll(async () => {
  server = await startFakeServer();
  await loadPlaces();
}, 60_000);
afterAll(() => server.close());

async function run(argv: string[]) {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => out.push(line),
    write: (text) => out.push(text),
    stdinLines: async function* () {},
    readFile: async () => '',
    readInput: async () => ({text: '', complete: true}),
    env: {TI_API_URL: server.baseUrl},
    fetch: (url, init) => fetch(url, init),
  };
  return {code: await main(argv, io), out};
}

/** The register places the company's head office in `commune`. */
function headOfficeIn(commune: string): void {
  server.reset();
  server.reply((request, response, url) => {
    const siren = (url.searchParams.get('q') ?? '').slice(0, 9);
    json(
      200,
      searchAnswer([
        apiCompany(siren, {siege: apiHeadOffice(`${siren}00013`, {commune})}),
      ])
    )(request, response, url);
  });
}

describe('a company registered in a commune the data does not know', () => {
  it.each(['00000', '2A999', '97999'])(
    'ti where and ti company say "unknown commune" for %s, never "not in a territory"',
    async (commune) => {
      headOfficeIn(commune);
      const where = await run(['where', '--json', 'siren:842613093']);
      const company = await run(['company', '--json', '842613093']);
      const whereAnswer = JSON.parse(where.out[0]!) as Record<string, unknown>;
      const companyAnswer = JSON.parse(company.out[0]!) as {
        verdict: Record<string, unknown>;
      };
      for (const answer of [whereAnswer, companyAnswer.verdict]) {
        expect(answer).toMatchObject({
          status: 'unknown-commune',
          reasonCode: 'company-commune-unknown',
          territory: null,
          vintage: {cogYear: 2026},
        });
        expect(answer['reason']).toContain(
          `code commune ${commune} : commune inconnue des données (millésime COG 2026)`
        );
        expect(answer['reason']).not.toMatch(/hors|aucun Territoire/);
      }
    }
  );

  it('says it in English and in plain text too', async () => {
    headOfficeIn('2A999');
    const {code, out} = await run(['company', '--lang', 'en', '842613093']);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(
      /unknown commune: .*head office: commune code 2A999: commune unknown to the data \(COG 2026 vintage\)/
    );
    const where = await run(['where', '--lang', 'en', 'siren:842613093']);
    expect(where.out[0]).toMatch(/^siren:842613093: unknown commune$/m);
    expect(where.out.join('\n')).not.toMatch(/not in a Territoire/);
  });
});
