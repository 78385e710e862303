import {expect} from '@open-wc/testing';
import {parseMessage} from './message-schemas.ts';

const company = {
  siren: '732829320',
  siret: null,
  source: 'page-text',
  confidence: 'high',
};

describe('messages the worker accepts', () => {
  const accepted: [string, unknown][] = [
    [
      'companies found',
      {
        type: 'page-companies',
        payload: {url: 'https://a.fr/', companies: [company]},
      },
    ],
    [
      'nothing found',
      {type: 'page-companies', payload: {url: 'https://a.fr/', companies: []}},
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
      'a company with markup in its SIREN',
      {
        type: 'page-companies',
        payload: {url: 'u', companies: [{...company, siren: '<b>1</b>'}]},
      },
    ],
    [
      'a name too long',
      {
        type: 'page-companies',
        payload: {url: 'u', companies: [{...company, name: 'x'.repeat(201)}]},
      },
    ],
    [
      'too many companies',
      {
        type: 'page-companies',
        payload: {url: 'u', companies: Array.from({length: 21}, () => company)},
      },
    ],
    [
      'a huge URL',
      {type: 'page-companies', payload: {url: 'x'.repeat(5000), companies: []}},
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
