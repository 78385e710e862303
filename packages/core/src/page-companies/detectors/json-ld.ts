import {parseVat} from '../../identifiers/index.ts';
import {
  companyFromSiren,
  companyFromSiret,
  type DetectedCompany,
  type Detector,
} from './detector.ts';
import {mergeCompanies} from './merge-companies.ts';

const ID = 'json-ld';

// Larger blocks are skipped: parsing them would hold the page's main thread for too long.
const MAX_BLOCK_CHARS = 2_000_000;
// Organizations sit near the top (in @graph, or as a WebPage's publisher); deeper nodes are not read.
const MAX_DEPTH = 32;
// A bound on the nodes visited per block, whatever the shape of the JSON.
const MAX_NODES = 50_000;
const MAX_NAME_CHARS = 200;

/** schema.org types (and common subtypes) that stand for a company; a Person's taxID is not one. */
const COMPANY_TYPES = new Set([
  'organization',
  'corporation',
  'localbusiness',
  'onlinebusiness',
  'onlinestore',
  'store',
  'professionalservice',
  'ngo',
  'newsmediaorganization',
  'educationalorganization',
  'medicalorganization',
  'sportsorganization',
  'airline',
  'autodealer',
  'automotivebusiness',
  'foodestablishment',
  'restaurant',
  'lodgingbusiness',
  'hotel',
  'homeandconstructionbusiness',
  'financialservice',
  'legalservice',
  'employmentagency',
  'travelagency',
]);

// Digits written as a SIREN (3 3 3) or a SIRET (3 3 3 5), with optional spaces or dots between groups;
// hyphens are left out so that a US EIN ("12-3456789") is not read as a SIREN.
const SIREN_SHAPE = /^\d{3}[ .\u00A0\u202F]?\d{3}[ .\u00A0\u202F]?\d{3}$/;
const SIRET_SHAPE =
  /^\d{3}[ .\u00A0\u202F]?\d{3}[ .\u00A0\u202F]?\d{3}[ .\u00A0\u202F]?\d{5}$/;
// "SIREN 732 829 320", "SIRET : 732…", "siren n° 732…" in a plain-string identifier.
const LABELLED = /^(siren|siret)\s*(?:n°|no\.?)?\s*:?\s*(.*)$/i;

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/**
 * Structured data: the page's JSON-LD blocks (as the page reader gives them), organizations anywhere in them (top level,
 * arrays, @graph, nested properties), their `vatID`, `taxID` and `identifier` (a string, or a PropertyValue
 * whose propertyID is SIREN, SIRET or VAT). Malformed JSON is skipped. Examples in `json-ld.examples.ts`.
 */
export const jsonLd: Detector = {
  id: ID,
  reads: 'structured-data',
  hosts: [],
  finds:
    "organizations in the page's JSON-LD, by their vatID, taxID or SIREN/SIRET identifier",
  label: {
    fr: 'données structurées de la page',
    en: "the page's structured data",
  },
  detect({structuredData}): DetectedCompany[] {
    const found: DetectedCompany[] = [];
    for (const text of structuredData) {
      if (text.length > MAX_BLOCK_CHARS) continue;
      let data: Json;
      try {
        data = JSON.parse(text) as Json;
      } catch {
        continue; // A broken block on someone else's page is not our error.
      }
      found.push(...companiesIn(data));
    }
    return mergeCompanies(found);
  },
};

/** Walks the JSON without recursion (depth and node count bounded) and reads every organization. */
function companiesIn(root: Json): DetectedCompany[] {
  const found: DetectedCompany[] = [];
  const stack: [Json, number][] = [[root, 0]];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const [node, depth] = stack.pop()!;
    visited++;
    if (node === null || typeof node !== 'object' || depth > MAX_DEPTH)
      continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    // Pushed in reverse so that the document order is kept.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child !== null && typeof child === 'object')
        stack.push([child, depth + 1]);
    }
    if (!Array.isArray(node) && isCompany(node))
      found.push(...readCompany(node));
  }
  return found;
}

/** An own property only: keys like `__proto__` or `constructor` never reach the prototype chain. */
function own(node: {[key: string]: Json}, key: string): Json | undefined {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function isCompany(node: {[key: string]: Json}): boolean {
  const type = own(node, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) =>
      typeof t === 'string' &&
      // "Organization", "schema:Organization", "https://schema.org/Organization".
      COMPANY_TYPES.has(
        t
          .slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1)
          .toLowerCase()
      )
  );
}

function readCompany(node: {[key: string]: Json}): DetectedCompany[] {
  const name = nameOf(node);
  const found: DetectedCompany[] = [];
  const add = (company: DetectedCompany | null) => {
    if (company) found.push(company);
  };
  for (const vat of asList(own(node, 'vatID'))) add(fromVat(vat, name));
  for (const tax of asList(own(node, 'taxID'))) {
    add(fromNumber(tax, name) ?? fromVat(tax, name));
  }
  for (const identifier of asList(own(node, 'identifier'))) {
    add(fromIdentifier(identifier, name));
  }
  return found;
}

function nameOf(node: {[key: string]: Json}): string | undefined {
  for (const key of ['legalName', 'name']) {
    const value = own(node, key);
    if (typeof value === 'string' && value.trim() !== '') {
      return value.trim().slice(0, MAX_NAME_CHARS);
    }
  }
  return undefined;
}

function asList(value: Json | undefined): Json[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A string or a number in JSON, as text; numbers lose leading zeros, which SIRENs do not have. */
function asText(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value))
    return String(value);
  return null;
}

/** A SIRET or SIREN written as one, checksums checked. */
function fromNumber(value: Json, name?: string): DetectedCompany | null {
  const text = asText(value);
  if (text === null) return null;
  if (SIRET_SHAPE.test(text)) return companyFromSiret(text, ID, name);
  if (SIREN_SHAPE.test(text)) return companyFromSiren(text, ID, name);
  return null;
}

function fromVat(value: Json, name?: string): DetectedCompany | null {
  const text = asText(value);
  if (text === null || text.length > 40) return null;
  const vat = parseVat(text);
  return vat.ok ? companyFromSiren(vat.value.siren, ID, name) : null;
}

/** A labelled string ("SIREN 732 829 320"), a French VAT number, or a PropertyValue naming its kind. */
function fromIdentifier(value: Json, name?: string): DetectedCompany | null {
  if (typeof value === 'string') {
    const labelled = LABELLED.exec(value.trim());
    // An unlabelled 9-digit identifier may be a DUNS number: only a label or a VAT number says SIREN.
    return labelled ? fromNumber(labelled[2]!, name) : fromVat(value, name);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return null;
  const property = own(value, 'propertyID');
  if (typeof property !== 'string') return null;
  const kind = property.trim().toLowerCase();
  const number = own(value, 'value');
  if (number === undefined) return null;
  if (kind === 'siren' || kind === 'siret') return fromNumber(number, name);
  if (kind === 'vat' || kind === 'vatid' || kind === 'tva')
    return fromVat(number, name);
  return null;
}
