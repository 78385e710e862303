import type {Lang} from '@ti-toolkit/data/catalogue';
import type {CompanyIdKind} from '../identifiers/index.ts';
import type {ChoiceReason, NoticeRole} from '../page-companies/index.ts';

interface ScanText {
  colon: string;
  stdin: string;
  companies: (count: number) => string;
  choice: (siren: string | null, reason: string) => string;
  chosen: string;
  reasons: Record<ChoiceReason, string>;
  kinds: Record<CompanyIdKind, string>;
  confidence: Record<'high' | 'low', string>;
  roles: Record<NoticeRole, string>;
  cannotRead: (file: string) => string;
  tooLarge: (bytes: number) => string;
}

/** `ti scan`'s text output in each language (the JSON output keeps the codes). */
export const SCAN_TEXT: Record<Lang, ScanText> = {
  fr: {
    colon: ' : ',
    stdin: 'entrée standard',
    companies: (n) => (n === 1 ? '1 entreprise' : `${n} entreprises`),
    choice: (siren, reason) =>
      siren === null
        ? `aucune choisie (${reason})`
        : `choisie : ${siren} (${reason})`,
    chosen: 'choisie',
    reasons: {
      'page-subject': 'la page est la fiche de cette entreprise',
      publisher: 'l’éditeur du site',
      'only-company': 'la seule entreprise nommée sans rôle',
      'several-publishers': 'plusieurs entreprises présentées comme éditrices',
      'display-order':
        'un numéro peut s’afficher dans un autre ordre que celui du texte',
      'only-host': 'seul l’hébergeur du site est cité',
      'no-publisher': 'la page ne dit pas quelle entreprise édite le site',
      none: 'aucune entreprise',
    },
    kinds: {siren: 'SIREN', siret: 'SIRET', vat: 'TVA', rcs: 'RCS'},
    confidence: {high: 'sûr', low: 'incertain'},
    roles: {
      publisher: 'éditeur du site',
      host: 'hébergeur du site',
      maker: 'réalisation du site',
      credit: 'crédits',
    },
    cannotRead: (file) => `lecture impossible de ${file} : `,
    tooLarge: (bytes) => `plus de ${bytes / 1_000_000} Mo`,
  },
  en: {
    colon: ': ',
    stdin: 'standard input',
    companies: (n) => (n === 1 ? '1 company' : `${n} companies`),
    choice: (siren, reason) =>
      siren === null
        ? `none chosen (${reason})`
        : `chosen ${siren} (${reason})`,
    chosen: 'chosen',
    reasons: {
      'page-subject': 'the page is this company’s record',
      publisher: 'the site’s publisher',
      'only-company': 'the only company named without a role',
      'several-publishers': 'several companies presented as publishers',
      'display-order':
        'a number may be displayed in another order than written',
      'only-host': 'only the site’s host is named',
      'no-publisher': 'the page does not say which company publishes the site',
      none: 'no company',
    },
    kinds: {siren: 'SIREN', siret: 'SIRET', vat: 'VAT', rcs: 'RCS'},
    confidence: {high: 'high', low: 'low'},
    roles: {
      publisher: 'publisher',
      host: 'host',
      maker: 'site maker',
      credit: 'credits',
    },
    cannotRead: (file) => `cannot read ${file}: `,
    tooLarge: (bytes) => `larger than ${bytes / 1_000_000} MB`,
  },
};
