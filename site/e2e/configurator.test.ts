import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openSite, watchPage, type SiteFixture} from './site-fixture.ts';

let fixture: SiteFixture;
/**
 * A partner's site: another origin (another port; a routed public host would hit Chrome's local-network
 * protection instead), whose page is a blank body with the snippet pasted in.
 */
let partnerServer: Server;
let partnerOrigin: string;
let partnerBody = '';
let partnerLang = 'fr';

beforeAll(async () => {
  partnerServer = createServer((_, response) => {
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
    response.end(
      `<!doctype html><html lang="${partnerLang}"><head><meta charset="utf-8"><title>Partenaire</title></head><body>${partnerBody}</body></html>`
    );
  });
  await new Promise<void>((resolve) =>
    partnerServer.listen(0, '127.0.0.1', resolve)
  );
  partnerOrigin = `http://127.0.0.1:${(partnerServer.address() as AddressInfo).port}`;
  fixture = await openSite();
}, 60_000);

afterAll(async () => {
  await fixture?.close();
  partnerServer?.closeAllConnections();
  partnerServer?.close();
});

/** `lang`: the partner page's own language, which the snippet's `lang` overrides. */
async function pasteIntoBlankPage(
  snippet: string,
  lang = 'fr'
): Promise<{page: Page; problems: string[]}> {
  partnerBody = snippet;
  partnerLang = lang;
  const page = await fixture.browser.newPage();
  page.setDefaultTimeout(5_000);
  const problems = watchPage(page, partnerOrigin);
  await page.goto(`${partnerOrigin}/`);
  return {page, problems};
}

/** The configurator in French (its default, at /configurator/) or in English (/en/configurator/). */
async function openConfigurator(lang: 'fr' | 'en' = 'fr'): Promise<Page> {
  const page = await fixture.browser.newPage();
  page.setDefaultTimeout(5_000);
  await page.goto(
    `${fixture.site.url}${lang === 'fr' ? '' : '/en'}/configurator/`
  );
  await page.locator('#preview ti-service-finder').waitFor();
  return page;
}

/**
 * The English labels, statuses and button of the configurator before it spoke French: none may show on the
 * French page (whole words, so that "Contraste" does not count as "Contrast").
 */
const ENGLISH_WORDS = [
  'Embed configurator',
  'Component',
  'Territory',
  'territories',
  'Search a territory or a place',
  'Place given to the component',
  'Language',
  'French',
  'English',
  'Theme',
  'Light',
  'Dark',
  'Sober',
  'Colours',
  'Accent colour',
  'Corners',
  'Rounded',
  'Embedding',
  'Script tag',
  'recommended',
  'Snippet',
  'Paste this',
  'Copy the snippet',
  'Copied',
  'Preview',
  'Contrast',
  'at least',
  'in the Territoire',
  'embedding guide',
];

const englishIn = (text: string) =>
  ENGLISH_WORDS.filter((word) =>
    new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(text)
  );

