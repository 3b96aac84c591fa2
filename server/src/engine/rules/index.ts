/** Every rule, in the order of the documentation table. */
import type { Rule } from './rule';
import { malformedTag } from './malformedTag';
import { unknownCategory } from './unknownCategory';
import { categoryNotAllowed } from './categoryNotAllowed';
import { unknownPurpose } from './unknownPurpose';
import { missingPurpose } from './missingPurpose';
import { categoryNotAllowedForPurpose } from './categoryNotAllowedForPurpose';
import { missingLegalBasis } from './missingLegalBasis';
import { sensitiveNeedsSeparateConsent } from './sensitiveNeedsSeparateConsent';
import { minorNeedsGuardianConsent } from './minorNeedsGuardianConsent';
import { missingRetention } from './missingRetention';
import { retentionExceedsPurpose } from './retentionExceedsPurpose';
import { missingImpactAssessment } from './missingImpactAssessment';
import { crossBorderUnknownDestination } from './crossBorderUnknownDestination';
import { crossBorderMissingMechanism } from './crossBorderMissingMechanism';
import { crossBorderInsufficientMechanism } from './crossBorderInsufficientMechanism';
import { crossBorderVolumeUndeclared } from './crossBorderVolumeUndeclared';
import { crossBorderMechanismExpired } from './crossBorderMechanismExpired';
import { crossBorderNeedsSeparateConsent } from './crossBorderNeedsSeparateConsent';
import { crossBorderCategoryNotAllowed } from './crossBorderCategoryNotAllowed';
import { crossBorderDomesticDestination } from './crossBorderDomesticDestination';
import { crossBorderUndeclaredData } from './crossBorderUndeclaredData';
import { invalidSuppression } from './invalidSuppression';
import { unusedSuppression } from './unusedSuppression';
import { unannotatedPersonalData } from './unannotatedPersonalData';
import { policyInvalid } from './policyInvalid';

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
  crossBorderMissingMechanism,
  crossBorderInsufficientMechanism,
  crossBorderVolumeUndeclared,
  crossBorderMechanismExpired,
  crossBorderNeedsSeparateConsent,
  crossBorderCategoryNotAllowed,
  crossBorderDomesticDestination,
  policyInvalid,
  crossBorderUndeclaredData,
  invalidSuppression,
  unusedSuppression,
  unannotatedPersonalData,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
