import * as v from 'valibot';
import {
  MAX_PAGE_COMPANIES,
  NOTICE_ROLES,
  type ChoiceReason,
} from '@ti-toolkit/core/page-companies';
import type {Message, MessageType} from '../messages/message-map.ts';

const siren = v.pipe(v.string(), v.regex(/^\d{9}$/));
const siret = v.pipe(v.string(), v.regex(/^\d{14}$/));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const address = v.picklist(['establishment', 'head-office']);

const CHOICE_REASONS = [
  'page-subject',
  'publisher',
  'only-company',
  'several-publishers',
  'display-order',
  'only-host',
  'no-publisher',
  'none',
] as const satisfies readonly ChoiceReason[];
const choiceReason = v.picklist(CHOICE_REASONS);

const detectedCompany = v.strictObject({
  siren,
  siret: v.nullable(siret),
  source: v.pipe(v.string(), v.maxLength(40)),
  confidence: v.picklist(['high', 'low']),
  // A name comes from the page: bounded, and shown only as text.
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
  role: v.optional(v.picklist(NOTICE_ROLES)),
});

/** One schema per message type; the worker drops anything that does not match (see handle-message.ts). */
const PAYLOADS = {
  'page-companies': v.strictObject({
    // The content script trims longer addresses (content/reportable-url.ts).
    url: v.pipe(v.string(), v.maxLength(4096)),
    companies: v.pipe(
      v.array(detectedCompany),
      v.maxLength(MAX_PAGE_COMPANIES)
    ),
    choice: v.strictObject({siren: v.nullable(siren), reason: choiceReason}),
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
