/**
 * Declarations that look like personal information but carry no @personalData (the detector in detect/ decides
 * what looks like it, and says why), with quick fixes that add the tag: one per purpose of the policy that fits.
 */
import type { Localized } from '../types';
import type { Policy } from '../policy/model';
import type { Rule } from './rule';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import { matchesAny } from '../taxonomy/taxonomy';
import { findUnannotated, taggedNameSpans, type UnannotatedDeclaration } from '../detect/scan';
import { tagEdit, type TextEdit } from '../extract/jsDocEdit';
import type { AnalyzedEgress } from '../resolve/egress';
import { jsDocTargetOf } from '../resolve/egressFix';

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

const LABELS = new Map(BUILTIN_CATEGORIES.map((c) => [c.id, c.label]));

export function unannotatedMessage(hit: UnannotatedDeclaration): Localized {
  const label = LABELS.get(hit.detection.category) ?? { en: hit.detection.category, zh: hit.detection.category };
  const c = hit.detection.category;
  return {
    en: `"${hit.name}" looks like personal information (${c}, ${label.en}) but carries no @personalData. ${hit.detection.reason.en} Annotate it so its purpose, legal basis and retention are checked (PIPL Arts. 4, 51).`,
    zh: `“${hit.name}”看起来保存个人信息（${c}，${label.zh}），但没有 @personalData 标注。${hit.detection.reason.zh}请添加标注，以便检查其处理目的、合法性基础和保存期限（《个人信息保护法》第四条、第五十一条）。`,
  };
}

const FACE = 'biometric.face';

/** Facial recognition whose data no @personalData biometric.face covers: the call creates or sends face data. */
function faceMessage(e: AnalyzedEgress): Localized {
  const vendor = e.call.entry.vendor;
  return {
    en: `${vendor} is facial recognition: this call creates or sends face data (${FACE}, sensitive personal information under PIPL Art. 28), and no @personalData ${FACE} covers it. Annotate the data or the function so its purpose, separate consent and retention are checked (PIPL Arts. 4, 51).`,
    zh: `${vendor} 属于人脸识别：该调用生成或发送人脸信息（${FACE}，《个人信息保护法》第二十八条规定的敏感个人信息），但没有 @personalData ${FACE} 标注覆盖。请标注数据或函数，以便检查其处理目的、单独同意和保存期限（第四条、第五十一条）。`,
  };
}

function faceFix(text: string, e: AnalyzedEgress, policy?: Policy): TagFix[] {
  const fn = e.call.enclosing;
  if (!fn?.taggable) return [];
  const target = jsDocTargetOf(text, fn);
  const purposes = purposeChoices(FACE, policy) ?? [undefined];
  return purposes.map((purpose) => {
    const tag = tagText(FACE, purpose);
    return { title: { en: `Annotate ${fn.name ?? 'the function'} with ${tag}`, zh: `为 ${fn.name ?? '该函数'} 添加 ${tag}` }, tag, edit: tagEdit(text, target, tag), preferred: false };
  });
}

export const rule: Rule = {
  meta: {
    id: 'unannotated-personal-data',
    defaultSeverity: 'info',
    title: {
      en: 'A declaration looks like personal information but has no @personalData',
      zh: '声明看起来保存个人信息，但没有 @personalData 标注',
    },
    citations: [
      { law: 'PIPL', article: 4 },
      { law: 'PIPL', article: 51 },
    ],
    needsPolicy: false,
    suppressible: true,
    // The category of a detected declaration is a guess: a person confirms it.
    fixAll: false,
  },
  hints: (d, ctx) => {
    for (const hit of findUnannotated(d.tree, d.text, taggedNameSpans(d.tags))) {
      const fixes = tagFixes(d.text, hit, ctx.policy);
      ctx.report({ span: hit.span, message: unannotatedMessage(hit), fix: fixes.length ? { kind: 'addTag', choices: fixes } : undefined });
    }
  },
  egress: (e, ctx) => {
    for (const c of e.calls) {
      if (c.face !== 'uncovered') continue;
      const fixes = faceFix(e.text, c, ctx.policy);
      ctx.report({
        span: c.call.callee,
        message: faceMessage(c),
        citations: [{ law: 'PIPL', article: 28 }, ...rule.meta.citations],
        fix: fixes.length ? { kind: 'addTag', choices: fixes } : undefined,
      });
    }
  },
};
