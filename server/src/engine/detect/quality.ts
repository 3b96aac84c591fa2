/**
 * The published quality of the detector on the labelled set (test/fixtures/detection/identifiers.jsonl,
 * described in its README). test/engine/detect.test.ts measures it on every run and fails below these
 * floors; the README cites them. A wrong category counts as a false positive and a false negative.
 *
 * Splits: `tune` and `test` (759 identifiers written from realistic code patterns, labelled before any
 * tuning; `test` was held out), `blind1` and `blind2` (851 declarations extracted from public TypeScript
 * on GitHub, labelled by hand before the detector was run on them). The figures the detector had on
 * the blind sets the first time it saw them, before they were used to improve it, are kept in
 * FIRST_SIGHT: they are the best estimate of how it does on code nobody tuned it for.
 */
export interface Quality {
  precision: number;
  recall: number;
}

/**
 * Floors: the measured figures rounded down to two decimals (at most 0.99).
 * Measured: all P 0.995 R 0.956 (n=1610) · tune P 1.000 R 0.986 · test P 1.000 R 0.990 ·
 * blind1 P 0.986 R 0.894 · blind2 P 0.987 R 0.915.
 */
export const PUBLISHED_QUALITY: Readonly<Record<'all' | 'tune' | 'test' | 'blind1' | 'blind2', Quality>> = {
  all: { precision: 0.99, recall: 0.95 },
  tune: { precision: 0.99, recall: 0.98 },
  test: { precision: 0.99, recall: 0.99 },
  blind1: { precision: 0.98, recall: 0.89 },
  blind2: { precision: 0.98, recall: 0.91 },
};

/** The product target, which every floor above also meets. */
export const TARGET_QUALITY: Quality = { precision: 0.9, recall: 0.8 };

/** First run on each blind set, before any change prompted by it (not asserted; the detector has moved on). */
export const FIRST_SIGHT: Readonly<Record<'blind1' | 'blind2', Quality & { items: number; positives: number }>> = {
  blind1: { precision: 0.938, recall: 0.756, items: 544, positives: 160 },
  blind2: { precision: 0.952, recall: 0.732, items: 307, positives: 82 },
};
