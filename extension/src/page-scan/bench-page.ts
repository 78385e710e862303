// A deterministic legal-notice-like page of about 1 MB of HTML and 80,000 elements, for the scan benchmark
// (issue 5 §7, product.md: at most 10 ms median, no task over 50 ms). Mostly filler that looks like a big
// site's footer, menus and terms, with numbers that are not identifiers (phones, amounts, dates, postcodes),
// and a few planted companies the scan must find; one more sits in a script and must not be found.

/** What was built, for the checks and the report. */
export interface BenchPage {
  htmlLength: number;
  elements: number;
  /** The SIRENs planted in the visible text, publisher first. */
  planted: string[];
  /** A SIREN planted only in a script and hidden elements. */
  hiddenOnly: string;
}

const WORDS = [
  'conditions',
  'générales',
  "d'utilisation",
  'du',
  'site',
  'éditeur',
  'hébergement',
  'données',
  'personnelles',
  'cookies',
  'propriété',
  'intellectuelle',
  'responsabilité',
  'contact',
  'la',
  'société',
  'les',
  'utilisateurs',
];

// A site's menu: short words.
const MENU = ['accueil', 'contact', 'plan', 'aide', 'presse', 'blog', 'cgu'];

// Numbers a real notice carries that must stay out: a phone, an amount, a postcode, a date.
const NOISE = [
  'Tél. 01 23 45 67 89',
  'capital de 1 250 000 €',
  '75008 Paris',
  'le 12/03/2024',
  'n° 4521',
];

// A small linear congruential generator: the same page on every run and in every browser.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const HEAD = `<header><h1>Mentions légales</h1><p>Le site est édité par <b>Exemple Industrie SA</b>,
société anonyme au capital de 1 250 000 €, immatriculée au RCS de Paris sous le numéro 732 829 320.</p>
<table><tr><th>SIRET</th><td>732 829 320 00074</td></tr><tr><td>SIREN</td><td><span>732829320</span></td></tr></table>
<script>var tracking = {siren: "443061841"};</script><div hidden><p>SIREN 443 061 841</p></div></header>`;

const HOST = `<section><h2>Hébergement</h2><p>Le site est hébergé par <span>Hébergeur SAS</span>,
<span>552 081 317 RCS Nanterre</span>.</p></section>`;

const AGENCY = `<footer><h2>Conception</h2><p>Réalisation : Agence Web SARL, <span>TVA :</span>
<span>FR40303265045</span>.</p><p aria-hidden="true">SIREN 443061841</p></footer>`;

/** Fills `root` with the page (replacing what it held) and says what it planted. */
export function buildBenchPage(root: Element): BenchPage {
  const next = random(20240512);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)]!;
  const parts: string[] = [HEAD];
  // 1,600 sections of 50 elements: a heading, a menu of 12 links and 4 paragraphs with inline markup.
  for (let section = 0; section < 1600; section++) {
    parts.push(`<section><h3>${section + 1}. ${pick(WORDS)}</h3><ul>`);
    for (let link = 0; link < 12; link++)
      parts.push(`<li><a>${pick(MENU)}</a></li>`);
    parts.push('</ul>');
    for (let paragraph = 0; paragraph < 4; paragraph++) {
      parts.push(
        `<p>${pick(WORDS)} <b>${pick(WORDS)}</b> <i>${paragraph % 2 ? pick(WORDS) : pick(NOISE)}</i>` +
          ` <em>${pick(WORDS)}</em> <span>${pick(WORDS)}</span> <a>${pick(WORDS)}</a></p>`
      );
    }
    parts.push('</section>');
    // The host halfway down, as in a long notice.
    if (section === 800) parts.push(HOST);
  }
  parts.push(AGENCY);
  const html = parts.join('');
  root.innerHTML = html;
  return {
    htmlLength: html.length,
    elements: root.getElementsByTagName('*').length,
    planted: ['732829320', '552081317', '303265045'],
    hiddenOnly: '443061841',
  };
}
