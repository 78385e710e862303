import type {Bilingual} from '../../build/lang.ts';

/**
 * Where the RGAA sets the rule: a service is "non conforme" when no audit result in force measures the criteria
 * (or under 50 % of them are met). The footer mention on every page is the one the RGAA's "mentions obligatoires"
 * asks for; the statement cites this page.
 */
export const RGAA_STATEMENT_RULES =
  'https://accessibilite.numerique.gouv.fr/obligations/declaration-accessibilite/';

/**
 * The RGAA conformity level the accessibility statement declares, shown in every page's footer. The project has
 * automated checks but no audit of the RGAA criteria, so the level is "non conforme" until an audit is made.
 */
export const CONFORMITY: Bilingual = {
  fr: 'non conforme',
  en: 'not compliant',
};
