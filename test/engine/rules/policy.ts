/** The policy most rule tests check against: every section a rule reads, each with its edge cases. */
import { policyFrom } from '../../helpers';

export const POLICY = policyFrom(`
version: 1
handler: Example Trading Co., Ltd.
require: { purpose: true, legalBasis: true, retention: true, impactAssessment: [sensitive, crossBorder] }
categories:
  allow: [identity.*, contact.*, biometric.face, account, loyalty.tier]
  sensitive: [identity.idNumber]
  custom:
    loyalty.tier: { label: Loyalty tier, labelZh: 会员等级 }
purposes:
  account: { basis: contract, categories: [identity.name, contact.*], retention: 3y, impactAssessment: PIA-1 }
  faceLogin: { basis: separate-consent, categories: [biometric.face], retention: 1y, impactAssessment: PIA-2 }
  marketing: { basis: consent, categories: [contact.*, identity.*], retention: 1y }
  open: { retention: 2y }
  kids: { basis: guardian-consent, retention: 1y, impactAssessment: PIA-3 }
crossBorder:
  volume: { individuals: 250000, sensitiveIndividuals: 0 }
  destinations:
    SG: { recipients: [acme], mechanism: standard-contract, validUntil: 2027-03-01, categories: [identity.name, contact.*], separateConsent: true, impactAssessment: PIA-9 }
    us-analytics: { country: US, mechanism: standard-contract, validUntil: 2026-12-15, categories: [online.activity] }
    JP: { mechanism: certification, validUntil: 2026-01-01 }
`);

/** A purpose that satisfies every requirement of POLICY for contact and identity data. */
export const OK = 'purpose=account';
