import type {Lang} from '@ti-toolkit/data/catalogue';
import {french} from './french-typography.ts';

/** `ti where: ` or, in French, `ti where : ` with a no-break space: what starts a command's help or message. */
export const messagePrefix = (command: string, lang: Lang): string =>
  lang === 'fr' ? french`${command} : ` : `${command}: `;
