import type {Company} from '@ti-toolkit/core/company-api';
import {
  unknownCommunePhrase,
  type CompanyVerdict,
} from '@ti-toolkit/core/company-territory';
import {formatSiren, formatSiret} from '@ti-toolkit/core/identifiers';
import {dateFormat} from '@ti-toolkit/core/intl';
import type {VintageRef} from '@ti-toolkit/core/places';
import {panelHandOff} from './hand-off.ts';
import type {Lang} from './panel-lang.ts';

/** What the adviser copies: the company, the address the verdict is about, the verdict, its proof and the hand-off links. */
export interface SummaryInput {
  company: Company;
  verdict: CompanyVerdict;
  /** The name of the address's intercommunality, when the bundled perimeter knows it. */
  intercommunality: string | null;
  vintage: VintageRef;
  /** The day the summary is made: an e-mail or a CRM note is read later, when the data may have changed. */
  date: Date;
  lang: Lang;
}

const TEXT = {
  fr: {
    title: 'Territoires d’industrie – fiche entreprise',
    company: 'Entreprise',
    noName: 'nom non diffusé',
    establishment: 'SIRET (établissement)',
    headOffice: 'SIRET (siège)',
    address: 'Adresse retenue',
    commune: 'Commune',
    verdict: 'Verdict',
    inTerritory: (name: string, id: string) =>
      `dans le Territoire d’industrie ${name} (${id})`,
    notInTerritory: 'hors Territoire d’industrie',
    noLocation: 'indéterminé (le registre ne donne pas de commune)',
    intercommunality: 'Intercommunalité',
    activity: 'Activité',
    closed: 'Attention : entreprise fermée',
    establishmentClosed: 'Attention : établissement fermé',
    adviser: 'Contacter un conseiller (Conseillers-Entreprises)',
    directory: 'Fiche sur l’annuaire des entreprises',
    data: (v: VintageRef) =>
      `Données : périmètre ${v.phase}, communes au COG ${v.cogYear} ; source : ${v.attribution}`,
    date: 'Date',
    colon: ' : ',
  },
  en: {
    title: 'Territoires d’industrie – company summary',
    company: 'Company',
    noName: 'name not public',
    establishment: 'SIRET (establishment)',
    headOffice: 'SIRET (head office)',
    address: 'Address used',
    commune: 'Commune',
    verdict: 'Verdict',
    inTerritory: (name: string, id: string) =>
      `in the Territoire d’industrie ${name} (${id})`,
    notInTerritory: 'not in a Territoire d’industrie',
    noLocation: 'unknown (the register gives no commune)',
    intercommunality: 'Intercommunality',
    activity: 'Activity',
    closed: 'Warning: company closed',
    establishmentClosed: 'Warning: establishment closed',
    adviser: 'Contact an adviser (Conseillers-Entreprises)',
    directory: 'Page on the Annuaire des entreprises',
    data: (v: VintageRef) =>
      `Data: perimeter ${v.phase}, communes as of COG ${v.cogYear}; source: ${v.attribution}`,
    date: 'Date',
    colon: ': ',
  },
} as const;

/** Plain text for an e-mail or a CRM note: one fact per line, nothing that needs formatting to be read. */
export function companySummary(input: SummaryInput): string {
  const {company, verdict, lang} = input;
  const t = TEXT[lang];
  const line = (label: string, value: string) => `${label}${t.colon}${value}`;
  const address = verdict.address;
  const links = panelHandOff(company, verdict);
  const lines: (string | null)[] = [
    t.title,
    line(t.company, company.name ?? t.noName),
    line('SIREN', formatSiren(company.siren)),
    address
      ? line(
          address.isHeadOffice ? t.headOffice : t.establishment,
          formatSiret(address.siret)
        )
      : null,
    address?.address ? line(t.address, address.address) : null,
    verdict.status === 'no-location'
      ? null
      : line(
          t.commune,
          `${address?.communeName ?? ''} (${verdict.communeCode})`.trim()
        ),
    line(t.verdict, verdictText(verdict, lang)),
    input.intercommunality
      ? line(t.intercommunality, input.intercommunality)
      : null,
    company.activity
      ? line(
          t.activity,
          [company.activity.code, company.activity.label]
            .filter(Boolean)
            .join(' – ')
        )
      : null,
    company.state === 'closed' ? t.closed : null,
    company.state !== 'closed' && address?.state === 'closed'
      ? t.establishmentClosed
      : null,
    line(t.adviser, links.adviser),
    links.directory ? line(t.directory, links.directory) : null,
    t.data(input.vintage),
    line(t.date, dateFormat(lang, {dateStyle: 'short'}).format(input.date)),
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

function verdictText(verdict: CompanyVerdict, lang: Lang): string {
  const t = TEXT[lang];
  switch (verdict.status) {
    case 'in-territory':
      return t.inTerritory(verdict.territory.name, verdict.territory.id);
    case 'not-in-territory':
      return t.notInTerritory;
    case 'unknown-commune':
      return unknownCommunePhrase(verdict.vintage, lang);
    case 'no-location':
      return t.noLocation;
  }
}
