/** Policies shared by the CLI tests. */

/** Accounts (name, contact) with a purpose and retention required, and SG as the one approved destination. */
export const ACCOUNT_POLICY = `version: 1
require:
  purpose: true
  retention: true
purposes:
  account:
    description: Customer account
    basis: contract
    categories: [identity.name, contact.*]
    retention: 3y
crossBorder:
  volume: { individuals: 1000, sensitiveIndividuals: 0 }
  destinations:
    SG:
      recipients: [merlion]
      mechanism: standard-contract
      categories: [identity.name]
      separateConsent: true
`;
