/** The reason shown with a detection, in English and Chinese: what was found where, and in which category. */
import type { Localized } from '../types';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import type { DetectContext, Evidence } from './evidence';

const LABELS = new Map(BUILTIN_CATEGORIES.map((c) => [c.id, c.label]));

function labelOf(category: string): Localized {
  const l = LABELS.get(category) ?? { en: category, zh: category };
  const en = /^[A-Z][a-z]/.test(l.en) ? l.en[0].toLowerCase() + l.en.slice(1) : l.en;
  return { en, zh: l.zh };
}

/** Why the top evidence says its category; `also` are the agreeing evidences after it. */
export function reasonFor(name: string, context: DetectContext, top: Evidence, also: Evidence[]): Localized {
  const label = labelOf(top.category);
  let en: string;
  let zh: string;
  const matched = top.matched;
  if (top.source === 'name') {
    if (top.kind === 'pinyin') {
      en = `"${name}" ${matched.replace(/ /g, '') === name.toLowerCase() ? 'is' : `contains "${matched}",`} pinyin for ${top.zh} (${label.en}).`;
      zh = `“${name}”${matched.replace(/ /g, '') === name.toLowerCase() ? '是' : `中的“${matched}”是`}“${top.zh}”的拼音（${label.zh}）。`;
    } else if (top.kind === 'initials') {
      en = `"${name}" reads as the pinyin initials of ${top.zh} (${label.en}).`;
      zh = `“${name}”是“${top.zh}”的拼音首字母缩写（${label.zh}）。`;
    } else if (top.kind === 'zh') {
      en = `The name "${name}" says ${matched} (${label.en}).`;
      zh = `名称“${name}”含“${matched}”（${label.zh}）。`;
    } else {
      en = `The name "${name}" suggests ${label.en} ("${matched}").`;
      zh = `名称“${name}”表明其保存${label.zh}（“${matched}”）。`;
    }
  } else if (top.source === 'doc') {
    en = `Its documentation mentions "${matched}" (${label.en}).`;
    zh = `其文档注释提到“${matched}”（${label.zh}）。`;
  } else {
    en = `Its type ${context.typeText} suggests ${label.en}.`;
    zh = `其类型 ${context.typeText} 表明其保存${label.zh}。`;
  }
  if (also.some((e) => e.source === 'doc') && top.source !== 'doc') {
    en += ' Its documentation agrees.';
    zh += '文档注释与此一致。';
  }
  if (context.ownerName && top.source === 'name' && top.term && (top.term.weight < 0.6)) {
    en += ` (In ${context.ownerName}.)`;
    zh += `（位于 ${context.ownerName}。）`;
  }
  return { en, zh };
}
