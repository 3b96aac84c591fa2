import type { Rule } from './rule';
import { UNANNOTATED_RULE_META } from '../detect/finding';

/** Reported from analyze.ts with the detector's findings (see detect/); the rule holds the metadata. */
export const unannotatedPersonalData: Rule = { meta: UNANNOTATED_RULE_META };
