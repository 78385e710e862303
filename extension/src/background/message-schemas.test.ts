import {expect} from '@open-wc/testing';
import {parseMessage} from './message-schemas.ts';

const report = {
  url: 'https://a.fr/',
  text: 'Éditeur : Atelier, SIREN 732 829 320',
  structuredData: ['{"@type":"Organization"}'],
  seen: [[25, 11, 'as-written']],
};

describe('messages the worker accepts', () => {
  const accepted: [string, unknown][] = [
    ['a page report', {type: 'page-companies', payload: report}],
    [
      'a page with nothing',
      {
        type: 'page-companies',
        payload: {url: 'https://a.fr/', text: '', structuredData: [], seen: []},
      },
    ],
    ['scan a tab', {type: 'scan-tab', payload: {tabId: 3}}],
    [
      'choose',
      {
        type: 'choose-company',
        payload: {tabId: 3, siren: '732829320', address: 'establishment'},
      },
    ],
    [
      'look up without a tab',
      {type: 'look-up', payload: {tabId: null, identifier: '732 829 320'}},
    ],
    ['retry a SIRET', {type: 'retry', payload: {identifier: '73282932000074'}}],
  ];
  for (const [title, message] of accepted)
    it(title, () => expect(parseMessage(message)).to.deep.equal(message));

  const refused: [string, unknown][] = [
    ['nothing', undefined],
    ['a string', 'page-companies'],
    ['an unknown type', {type: 'eval', payload: {}}],
    ['no payload', {type: 'scan-tab'}],
    ['a negative tab', {type: 'scan-tab', payload: {tabId: -1}}],
    ['a fractional tab', {type: 'scan-tab', payload: {tabId: 1.5}}],
    ['an extra field', {type: 'scan-tab', payload: {tabId: 1, admin: true}}],
    [
      'a short SIREN',
      {
        type: 'choose-company',
        payload: {tabId: 1, siren: '7328', address: 'head-office'},
      },
    ],
    [
      'an unknown address',
      {
        type: 'choose-company',
        payload: {tabId: 1, siren: '732829320', address: 'home'},
      },
    ],
    [
      'a retry of text',
      {type: 'retry', payload: {identifier: 'javascript:alert(1)'}},
    ],
    [
      'an unknown way of being seen',
      {type: 'page-companies', payload: {...report, seen: [[25, 11, 'maybe']]}},
    ],
    [
      'a fractional offset',
      {
        type: 'page-companies',
        payload: {...report, seen: [[2.5, 11, 'as-written']]},
      },
    ],
    [
      'too many spans checked',
      {
        type: 'page-companies',
        payload: {
          ...report,
          seen: Array.from({length: 61}, (_, i) => [i, 11, 'as-written']),
        },
      },
    ],
    [
      'too much text',
      {
        type: 'page-companies',
        payload: {...report, text: 'x'.repeat(1_000_001)},
      },
    ],
    [
      'a huge JSON-LD block',
      {
        type: 'page-companies',
        payload: {...report, structuredData: ['x'.repeat(200_001)]},
      },
    ],
    [
      'a huge URL',
      {type: 'page-companies', payload: {...report, url: 'x'.repeat(5000)}},
    ],
    [
      'companies instead of a report',
      {
        type: 'page-companies',
        payload: {
          url: 'u',
          companies: [],
          choice: {siren: null, reason: 'none'},
        },
      },
    ],
    [
      'a prototype trick',
      JSON.parse(
        '{"type":"scan-tab","payload":{"tabId":1,"__proto__":{"x":1}}}'
      ),
    ],
  ];
  for (const [title, message] of refused)
    it(`refuses ${title}`, () => expect(parseMessage(message)).to.equal(null));
});
