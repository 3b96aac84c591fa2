/**
 * Every rule, in the order of the documentation table. A rule is one file named by its id (as in ESLint); its page
 * is docs/rules/<id>.md and its tests test/engine/rules/<id>.test.ts.
 */
import type { Rule } from './rule';
import { rule as malformedTag } from './malformed-tag';
import { rule as unknownCategory } from './unknown-category';
import { rule as categoryNotAllowed } from './category-not-allowed';
import { rule as unknownPurpose } from './unknown-purpose';
import { rule as missingPurpose } from './missing-purpose';
import { rule as categoryNotAllowedForPurpose } from './category-not-allowed-for-purpose';
import { rule as missingLegalBasis } from './missing-legal-basis';
import { rule as sensitiveNeedsSeparateConsent } from './sensitive-needs-separate-consent';
import { rule as minorNeedsGuardianConsent } from './minor-needs-guardian-consent';
import { rule as missingRetention } from './missing-retention';
import { rule as retentionExceedsPurpose } from './retention-exceeds-purpose';
import { rule as missingImpactAssessment } from './missing-impact-assessment';
import { rule as crossBorderUnknownDestination } from './cross-border-unknown-destination';
import { rule as crossBorderUnknownRecipient } from './cross-border-unknown-recipient';
import { rule as crossBorderMissingMechanism } from './cross-border-missing-mechanism';
import { rule as crossBorderInsufficientMechanism } from './cross-border-insufficient-mechanism';
import { rule as crossBorderVolumeUndeclared } from './cross-border-volume-undeclared';
import { rule as crossBorderMechanismExpired } from './cross-border-mechanism-expired';
import { rule as crossBorderNeedsSeparateConsent } from './cross-border-needs-separate-consent';
import { rule as crossBorderCategoryNotAllowed } from './cross-border-category-not-allowed';
import { rule as crossBorderDomesticDestination } from './cross-border-domestic-destination';
import { rule as policyInvalid } from './policy-invalid';
import { rule as crossBorderUndeclaredData } from './cross-border-undeclared-data';
import { rule as crossBorderUntaggedTransfer } from './cross-border-untagged-transfer';
import { rule as crossBorderUnresolvedDestination } from './cross-border-unresolved-destination';
import { rule as crossBorderDestinationMismatch } from './cross-border-destination-mismatch';
import { rule as invalidSuppression } from './invalid-suppression';
import { rule as unusedSuppression } from './unused-suppression';
import { rule as unannotatedPersonalData } from './unannotated-personal-data';

export const RULES: readonly Rule[] = [
  malformedTag,
  unknownCategory,
  categoryNotAllowed,
  unknownPurpose,
  missingPurpose,
  categoryNotAllowedForPurpose,
  missingLegalBasis,
  sensitiveNeedsSeparateConsent,
  minorNeedsGuardianConsent,
  missingRetention,
  retentionExceedsPurpose,
  missingImpactAssessment,
  crossBorderUnknownDestination,
  crossBorderUnknownRecipient,
  crossBorderMissingMechanism,
  crossBorderInsufficientMechanism,
  crossBorderVolumeUndeclared,
  crossBorderMechanismExpired,
  crossBorderNeedsSeparateConsent,
  crossBorderCategoryNotAllowed,
  crossBorderDomesticDestination,
  policyInvalid,
  crossBorderUndeclaredData,
  crossBorderUntaggedTransfer,
  crossBorderUnresolvedDestination,
  crossBorderDestinationMismatch,
  invalidSuppression,
  unusedSuppression,
  unannotatedPersonalData,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
