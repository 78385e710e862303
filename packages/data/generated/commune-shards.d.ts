import type {CommuneShard, CommuneShardIndex} from '../src/tables.ts';

declare const table: CommuneShardIndex;
export default table;

/** Department -> its shard, loaded on demand. */
export declare const loaders: Readonly<
  Record<string, () => Promise<{default: CommuneShard}>>
>;
