import {describe, expect, it} from 'vitest';
import {isValidSiren} from '../../identifiers/index.ts';
import {findPageCompanies} from '../find-page-companies.ts';
import {LEGAL_NOTICES, NEAR_MISSES, noticeText} from './index.ts';

// A neutral address: no registry detector fires, the text alone decides.
const PAGE_URL = 'https://example.fr/mentions-legales';

const scan = (text: string) => {
  const {companies, choice} = findPageCompanies({url: PAGE_URL, text});
  const roles = Object.fromEntries(
    companies.map((c) => [c.siren, c.role ?? null])
  );
  return {choice, roles};
};

describe('the legal-notice corpus', () => {
  it('holds at least 40 notices, each company number checksum-valid', () => {
    expect(LEGAL_NOTICES.length).to.be.at.least(40);
    const sirens = LEGAL_NOTICES.flatMap((notice) => [
      ...Object.keys(notice.expected.roles),
      ...(notice.expected.chosen === null ? [] : [notice.expected.chosen]),
    ]);
    expect(sirens.filter((siren) => !isValidSiren(siren))).to.deep.equal([]);
  });

  for (const notice of LEGAL_NOTICES)
    describe(`${notice.shape}: ${notice.title}`, () => {
      const {expected} = notice;
      const found = () => scan(noticeText(notice));

      it(`chooses ${expected.chosen ?? 'nothing'} (${expected.reason})`, () =>
        expect(found().choice).to.deep.equal({
          siren: expected.chosen,
          reason: expected.reason,
        }));

      for (const [siren, role] of Object.entries(expected.roles))
        it(`finds ${siren} as ${role ?? 'no role'}`, () =>
          expect(found().roles[siren]).to.equal(role));

      it('finds no other company', () =>
        expect(Object.keys(found().roles).sort()).to.deep.equal(
          Object.keys(expected.roles).sort()
        ));
    });
});

describe('near misses: words that look like a role and are none', () => {
  for (const miss of NEAR_MISSES)
    it(miss.title, () => {
      const {roles} = scan(miss.text);
      expect(Object.keys(roles)).to.include(miss.siren);
      expect(roles[miss.siren]).to.equal(null);
    });
});