describe('the embed configurator', {timeout: 60_000}, () => {
  it('builds a script snippet that works when pasted into a blank page on another origin', async () => {
    const page = await openConfigurator();
    const problems = watchPage(page, fixture.site.url);
    await page.getByLabel('<ti-territory-card>').check();
    await page.getByLabel('Chercher un territoire ou un lieu').fill('gally');
    await expect
      .poll(() =>
        page
          .locator('#territory option')
          .evaluateAll((options) =>
            options.map((o) => (o as HTMLOptionElement).label)
          )
      )
      .toEqual(['Seine Aval (78, 95)']);
    // A French page, an English component: the snippet's language is the component's.
    await page.getByLabel('Anglais').check();
    await page.getByLabel('Sombre', {exact: true}).check();
    await page.getByLabel("Couleur d'accent du thème sombre").fill('#f0a8c8');
    const preview = page.locator('#preview ti-territory-card');
    await expect.poll(() => preview.getAttribute('territory')).toBe('ti-1109');
    expect(await preview.getAttribute('lang')).toBe('en');
    await expect
      .poll(() => preview.locator('[part="name"]').textContent())
      .toContain('Seine Aval');

    const snippet = await page.locator('#snippet').inputValue();
    // The territory card's own script, not the loader (ADR 0023).
    const own = fixture.build.context.cdn.scripts['ti-territory-card'];
    expect(snippet).toContain(`src="${fixture.site.url}${own.path}"`);
    expect(snippet).toContain(`integrity="${own.integrity}"`);
    expect(snippet).toContain('--ti-sys-dark-color-primary: #f0a8c8');
    expect(snippet).toContain('lang="en"');
    expect(problems).toEqual([]);

    const {page: partner, problems: partnerProblems} =
      await pasteIntoBlankPage(snippet);
    const card = partner.locator('ti-territory-card');
    await expect
      .poll(() => card.locator('[part="name"]').textContent())
      .toContain('Seine Aval');
    expect(await card.locator('[part="kicker"]').textContent()).toContain(
      'Territoire'
    );
    // The partner's page is French; the element's own `lang` makes the card English.
    expect(await card.locator('[part="facts"]').textContent()).toContain(
      'Department'
    );
    expect(await card.evaluate((el) => getComputedStyle(el).colorScheme)).toBe(
      'dark'
    );
    // Its only requests went to our server: the script, then its chunks and data, all cross-origin with CORS.
    expect(
      partnerProblems.filter(
        (p) => !p.startsWith(`other origin: ${fixture.site.url}/`)
      )
    ).toEqual([]);
    await partner.close();
    await page.close();
  });

  it('copies the snippet, and a snippet with a wrong hash is refused by the browser', async () => {
    const context = await fixture.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: fixture.site.url,
    });
    const page = await context.newPage();
    await page.goto(`${fixture.site.url}/configurator/`);
    await page.getByLabel('Chercher un territoire ou un lieu').fill('gally');
    await settled(page, 'gally');
    await page.getByRole('button', {name: "Copier l'extrait de code"}).click();
    await expect
      .poll(() => page.locator('#copy-status').textContent())
      .toBe('Copié.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet').inputValue());
    expect(copied).toContain('place="siren:200034130"');

    // The snippet works as copied: the finder says the CCGM is in Seine Aval.
    const {page: partner} = await pasteIntoBlankPage(copied);
    await expect
      .poll(() =>
        partner.locator('ti-service-finder [part="verdict"]').textContent()
      )
      .toContain('Seine Aval');
    // SRI is real: one changed character in the hash and nothing runs.
    const tampered = copied.replace(
      /integrity="sha384-./,
      'integrity="sha384-A'
    );
    const {page: blocked, problems: errors} =
      await pasteIntoBlankPage(tampered);
    await expect.poll(() => errors.join('\n')).toContain('integrity');
    expect(
      await blocked.evaluate(() => customElements.get('ti-service-finder'))
    ).toBeUndefined();
    await Promise.all([partner.close(), blocked.close(), context.close()]);
  });

  it(
    'takes a French-speaking webmaster from the French home page to a copied, working snippet without English',
    {timeout: 60_000},
    async () => {
      const context = await fixture.browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: fixture.site.url,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(5_000);
      const problems = watchPage(page, fixture.site.url);
      await page.goto(`${fixture.site.url}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      await page
        .getByRole('main')
        .getByRole('link', {name: "configurateur d'intégration", exact: true})
        .click();
      await page.waitForURL(`${fixture.site.url}/configurator/`);
      await page
        .locator('#preview ti-service-finder [part="result"]')
        .first()
        .waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');

      await page
        .getByLabel('Chercher un territoire ou un lieu')
        .fill('Feucherolles');
      const found = await settled(page, 'Feucherolles');
      expect(found.status).toBe(
        'Feucherolles (78) — Yvelines : dans le Territoire d’industrie Seine Aval ; donné comme lieu.'
      );
      await page
        .getByRole('button', {name: "Copier l'extrait de code"})
        .click();
      await expect
        .poll(() => page.locator('#copy-status').textContent())
        .toBe('Copié.');
      await page
        .getByLabel('Angles', {exact: true})
        .selectOption({label: 'Droits'});
      await page
        .getByLabel("Couleur d'accent (boutons, liens)")
        .fill('#ffcc00');
      await expect
        .poll(() => page.locator('#contrast').textContent())
        .toContain('Contraste inférieur à 4,5:1');

      // Everything the page shows, the script's statuses included, is French, with French spacing.
      const shown = await page.getByRole('main').innerText();
      expect(englishIn(shown)).toEqual([]);
      expect(shown.match(/[^\s\d][:;?!](\s|$)/gm) ?? []).toEqual([]);
      for (const id of [
        '#territory-count',
        '#place-status',
        '#contrast',
        '#copy-status',
      ])
        expect(englishIn((await page.locator(id).textContent())!), id).toEqual(
          []
        );

      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('place="insee:78233"');
      expect(copied).toContain('lang="fr"');
      expect(problems).toEqual([]);
      const {page: partner, problems: partnerProblems} =
        await pasteIntoBlankPage(copied);
      const finder = partner.locator('ti-service-finder');
      await expect
        .poll(() => finder.locator('[part="verdict"]').textContent())
        .toMatch(/dans le Territoire d’industrie Seine Aval/i);
      await expect
        .poll(() => finder.locator('[part="count"]').textContent())
        .toMatch(/services? correspond/);
      expect(
        partnerProblems.filter(
          (p) => !p.startsWith(`other origin: ${fixture.site.url}/`)
        )
      ).toEqual([]);
      await Promise.all([partner.close(), context.close()]);
    }
  );

  it(
    "writes the component's language into the snippet, not the page's: an English page with a French component",
    {timeout: 60_000},
    async () => {
      const page = await openConfigurator('en');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByLabel('French').isChecked()).toBe(true);
      await page
        .getByLabel('Search a territory or a place')
        .fill('Feucherolles');
      const found = await settled(page, 'Feucherolles');
      expect(found.status).toBe(
        'Feucherolles (78) — Yvelines: in the Territoire d’industrie Seine Aval; given as the place.'
      );
      expect(found.element).toContain('lang="fr"');
      expect(
        await page.locator('#preview ti-service-finder').getAttribute('lang')
      ).toBe('fr');
      expect(await page.locator('#territory-count').textContent()).toBe(
        '1 territory'
      );
      const script = await page.locator('#snippet').inputValue();
      // The iframe: its title in the component's language, its comment in the page's.
      await page.getByLabel('Iframe (editors that remove scripts)').check();
      const iframe = await page.locator('#snippet').inputValue();
      expect(iframe).toContain('lang=fr');
      expect(iframe).toContain(
        'title="Les services de Territoires d\'industrie"'
      );
      expect(iframe).toContain('<!-- Once per site (theme or footer)');

      // Pasted into an English page, the component still speaks French.
      const {page: partner} = await pasteIntoBlankPage(script, 'en');
      await expect
        .poll(() =>
          partner.locator('ti-service-finder [part="count"]').textContent()
        )
        .toMatch(/services? correspond/);
      await partner.close();
      // The reverse on the French page: an English component, a French comment.
      const french = await openConfigurator();
      await french.getByLabel('Anglais').check();
      await french
        .getByLabel('Iframe (éditeurs qui suppriment les scripts)')
        .check();
      const frenchIframe = await french.locator('#snippet').inputValue();
      expect(frenchIframe).toContain('lang=en');
      expect(frenchIframe).toContain(
        'title="Territoires d\'industrie services"'
      );
      expect(frenchIframe).toContain('<!-- Une seule fois par site');
      await Promise.all([page.close(), french.close()]);
    }
  );

  it('leaves the territory aside for the components that take none, in the page language', async () => {
    const page = await openConfigurator();
    const problems = watchPage(page, fixture.site.url);
    const search = page.getByLabel('Chercher un territoire ou un lieu');
    for (const [tag, hint] of [
      ['ti-priority-cards', 'Les priorités sont celles du programme'],
      ['ti-list-check', 'elle ne prend ni territoire ni lieu'],
    ] as const) {
      await page.getByLabel(`<${tag}>`).check();
      expect(await search.isDisabled()).toBe(true);
      expect(
        await page.locator('.hint:visible').allTextContents()
      ).toContainEqual(expect.stringContaining(hint));
      const snippet = await page.locator('#snippet').inputValue();
      expect(snippet).toContain(`<${tag}\n  lang="fr"`);
      await page
        .getByLabel('Iframe (éditeurs qui suppriment les scripts)')
        .check();
      expect(await page.locator('#snippet').inputValue()).toContain(
        `?component=${tag}&amp;lang=fr`
      );
      await page.getByLabel('Balise de script (recommandé)').check();
    }
    await page.getByLabel('<ti-territory-card>').check();
    expect(await search.isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('warns when a colour is too light for text', async () => {
    const page = await openConfigurator();
    const accent = page.getByLabel("Couleur d'accent (boutons, liens)");
    await accent.fill('#ffcc00');
    await expect
      .poll(() => page.locator('#contrast').textContent())
      .toContain('trop claire');
    await accent.fill('#1f5f3a');
    await expect
      .poll(() => page.locator('#contrast').textContent())
      .toContain('au moins 4,5:1');
    await page.close();
    // The same warning on the English page, in English.
    const english = await openConfigurator('en');
    await english.getByLabel('Accent colour (buttons, links)').fill('#ffcc00');
    await expect
      .poll(() => english.locator('#contrast').textContent())
      .toContain('too light');
    await english.close();
  });

  it("starts the pickers at the sober theme's accent and corners, and keeps a colour the partner chose", async () => {
    const page = await openConfigurator();
    const accent = page.getByLabel("Couleur d'accent (boutons, liens)");
    await page.getByLabel('Sobre (bleu profond, angles droits)').check();
    expect(await accent.inputValue()).toBe('#000091');
    expect(await page.locator('#radius').inputValue()).toBe('0');
    // The theme's own values are no tokens: the snippet says theme="sober" and nothing else about colours.
    await expect
      .poll(() => page.locator('#snippet').inputValue())
      .toContain('theme="sober"');
    expect(await page.locator('#snippet').inputValue()).not.toContain(
      '--ti-sys-color-primary'
    );
    // A colour of the partner's stays when the theme changes.
    await accent.fill('#1f5f3a');
    await page.getByLabel('Sombre', {exact: true}).check();
    expect(await accent.inputValue()).toBe('#1f5f3a');
    await page.close();
  });
});

/** The snippet's element line, the chosen territory and the status, once the search for `words` has ended. */
async function settled(page: Page, words: string) {
  // Before any search the status has no `data-for`: the empty words are then settled too.
  await page
    .locator(
      words
        ? `#place-status[data-for="${words}"]`
        : '#place-status[data-for=""], #place-status:not([data-for])'
    )
    .waitFor({state: 'attached'});
  const snippet = await page.locator('#snippet').inputValue();
  return {
    element: snippet.slice(snippet.indexOf('<ti-')),
    territory: await page.locator('#territory').inputValue(),
    status: (await page.locator('#place-status').textContent())!.trim(),
  };
}

describe('the configurator’s place search', {timeout: 60_000}, () => {
  const search = (page: Page) =>
    page.getByLabel('Chercher un territoire ou un lieu');

  it.each([
    [
      'Feucherolles',
      'place="insee:78233"',
      'ti-1109',
      'Feucherolles (78) — Yvelines : dans le Territoire d’industrie Seine Aval',
    ],
    [
      '200034130',
      'place="siren:200034130"',
      'ti-1109',
      'CC Gally Mauldre : dans le Territoire d’industrie Seine Aval',
    ],
    ['78810', 'place="cp:78810"', 'ti-1109', 'code postal 78810 — Davron'],
    [
      'insee:93066',
      'place="insee:93066"',
      '',
      'Saint-Denis (93) — Seine-Saint-Denis : hors Territoire d’industrie',
    ],
    ['Saint-Denis', 'place="insee:97411"', '', 'a plusieurs réponses'],
  ])(
    'finds %s as a place and keeps it in the snippet',
    async (words, attribute, territory, status) => {
      const page = await openConfigurator();
      const problems = watchPage(page, fixture.site.url);
      await search(page).fill(words);
      const found = await settled(page, words);
      expect(found.element).toContain(attribute);
      if (territory) expect(found.territory).toBe(territory);
      expect(found.status).toContain(status);
      await expect
        .poll(() =>
          page.locator('#preview ti-service-finder').getAttribute('place')
        )
        .toBe(attribute.slice('place="'.length, -1));
      expect(problems).toEqual([]);
      await page.close();
    }
  );

  it('offers the homonyms largest first, with department and postcodes', async () => {
    const page = await openConfigurator();
    await search(page).fill('Saint-Denis');
    await settled(page, 'Saint-Denis');
    const labels = await page
      .locator('#place option')
      .evaluateAll((options) => options.map((o) => o.textContent!.trim()));
    expect(labels[0]).toMatch(/^Saint-Denis \(974\) — La Réunion, 974/);
    expect(labels[1]).toMatch(/^Saint-Denis \(93\) — Seine-Saint-Denis, 93200/);
    await page
      .getByLabel('Lieu transmis au composant')
      .selectOption({index: 1});
    await expect
      .poll(() => page.locator('#snippet').inputValue())
      .toContain('place="insee:93066"');
    await page.close();
  });

  it('says why when the words keep no place, and keeps a company number for the component to look up', async () => {
    const page = await openConfigurator();
    const problems = watchPage(page, fixture.site.url);
    await search(page).fill('zzqqxx');
    const nothing = await settled(page, 'zzqqxx');
    expect(nothing.status).toBe(
      'Aucun lieu gardé : Aucune commune ne s’appelle « zzqqxx ».'
    );
    expect(nothing.element).not.toContain('place=');

    await search(page).fill('732829320');
    const company = await settled(page, '732829320');
    expect(company.element).toContain('place="siren:732829320"');
    expect(company.status).toContain('annuaire public des entreprises');
    // The preview asks no other site: the partner's page will.
    await expect
      .poll(() =>
        page.locator('#preview ti-service-finder').getAttribute('company-api')
      )
      .toBe('none');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives the same choice whether the words are typed or pasted', async () => {
    const context = await fixture.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: fixture.site.url,
    });
    const open = async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(`${fixture.site.url}/configurator/`);
      return page;
    };
    // Typed one key at a time into a page that keeps its history (earlier searches, a territory picked by hand),
    // pasted at once into a fresh page: only the words may count.
    const typing = await open();
    for (const words of [
      'Feucherolles',
      '200034130',
      'Saint-Denis',
      'gally',
      'seine',
      'seine aval',
      'vallee',
      '78810',
    ]) {
      // A territory picked by hand among those the words name, the last one, before the words are typed.
      await search(typing).fill(words);
      await settled(typing, words);
      const named = await typing.locator('#territory option').count();
      if (named > 1)
        await typing.locator('#territory').selectOption({index: named - 1});
      await search(typing).fill('');
      await settled(typing, '');
      await search(typing).pressSequentially(words);
      const typed = await settled(typing, words);

      const pasting = await open();
      await pasting.evaluate(
        (text) => navigator.clipboard.writeText(text),
        words
      );
      await search(pasting).focus();
      await pasting.keyboard.press('Control+V');
      const pasted = await settled(pasting, words);
      expect(pasted, words).toEqual(typed);
      await pasting.close();
    }
    await context.close();
  });
});

