/** Observations for a starter policy, read from the files of a project (tags, and the detector's hits). */
import * as path from 'node:path';
import type { Host } from '../host';
import { MAX_FILE_BYTES } from '../workspace/walk';
import { extractTags, mightContainTags, parseSource } from '../extract/extractTags';
import { mightContainPersonalData } from '../detect/prefilter';
import { findUnannotated, taggedNameSpans } from '../detect/scan';
import { isLikelyTestFile } from '../detect/testFiles';
import { looksMinified } from '../text/minified';
import type { Observation } from './starter';

/** `where` names a file in the comments of the proposal (a path relative to the project). */
export function observe(host: Host, files: string[], where: (file: string) => string): Observation[] {
  const out: Observation[] = [];
  for (const file of files) {
    if (isLikelyTestFile(file)) continue;
    const read = host.readFile(file, MAX_FILE_BYTES);
    if (!('text' in read)) continue;
    const text = read.text;
    const tagged = mightContainTags(text);
    const hinted = !looksMinified(text) && mightContainPersonalData(text);
    if (!tagged && !hinted) continue;
    const sf = parseSource(text, file);
    const module = path.basename(file).replace(/\.[^.]+$/, '');
    const tags = tagged ? extractTags(text, file, sf).tags : [];
    for (const t of tags) {
      if (t.tag !== 'personalData') continue;
      const purpose = t.params.find((p) => p.key === 'purpose')?.value;
      for (const s of t.subjects) out.push({ module, category: s.text, where: where(file), tagged: true, purpose });
    }
    if (hinted) for (const hit of findUnannotated(sf, text, taggedNameSpans(tags))) out.push({ module, category: hit.detection.category, where: where(file), tagged: false });
  }
  return out;
}
