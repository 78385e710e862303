import type {Bilingual} from '../../build/lang.ts';

/**
 * The RGAA conformity level the accessibility statement declares, shown in every page's footer as the RGAA
 * asks. Without a complete audit of the RGAA criteria, the rule is to declare "non conforme" (docs/accessibility).
 */
export const CONFORMITY: Bilingual = {
  fr: 'non conforme',
  en: 'not compliant',
};
