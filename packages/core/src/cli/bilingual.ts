import type {Lang} from '@ti-toolkit/data/catalogue';

/** A text the command line shows in each of its languages: leaving one out does not compile. */
export type Bilingual<T = string> = Readonly<Record<Lang, T>>;
