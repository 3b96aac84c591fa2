/**
 * The annotation grammar: reads the text of one @personalData / @crossBorder tag
 * (from the @ to the end of its line) into subjects and key=value pairs, off the scanner's tokens.
 * It never throws and never gives up: every problem becomes a TagSyntaxError on its exact span.
 */
import type { Localized, ParsedParam, ParsedWord, Span, TagName, TagSyntaxError, TagToken } from '../types';
import { closest } from '../text/similarity';
import { CATEGORY_ID, SIMPLE_ID, durationDays, keysFor, type KeyInfo } from './vocabulary';
import { lastOfPair, scanTagBody, startsPair } from './scanner';

export interface TagBody {
  subjects: ParsedWord[];
  params: ParsedParam[];
  errors: TagSyntaxError[];
  /** The tag name (text[tagSpan.start, start)) and the body, as the scanner reads them. */
  tokens: TagToken[];
}

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

function err(at: Span, en: string, zh: string, candidates?: string[]): TagSyntaxError {
  const span = { start: at.start, end: at.end };
  const message: Localized = { en, zh };
  return candidates && candidates.length ? { span, message, candidates } : { span, message };
}

/** Strip surrounding double quotes from a value. */
function unquote(raw: string): string {
  return raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
}

/**
 * Parse the body of a tag: text[start, end) is what follows the tag name on its line.
 * `tagSpan` is the whole tag, used to place "missing ..." errors.
 */
export function parseTagBody(tag: TagName, text: string, start: number, end: number, tagSpan: Span): TagBody {
  const tokens: TagToken[] = [];
  if (tagSpan.start < start) tokens.push({ role: 'tagName', start: tagSpan.start, end: start, text: text.slice(tagSpan.start, start) });
  scanTagBody(tag, text, start, end, tokens);
  const subjects: ParsedWord[] = [];
  const params: ParsedParam[] = [];
  const errors: TagSyntaxError[] = [];

  // Subjects: every word before the first key=value. Categories may be written "a, b" or "a,b".
  let k = 0;
  for (; k < tokens.length && !startsPair(tokens[k]); k++) {
    const t = tokens[k];
    if (t.role === 'stray') {
      errors.push(err(t, `Expected ${tag === 'personalData' ? 'a category id' : 'a destination'} here, not a quoted string.`, `此处应为${tag === 'personalData' ? '类别标识' : '目的地'}，而不是带引号的字符串。`));
    } else if (t.role === 'subject') {
      subjects.push({ text: t.text, span: { start: t.start, end: t.end } });
    }
  }

  if (tag === 'personalData') {
    if (subjects.length === 0) {
      errors.push(err(tagSpan, '@personalData needs at least one category, e.g. `@personalData contact.phone purpose=account`.', '@personalData 至少需要一个个人信息类别，例如 `@personalData contact.phone purpose=account`。'));
    }
    // An unreadable id is reported here and left out, so it is not also an unknown category.
    for (let i = subjects.length - 1; i >= 0; i--) {
      const s = subjects[i];
      if (!CATEGORY_ID.test(s.text)) {
        errors.unshift(err(s.span, `"${s.text}" is not a category id (dotted words such as contact.phone).`, `“${s.text}”不是有效的类别标识（应为 contact.phone 这样以点分隔的单词）。`));
        subjects.splice(i, 1);
      }
    }
  } else {
    if (subjects.length === 0) {
      errors.push(err(tagSpan, '@crossBorder needs a destination: an ISO 3166-1 country code (SG, US, HK...) or a destination defined in the policy.', '@crossBorder 需要一个目的地：ISO 3166-1 国家或地区代码（SG、US、HK 等）或政策文件中定义的目的地。'));
    } else if (subjects.length > 1) {
      const extra = subjects.slice(1);
      const span = { start: extra[0].span.start, end: extra[extra.length - 1].span.end };
      errors.push(err(span, '@crossBorder takes one destination; write one tag per destination, and put what is sent in categories=.', '@crossBorder 只能有一个目的地；每个目的地写一个标签，出境的类别写在 categories= 中。'));
    }
    for (const s of subjects.slice(0, 1)) {
      if (!SIMPLE_ID.test(s.text)) {
        errors.push(err(s.span, `"${s.text}" is not a destination (a country code such as SG, or a destination id from the policy).`, `“${s.text}”不是有效的目的地（应为 SG 这样的国家或地区代码，或政策文件中的目的地标识）。`));
      }
    }
    subjects.splice(1);
  }

  // key=value pairs.
  const known = keysFor(tag);
  const seen = new Map<string, ParsedParam>();
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.role === 'stray' && !startsPair(t)) {
      errors.push(err(t, `Expected key=value, found "${t.text}". Categories come before the first key=value.`, `此处应为 key=value，实际为“${t.text}”。类别必须写在第一个 key=value 之前。`));
      continue;
    }
    if (t.role === 'stray') {
      // "=value": a pair with no key.
      if (t.unterminated) errors.push(err({ start: t.start + 1, end: t.end }, 'Unterminated quoted value: add the closing ".', '带引号的值缺少结尾的引号 "。'));
      else errors.push(err(t, '"" is not a key.', '“”不是有效的键。'));
      continue;
    }
    if (t.role !== 'key') continue;
    // The pair: its key, '=' and every token after that carries its key (a list may go on after ", ").
    const eq = tokens[k + 1].start;
    const unterminated = tokens[k + 2]?.role === 'value' && tokens[k + 2].unterminated === true;
    k = lastOfPair(tokens, k);
    const pairEnd = tokens[k].end;
    const key = t.text;
    const keySpan = { start: t.start, end: eq };
    const rawValue = text.slice(eq + 1, pairEnd);
    const valueSpan = { start: eq + 1, end: pairEnd };
    if (unterminated) {
      errors.push(err(valueSpan, 'Unterminated quoted value: add the closing ".', '带引号的值缺少结尾的引号 "。'));
      continue;
    }
    if (!KEY.test(key)) {
      errors.push(err(keySpan, `"${key}" is not a key.`, `“${key}”不是有效的键。`));
      continue;
    }
    const info = known.find((x) => x.key === key);
    if (!info) {
      const candidates = closest(key, known.map((x) => x.key));
      const hint = candidates.length ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '';
      const hintZh = candidates.length ? `是否应为 ${candidates.map((c) => `“${c}”`).join(' 或 ')}？` : '';
      errors.push(err(keySpan, `Unknown key "${key}" for @${tag}.${hint} Known keys: ${known.map((x) => x.key).join(', ')}.`, `@${tag} 没有键“${key}”。${hintZh}可用的键：${known.map((x) => x.key).join('、')}。`, candidates));
      continue;
    }
    const value = info.categoryList ? unquote(rawValue).replace(/\s+/g, '') : unquote(rawValue);
    const param: ParsedParam = { key, keySpan, value, valueSpan, span: { start: t.start, end: pairEnd } };
    const valueError = checkValue(info, value, valueSpan);
    if (valueError) {
      errors.push(valueError);
      continue;
    }
    if (seen.has(key)) {
      errors.push(err(param.span, `"${key}" is given twice; keep one.`, `“${key}”重复出现；请只保留一个。`));
      continue;
    }
    seen.set(key, param);
    params.push(param);
  }

  const mechanism = seen.get('mechanism');
  const exemption = seen.get('exemption');
  if (exemption && mechanism && mechanism.value !== 'exempt') {
    errors.push(err(exemption.span, `exemption= only goes with mechanism=exempt (here mechanism=${mechanism.value}).`, `exemption= 只能与 mechanism=exempt 同用（此处为 mechanism=${mechanism.value}）。`));
  }
  return { subjects, params, errors, tokens };
}

