/** The outline of a policy file: its purposes, custom categories, destinations (with recipients) and exceptions. */
import { isSeq } from 'yaml';
import type { Span } from '../types';
import { entries, items, policyDocument, scalarText, spanOf, valueOf } from './policyNodes';

export type OutlineKind = 'section' | 'purpose' | 'category' | 'destination' | 'recipient' | 'exception';

export interface OutlineEntry {
  name: string;
  kind: OutlineKind;
  detail?: string;
  /** The whole entry, its value included. */
  span: Span;
  /** What to select: its key (an exception, its rule). */
  selection: Span;
  children: OutlineEntry[];
}

function text(node: unknown): string | undefined {
  return scalarText(node)?.text;
}

/** The outline of a policy file; empty when it does not parse. Details in the reader's language. */
export function policyOutline(source: string, lang: 'en' | 'zh'): OutlineEntry[] {
  const doc = policyDocument(source);
  if (!doc) return [];
  const out: OutlineEntry[] = [];
  for (const section of entries(doc.contents)) {
    const node: OutlineEntry = { name: section.key.text, kind: 'section', span: section.whole, selection: section.key.span, children: [] };
    const v = section.value;
    if (section.key.text === 'purposes') {
      for (const p of entries(v)) {
        const detail = (lang === 'zh' ? text(valueOf(p.value, 'descriptionZh')) : undefined) ?? text(valueOf(p.value, 'description'));
        node.children.push({ name: p.key.text, kind: 'purpose', detail, span: p.whole, selection: p.key.span, children: [] });
      }
    } else if (section.key.text === 'categories') {
      for (const c of entries(valueOf(v, 'custom'))) {
        const detail = (lang === 'zh' ? text(valueOf(c.value, 'labelZh')) : undefined) ?? text(valueOf(c.value, 'label'));
        node.children.push({ name: c.key.text, kind: 'category', detail, span: c.whole, selection: c.key.span, children: [] });
      }
    } else if (section.key.text === 'crossBorder') {
      for (const d of entries(valueOf(v, 'destinations'))) {
        const recipients = items(valueOf(d.value, 'recipients')).map((r) => ({ name: r.text, kind: 'recipient' as const, span: r.span, selection: r.span, children: [] }));
        const detail = [text(valueOf(d.value, 'country')), text(valueOf(d.value, 'mechanism'))].filter(Boolean).join(' · ') || undefined;
        node.children.push({ name: d.key.text, kind: 'destination', detail, span: d.whole, selection: d.key.span, children: recipients });
      }
    } else if (section.key.text === 'exceptions' && isSeq(v)) {
      for (const item of v.items) {
        const span = spanOf(item);
        const rule = entries(item).find((e) => e.key.text === 'rule');
        if (!span || !rule) continue;
        node.children.push({ name: text(rule.value) ?? '', kind: 'exception', detail: text(valueOf(item, 'path')), span, selection: scalarText(rule.value)?.span ?? rule.key.span, children: [] });
      }
    } else {
      continue;
    }
    out.push(node);
  }
  return out;
}
