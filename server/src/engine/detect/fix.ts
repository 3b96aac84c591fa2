/**
 * The quick fix of unannotated-personal-data: the text edit that adds `@personalData <category>` to a
 * declaration, as a new JSDoc block or as a line of its existing one, with `purpose=` when the policy
 * requires a purpose. Pure string work on the document text; nothing here touches an editor.
 */
import type { Localized, Span } from '../types';
import type { Policy } from '../policy/model';
import { matchesAny } from '../taxonomy/taxonomy';
import type { UnannotatedDeclaration } from './scan';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface TagFix {
  /** What the code action is called. */
  title: Localized;
  /** The tag as inserted, e.g. "@personalData contact.phone purpose=account". */
  tag: string;
  edit: TextEdit;
  /** Exactly one fix was possible (no purpose needed, or a single purpose covers the category). */
  preferred: boolean;
}

/**
 * The value put after purpose= when the policy requires a purpose and none of its purposes covers the
 * category: a valid id that unknown-purpose then reports, listing the policy's purposes.
 */
export const PURPOSE_PLACEHOLDER = 'TODO';
const MAX_PURPOSE_CHOICES = 3;

/**
 * The purposes to offer, or undefined when the policy does not require one. Purposes listing the category
 * (or its group) first, then purposes without a category list; the placeholder when none fits.
 */
export function purposeChoices(category: string, policy: Policy | undefined): string[] | undefined {
  if (!policy?.require.purpose) return undefined;
  const listing: string[] = [];
  const open: string[] = [];
  for (const p of policy.purposes.values()) {
    if (p.categories === undefined) open.push(p.id);
    else if (matchesAny(p.categories, category)) listing.push(p.id);
  }
  const choices = [...listing, ...open].slice(0, MAX_PURPOSE_CHOICES);
  return choices.length ? choices : [PURPOSE_PLACEHOLDER];
}

export function tagText(category: string, purpose?: string): string {
  return `@personalData ${category}${purpose ? ` purpose=${purpose}` : ''}`;
}

function lineStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The edit adding `tag` to the declaration: a line in its JSDoc block, or a new block above (or before) it. */
export function tagEdit(text: string, hit: Pick<UnannotatedDeclaration, 'declarationStart' | 'indent' | 'ownLine' | 'jsDoc'>, tag: string): TextEdit {
  const nl = eolOf(text);
  const doc: Span | undefined = hit.jsDoc;
  if (doc) {
    const raw = text.slice(doc.start, doc.end);
    const docLineStart = lineStartOf(text, doc.start);
    const docStartsLine = /^[ \t]*$/.test(text.slice(docLineStart, doc.start));
    const docIndent = docStartsLine ? text.slice(docLineStart, doc.start) : hit.indent;
    const close = doc.end - 2;
    if (/[\r\n]/.test(raw)) {
      const closeLineStart = lineStartOf(text, close);
      const beforeClose = text.slice(closeLineStart, close);
      // "   */" on its own line: a new " * @personalData ..." line above it, aligned with it.
      if (/^[ \t]*$/.test(beforeClose)) return { start: closeLineStart, end: closeLineStart, newText: `${beforeClose}* ${tag}${nl}` };
      // " * text */": close the text line, add the tag line, close the block.
      return { start: close, end: close, newText: `${nl}${docIndent} * ${tag}${nl}${docIndent} ` };
    }
    if (docStartsLine) {
      // "/** 手机号 */" becomes a block with two lines; a declaration on the same line moves below it.
      const inner = raw.slice(3, -2).trim();
      const between = text.slice(doc.end, hit.declarationStart);
      const sameLine = hit.declarationStart > doc.end && /^[ \t]*$/.test(between);
      const lines = [`/**`, ...(inner ? [`${docIndent} * ${inner}`] : []), `${docIndent} * ${tag}`, `${docIndent} */`].join(nl);
      return sameLine
        ? { start: doc.start, end: hit.declarationStart, newText: `${lines}${nl}${docIndent}` }
        : { start: doc.start, end: doc.end, newText: lines };
    }
    // A block inline before a parameter: a second block before the declaration (both attach to it).
    return { start: hit.declarationStart, end: hit.declarationStart, newText: `/** ${tag} */ ` };
  }
  if (hit.ownLine) {
    const at = lineStartOf(text, hit.declarationStart);
    return { start: at, end: at, newText: `${hit.indent}/** ${tag} */${nl}` };
  }
  return { start: hit.declarationStart, end: hit.declarationStart, newText: `/** ${tag} */ ` };
}

/** The code actions for one finding: one per purpose to choose from, or one. */
export function tagFixes(text: string, hit: UnannotatedDeclaration, policy?: Policy): TagFix[] {
  const category = hit.detection.category;
  const purposes = purposeChoices(category, policy);
  const variants = purposes ?? [undefined];
  return variants.map((purpose) => {
    const tag = tagText(category, purpose);
    const withPurpose = purpose && purpose !== PURPOSE_PLACEHOLDER ? ` (purpose=${purpose})` : '';
    const withPurposeZh = purpose && purpose !== PURPOSE_PLACEHOLDER ? `（purpose=${purpose}）` : '';
    return {
      title: { en: `Annotate as ${category}${withPurpose}`, zh: `标注为 ${category}${withPurposeZh}` },
      tag,
      edit: tagEdit(text, hit, tag),
      preferred: variants.length === 1 && purpose !== PURPOSE_PLACEHOLDER,
    };
  });
}
