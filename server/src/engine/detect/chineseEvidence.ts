/**
 * Evidence from Chinese text, in a name (手机号, 收货地址) or in documentation: the best Chinese term of the
 * lexicon, judged within its clause. 手机号正则 and 是否开启手机号登录 are not phone numbers; 收件人手机号 is the
 * recipient's phone.
 */
import type { Evidence, Source } from './evidence';
import { hasCjk } from './identifiers';
import { CHINESE_TERMS, CN_NEUTRAL_AFTER, CN_NEUTRAL_BEFORE, CN_PERSON_TERM, CN_WHETHER } from './lexicon';

/** The best Chinese term of the text, judged within its clause; `killed` when the text says it is not data. */
export function chineseEvidence(text: string, source: Source): { evidence?: Evidence; killed: boolean } {
  let best: Evidence | undefined;
  let killed = false;
  for (const clause of text.split(/[，。；;,.!?！？\n()（）：:、]+/)) {
    if (!hasCjk(clause)) continue;
    const matches: { start: number; end: number; weight: number; category: string; text: string; attribute?: boolean }[] = [];
    for (const t of CHINESE_TERMS) {
      t.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = t.re.exec(clause))) {
        matches.push({ start: m.index, end: m.index + m[0].length, weight: t.weight, category: t.category, text: m[0], attribute: t.attribute });
        if (m[0].length === 0) t.re.lastIndex++;
      }
    }
    if (matches.length === 0) continue;
    // Drop matches inside a longer one (手机 inside 手机号码).
    const kept = matches.filter((a) => !matches.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
    kept.sort((a, b) => b.weight - a.weight || b.end - a.end);
    // A person word before another term names whose data it is: 收件人手机号 is the recipient's phone, not a name.
    const person = kept[0];
    const owned = person.category === 'identity.name' && CN_PERSON_TERM.test(person.text) ? kept.find((m) => m.start >= person.end) : undefined;
    const top = owned ?? person;
    const before = clause.slice(0, top.start);
    const after = clause.slice(top.end);
    // 是否阳性 (whether positive) is itself medical data; 是否开启手机号登录 (whether phone login is on) is not.
    const flag = CN_WHETHER.test(clause) || CN_NEUTRAL_BEFORE.test(before);
    if (CN_NEUTRAL_AFTER.test(after) || (flag && !top.attribute)) {
      killed = true;
      continue;
    }
    if (!best || top.weight > best.score) {
      best = { category: top.category, score: top.weight, source, matched: top.text, kind: 'zh', attribute: top.attribute };
    }
  }
  return { evidence: best, killed: killed && !best };
}
