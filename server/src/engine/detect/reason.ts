/**
 * The reason shown with a detection, in English and Chinese: what decided it (the name, the documentation or the
 * type), what qualified it (a person word in the name, the owner, whose the documentation says it is), and the
 * evidence that agrees.
 */
import type { Localized } from '../types';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import type { DetectContext, Evidence } from './evidence';
import type { Owner } from './owner';

const LABELS = new Map(BUILTIN_CATEGORIES.map((c) => [c.id, c.label]));

function labelOf(category: string): Localized {
  const l = LABELS.get(category) ?? { en: category, zh: category };
  const en = /^[A-Z][a-z]/.test(l.en) ? l.en[0].toLowerCase() + l.en.slice(1) : l.en;
  return { en, zh: l.zh };
}

function fromName(name: string, top: Evidence, label: Localized): Localized {
  const matched = top.matched;
  const whole = matched.replace(/ /g, '') === name.toLowerCase();
  if (top.kind === 'pinyin') {
    return {
      en: `"${name}" ${whole ? 'is' : `contains "${matched}",`} pinyin for ${top.zh} (${label.en}).`,
      zh: `“${name}”${whole ? '是' : `中的“${matched}”是`}“${top.zh}”的拼音（${label.zh}）。`,
    };
  }
  if (top.kind === 'initials') {
    return { en: `"${name}" reads as the pinyin initials of ${top.zh} (${label.en}).`, zh: `“${name}”是“${top.zh}”的拼音首字母缩写（${label.zh}）。` };
  }
  if (top.kind === 'zh') return { en: `The name "${name}" says ${matched} (${label.en}).`, zh: `名称“${name}”含“${matched}”（${label.zh}）。` };
  if (top.qualifier) {
    return {
      en: `The name "${name}" suggests ${label.en} ("${matched}" qualified by "${top.qualifier}").`,
      zh: `名称“${name}”表明其保存${label.zh}（“${top.qualifier}”限定的“${matched}”）。`,
    };
  }
  return { en: `The name "${name}" suggests ${label.en} ("${matched}").`, zh: `名称“${name}”表明其保存${label.zh}（“${matched}”）。` };
}

function fromDoc(top: Evidence, label: Localized): Localized {
  const p = top.possessor?.person ? top.possessor.word : undefined;
  return {
    en: `Its documentation says ${p ? `a ${p}'s ` : ''}"${top.matched}" (${label.en}).`,
    zh: `其文档注释写明${p ? `“${p}”的` : ''}“${top.matched}”（${label.zh}）。`,
  };
}

/** Why the top evidence says its category; `also` are the agreeing evidences after it. */
export function reasonFor(name: string, context: DetectContext, owner: Owner | undefined, top: Evidence, also: Evidence[]): Localized {
  const label = labelOf(top.category);
  const main = top.source === 'name' ? fromName(name, top, label) : top.source === 'doc' ? fromDoc(top, label)
    : { en: `Its type ${context.typeText} suggests ${label.en}.`, zh: `其类型 ${context.typeText} 表明其保存${label.zh}。` };
  let { en, zh } = main;
  if (owner && top.owner === 'person') {
    en += ` Its owner ${owner.name} is a person ("${owner.decidedBy}").`;
    zh += `其所属的 ${owner.name} 指人（“${owner.decidedBy}”）。`;
  } else if (owner && top.owner === 'address') {
    en += ` Its owner ${owner.name} is an address.`;
    zh += `其所属的 ${owner.name} 是地址。`;
  } else if (owner && top.owner === 'words') {
    en += ` Its owner ${owner.name} makes that clear.`;
    zh += `其所属的 ${owner.name} 使含义明确。`;
  }
  if (top.source !== 'doc' && also.some((e) => e.source === 'doc')) {
    en += ' Its documentation agrees.';
    zh += '文档注释与此一致。';
  }
  if (top.source !== 'type' && also.some((e) => e.source === 'type')) {
    en += ` Its type ${context.typeText} agrees.`;
    zh += `其类型 ${context.typeText} 与此一致。`;
  }
  return { en, zh };
}
