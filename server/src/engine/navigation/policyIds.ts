/**
 * The ids a policy file defines and mentions, with their places: purposes, custom categories and destinations
 * are its keys; recipients are defined by the destinations' lists and assessments by impactAssessment values;
 * categories lists (purposes', destinations', allow, sensitive) mention categories, patterns included.
 */
import type { Document } from 'yaml';
import type { IdKind, Occurrence } from './occurrences';
import { entries, items, policyDocument, scalarText, sequence, valueOf, type ScalarText } from './policyNodes';

function push(out: Occurrence[], kind: IdKind, s: ScalarText, container: string, definition: boolean): void {
  if (!s.text) return;
  out.push({ kind, id: s.text, span: s.span, reach: s.span, container, plain: s.plain, ...(definition ? { definition } : {}) });
}

/** What an entry (a purpose or a destination) lists: its categories and its impact assessment. */
function entryLists(out: Occurrence[], value: unknown, container: string): void {
  for (const c of items(valueOf(value, 'categories'))) push(out, 'category', c, `${container}.categories`, false);
  const pia = scalarText(valueOf(value, 'impactAssessment'));
  if (pia) push(out, 'pia', pia, `${container}.impactAssessment`, true);
}

/** Every id of a parsed policy document. */
export function documentOccurrences(doc: Document): Occurrence[] {
  const out: Occurrence[] = [];
  const root = doc.contents;
  for (const p of entries(valueOf(root, 'purposes'))) {
    push(out, 'purpose', p.key, 'purposes', true);
    entryLists(out, p.value, `purposes.${p.key.text}`);
  }
  const categories = valueOf(root, 'categories');
  for (const list of ['allow', 'sensitive']) for (const c of items(valueOf(categories, list))) push(out, 'category', c, `categories.${list}`, false);
  for (const c of entries(valueOf(categories, 'custom'))) push(out, 'category', c.key, 'categories.custom', true);
  // An entry of crossBorder.hosts is named by what it matches; the calls it settles are its references.
  for (const h of sequence(valueOf(valueOf(root, 'crossBorder'), 'hosts'))) {
    for (const key of ['host', 'package', 'env']) {
      const v = scalarText(valueOf(h, key));
      if (v?.text) out.push({ kind: 'hostEntry', id: `${key}:${v.text}`, span: v.span, reach: v.span, container: 'crossBorder.hosts', plain: v.plain, definition: true });
    }
  }
  for (const d of entries(valueOf(valueOf(root, 'crossBorder'), 'destinations'))) {
    const where = `crossBorder.destinations.${d.key.text}`;
    push(out, 'destination', d.key, 'crossBorder.destinations', true);
    for (const r of items(valueOf(d.value, 'recipients'))) push(out, 'recipient', r, `${where}.recipients`, true);
    entryLists(out, d.value, where);
  }
  return out;
}

/** Every id of a policy file's text; none when it does not parse. */
export function policyOccurrences(text: string): Occurrence[] {
  const doc = policyDocument(text);
  return doc ? documentOccurrences(doc) : [];
}
