import type {Catalogue, Scheme, Source, SourceIds} from './types.ts';
import {PHASE_2_START} from './vocabulary.ts';

/**
 * The rules that make the catalogue's facts trustworthy, checked once the shape is right (schema.ts):
 * - every fact names sources of its own entry;
 * - a source is checked after it was published, and no later than the catalogue's last review;
 * - one source id means one page everywhere;
 * - an entry shown as open or running, or an amount shown as confirmed on a live entry, stands on at least one
 *   source of phase 2 (2023 or later): a 2019 page about phase 1 cannot prove an offer runs today;
 * - an entry shown as open has not closed before the review.
 * Each message names the entry and says what to do.
 */
export function checkProvenance(catalogue: Catalogue): string[] {
  const issues: string[] = [];
  const seen = new Map<string, Source>();
  const checkSource = (where: string, source: Source) => {
    const first = seen.get(source.id);
    if (first && JSON.stringify(first) !== JSON.stringify(source))
      issues.push(
        `${where}: source ${source.id} differs from another source with that id`
      );
    seen.set(source.id, source);
    if (source.checkedOn > catalogue.reviewedOn)
      issues.push(
        `${where}: source ${source.id} checked on ${source.checkedOn}, after the review of ${catalogue.reviewedOn}`
      );
    if (source.publishedOn && source.publishedOn > source.checkedOn)
      issues.push(
        `${where}: source ${source.id} published on ${source.publishedOn}, after it was checked (${source.checkedOn})`
      );
  };
  for (const priority of catalogue.priorities)
    for (const source of priority.sources)
      checkSource(`priorities ${priority.id}`, source);
  for (const scheme of catalogue.schemes)
    issues.push(...checkScheme(scheme, catalogue.reviewedOn, checkSource));
  return issues;
}

function checkScheme(
  scheme: Scheme,
  reviewedOn: string,
  checkSource: (where: string, source: Source) => void
): string[] {
  const where = `schemes ${scheme.id}`;
  const issues: string[] = [];
  const byId = new Map(scheme.sources.map((s) => [s.id, s]));
  if (byId.size !== scheme.sources.length)
    issues.push(`${where}: sources: a source is listed twice`);
  for (const source of scheme.sources) checkSource(where, source);

  for (const [fact, ids] of factSources(scheme))
    for (const id of ids)
      if (!byId.has(id))
        issues.push(
          `${where}: ${fact}: source ${id} is not among the entry's sources`
        );

  const live = scheme.status === 'open' || scheme.status === 'running';
  const phase2 = (ids: SourceIds) =>
    ids.some((id) => (byId.get(id)?.publishedOn ?? '') >= PHASE_2_START);
  if (live && !phase2(scheme.statusSourceIds))
    issues.push(
      `${where}: shown as ${scheme.status} but no status source dates from ${PHASE_2_START} or later (phase 2): ` +
        `mark it unconfirmed, with a note saying how old the newest source is`
    );
  if (live)
    scheme.amounts.forEach((amount, i) => {
      if (amount.confirmed && !phase2(amount.sourceIds))
        issues.push(
          `${where}: amounts.${i} is shown as confirmed but no source of it dates from ${PHASE_2_START} or later: set confirmed to false`
        );
    });
  if (
    scheme.status === 'open' &&
    scheme.dates.closes &&
    scheme.dates.closes < reviewedOn
  )
    issues.push(
      `${where}: shown as open but it closed on ${scheme.dates.closes}, before the review of ${reviewedOn}`
    );
  return issues;
}

/** Every fact of an entry that can go stale, with the sources it names. */
function factSources(scheme: Scheme): [string, SourceIds][] {
  return [
    ['statusSourceIds', scheme.statusSourceIds],
    ['scopeSourceIds', scheme.scopeSourceIds],
    ['dates.sourceIds', scheme.dates.sourceIds ?? []],
    ['eligibility.sourceIds', scheme.eligibility.sourceIds],
    ...scheme.amounts.map((a, i): [string, SourceIds] => [
      `amounts.${i}`,
      a.sourceIds,
    ]),
    ...scheme.eligibility.checks.map((c, i): [string, SourceIds] => [
      `eligibility.checks.${i}`,
      c.sourceIds,
    ]),
    ...(scheme.laureates ?? []).map((l, i): [string, SourceIds] => [
      `laureates.${i}`,
      l.sourceIds,
    ]),
  ];
}
