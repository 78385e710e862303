import type {
  DefaultChoice,
  PageCompany,
  Seen,
  ChoiceReason,
} from './page-companies.ts';

/** Found by a registry URL: the page is about that company, whatever else it names. */
const SUBJECT_SOURCES = new Set([
  'annuaire-entreprises',
  'pappers',
  'societe-com',
  'infogreffe',
]);

// A company's own site describes itself in its structured data: an Organization there speaks as the publisher.
const PUBLISHER_SOURCES = new Set(['json-ld']);

/** How many of a candidate's spans are checked before it counts as unseen: the check may force layout. */
const SPANS_CHECKED = 3;

/**
 * The company chosen by default, and why: the registry page's subject; else the legal notice's publisher
 * (or the site's own structured data) when there is exactly one; else, when nothing names a publisher, the
 * one company without a role in the notice. A host, an agency or a credit is never chosen by default: a page
 * naming only its host says so, and the adviser chooses. Two publishers, or a candidate whose digits may not
 * be displayed as written, are a question for the adviser too.
 * `seen` tells how the reader sees a span (the extension checks the rendering); candidates are checked only
 * when they could be chosen, a few spans each, and marked `unseen` or `displayOrderUncertain` on the way.
 */
export function chooseCompany(
  companies: PageCompany[],
  seen: (index: number, length: number) => Seen = () => 'as-written'
): DefaultChoice {
  const subject = companies.find((c) => SUBJECT_SOURCES.has(c.source));
  if (subject) return {siren: subject.siren, reason: 'page-subject'};
  if (companies.length === 0) return {siren: null, reason: 'none'};

  const publishers = companies.filter(
    (c) => c.role === 'publisher' || PUBLISHER_SOURCES.has(c.source)
  );
  if (publishers.length > 0) return pickOne(publishers, 'publisher', seen);

  const unlabelled = companies.filter((c) => c.role === undefined);
  if (unlabelled.length === 0)
    return {
      siren: null,
      reason: companies.every((c) => c.role === 'host')
        ? 'only-host'
        : 'no-publisher',
    };
  // A bare number named once beside a host is no publisher; the page's only company is the page's own.
  const sure = unlabelled.filter(
    (c) => c.confidence === 'high' || companies.length === 1
  );
  if (sure.length !== 1 || unlabelled.length !== 1)
    return {siren: null, reason: 'no-publisher'};
  return pickOne(sure, 'only-company', seen);
}

/** The one candidate the reader sees as written; a question when there are several or it is not so. */
function pickOne(
  candidates: PageCompany[],
  reason: ChoiceReason,
  seen: (index: number, length: number) => Seen
): DefaultChoice {
  const visible = candidates.filter((c) => check(c, seen) !== 'not-rendered');
  if (visible.length === 0) return {siren: null, reason: 'no-publisher'};
  if (visible.length > 1) return {siren: null, reason: 'several-publishers'};
  const [only] = visible as [PageCompany];
  if (only.displayOrderUncertain) return {siren: null, reason: 'display-order'};
  return {siren: only.siren, reason};
}

/** How the reader sees a company: its first rendered span decides; marks it on the way. */
function check(
  company: PageCompany,
  seen: (index: number, length: number) => Seen
): Seen {
  // Only a detector found it (structured data): nothing on the page to look at.
  if (company.spans.length === 0) return 'as-written';
  for (const span of company.spans.slice(0, SPANS_CHECKED)) {
    const result = seen(span.index, span.length);
    if (result === 'not-rendered') continue;
    if (result === 'reordered') company.displayOrderUncertain = true;
    return company.displayOrderUncertain ? 'reordered' : 'as-written';
  }
  company.unseen = true;
  return 'not-rendered';
}
