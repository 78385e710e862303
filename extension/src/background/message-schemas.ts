import * as v from 'valibot';
import type {Seen} from '@ti-toolkit/core/page-companies';
import type {Message, MessageType} from '../messages/message-map.ts';
import {
  MAX_BLOCK_CHARS,
  MAX_BLOCKS,
  MAX_CHECKED_SPANS,
  MAX_REPORTED_TEXT,
} from '../messages/page-report.ts';

const siren = v.pipe(v.string(), v.regex(/^\d{9}$/));
const siret = v.pipe(v.string(), v.regex(/^\d{14}$/));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const address = v.picklist(['establishment', 'head-office']);

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const seen = v.picklist([
  'as-written',
  'not-rendered',
  'reordered',
] as const satisfies readonly Seen[]);

/** One schema per message type; the worker drops anything that does not match (see handle-message.ts). */
const PAYLOADS = {
  'page-companies': v.strictObject({
    // The content script trims longer addresses (content/reportable-url.ts) and bounds the rest.
    url: v.pipe(v.string(), v.maxLength(4096)),
    text: v.pipe(v.string(), v.maxLength(MAX_REPORTED_TEXT)),
    structuredData: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_BLOCK_CHARS))),
      v.maxLength(MAX_BLOCKS)
    ),
    seen: v.pipe(
      v.array(v.tuple([offset, offset, seen])),
      v.maxLength(MAX_CHECKED_SPANS)
    ),
  }),
  'scan-tab': v.strictObject({tabId}),
  'choose-company': v.strictObject({tabId, siren, address}),
  'look-up': v.strictObject({
    tabId: v.nullable(tabId),
    identifier: v.pipe(v.string(), v.maxLength(100)),
  }),
  retry: v.strictObject({identifier: v.union([siren, siret])}),
} satisfies Record<MessageType, v.GenericSchema>;

const MESSAGE = v.variant(
  'type',
  Object.entries(PAYLOADS).map(([type, payload]) =>
    v.strictObject({type: v.literal(type), payload})
  ) as unknown as v.VariantOptions<'type'>
);

/** The message, typed, or null when its shape is not one the worker knows. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(MESSAGE, value);
  return result.success ? (result.output as Message) : null;
}
