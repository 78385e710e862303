// The labelled corpus of legal notices: every shape real sites have, with the publisher and the roles expected.
import {AGENCIES} from './agencies.ts';
import {ENGLISH} from './english.ts';
import {HOSTS} from './hosts.ts';
import type {NoticeCase} from './notice-case.ts';
import {PUBLIC_SITES} from './public-sites.ts';
import {PUBLISHERS} from './publishers.ts';
import {SITE_BUILDERS} from './site-builders.ts';
import {WORDPRESS} from './wordpress.ts';

export const LEGAL_NOTICES: readonly NoticeCase[] = [
  ...WORDPRESS,
  ...SITE_BUILDERS,
  ...AGENCIES,
  ...HOSTS,
  ...PUBLISHERS,
  ...PUBLIC_SITES,
  ...ENGLISH,
];
export {NEAR_MISSES} from './near-misses.ts';
export {noticeText, type NearMiss, type NoticeCase} from './notice-case.ts';