function checkValue(info: KeyInfo, value: string, span: Span): TagSyntaxError | undefined {
  if (value.length === 0) {
    return err(span, `${info.key}= needs a value.`, `${info.key}= 缺少值。`);
  }
  if (info.values) {
    const ids = info.values.map((v) => v.id);
    if (!ids.includes(value)) {
      const candidates = closest(value, ids);
      return err(span, `"${value}" is not a valid ${info.key}. Use one of: ${ids.join(', ')}.`, `“${value}”不是有效的 ${info.key}。可选值：${ids.join('、')}。`, candidates);
    }
  }
  if (info.duration && durationDays(value) === undefined) {
    return err(span, `"${value}" is not a retention period. Write a number and a unit: 30d, 8w, 6m, 3y.`, `“${value}”不是有效的保存期限。请写数字加单位：30d、8w、6m、3y。`);
  }
  if (info.categoryList) {
    for (const part of value.split(',').map((s) => s.trim())) {
      if (!CATEGORY_ID.test(part)) {
        return err(span, `"${part}" in ${info.key}= is not a category id.`, `${info.key}= 中的“${part}”不是有效的类别标识。`);
      }
    }
  }
  if (!info.values && !info.duration && !info.categoryList && info.key !== 'pia' && !SIMPLE_ID.test(value)) {
    return err(span, `"${value}" is not a valid ${info.key} id (letters, digits, '.', '_' and '-').`, `“${value}”不是有效的 ${info.key} 标识（只能包含字母、数字、“.”、“_”和“-”）。`);
  }
  return undefined;
}