describe('the iframe fallback', {timeout: 30_000}, () => {
  it('is sized by its content on a partner page, and follows it when the content changes', async () => {
    const page = await openConfigurator();
    await page.getByLabel('Chercher un territoire ou un lieu').fill('gally');
    await page
      .getByLabel('Iframe (éditeurs qui suppriment les scripts)')
      .check();
    const snippet = await page.locator('#snippet').inputValue();
    // The comment speaks the page's language.
    expect(snippet).toContain('<!-- Une seule fois par site');
    expect(snippet).toContain(
      `<iframe src="${fixture.site.url}/embed/?component=ti-service-finder`
    );
    expect(snippet).toContain(
      `integrity="${fixture.build.context.resize.integrity}"`
    );
    await page.close();

    const {page: partner} = await pasteIntoBlankPage(snippet);
    const frame = partner.frameLocator('iframe');
    await frame.locator('ti-service-finder [part="result"]').first().waitFor();
    const frameHeight = () =>
      partner
        .locator('iframe')
        .evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = () =>
      frame
        .locator('body')
        .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await expect
      .poll(async () =>
        Math.abs((await frameHeight()) - (await contentHeight()))
      )
      .toBeLessThan(2);
    const tall = await frameHeight();
    expect(tall).not.toBe(1400);
    const fits = () =>
      expect
        .poll(async () =>
          Math.abs((await frameHeight()) - (await contentHeight()))
        )
        .toBeLessThan(2);
    // Less content (the filter panel, the tallest column, folded): the iframe shrinks with it.
    await frame.locator('ti-service-finder [part="filters-summary"]').click();
    await expect.poll(frameHeight).toBeLessThan(tall - 200);
    await fits();
    // More content (the next ten results): it grows with it.
    const short = await frameHeight();
    await frame.locator('ti-service-finder [part="show-more"]').click();
    await expect.poll(frameHeight).toBeGreaterThan(short + 200);
    await fits();
    await partner.close();
  });

  it("shows an error, not a broken page, for an address it does not understand, in the address's language", async () => {
    const page = await fixture.browser.newPage();
    for (const [search, lang, message] of [
      [
        '?component=ti-nothing',
        'fr',
        'Cette adresse d’intégration n’est pas valide : le composant « ti-nothing » n’existe pas.',
      ],
      [
        '?component=ti-nothing&lang=en',
        'en',
        'This embed address is not valid: unknown component "ti-nothing".',
      ],
      [
        '?component=ti-territory-card&accent=red&lang=fr',
        'fr',
        'Cette adresse d’intégration n’est pas valide : la valeur de « accent » n’est pas valide.',
      ],
      [
        `?component=${encodeURIComponent('<img src=x onerror=alert(1)>')}&lang=en`,
        'en',
        'This embed address is not valid: unknown component "<img src=x onerror=alert(1)>".',
      ],
    ]) {
      await page.goto(`${fixture.site.url}/embed/${search}`);
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe(message);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('main img').count()).toBe(0);
    }
    await page.close();
  });
});
