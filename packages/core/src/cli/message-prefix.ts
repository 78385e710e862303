import type {Lang} from '@ti-toolkit/data/catalogue';

/** `ti where: ` or, in French, `ti where : ` with a no-break space: what starts a command's help or message. */
export const messagePrefix = (command: string, lang: Lang): string =>
  lang === 'fr' ? `${command}\u00a0: ` : `${command}: `;
