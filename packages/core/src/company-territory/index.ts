export {
  addressChoiceFor,
  chosenAddress,
  type AddressChoice,
} from './address-choice.ts';
export {communeVerdict, type CommuneVerdict} from './commune-verdict.ts';
export {
  companyVerdict,
  type CompanyVerdict,
  type CompanyVerdictStatus,
} from './company-verdict.ts';
export {unknownCommunePhrase} from './unknown-commune.ts';
export {
  companyLocation,
  companyLocator,
  describeFailure,
  lookedUpAddressChoice,
} from './company-locator.ts';
export {
  companyHandOffLinks,
  handOffLinks,
  type HandOffLinks,
} from './hand-off.ts';
