/**
 * Splits identifiers into lowercase words: camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE,
 * digits, and all-lowercase run-togethers ("phonenumber", "shoujihao", "kehuxingming") segmented
 * against a known vocabulary. Chinese (CJK) runs stay whole, for the Chinese term matcher.
 * Pure and allocation-light; results of the hot entry point are memoised.
 */

/** A run of CJK ideographs. */
export const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/;
const CJK_TEST = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function hasCjk(s: string): boolean {
  return CJK_TEST.test(s);
}

/**
 * Raw split without vocabulary: "receiverPhoneNo" -> receiver, phone, no; "XMLHttpRequest" -> xml, http,
 * request; "IPV4_REGEX" -> ipv, 4, regex; "x-real-ip" -> x, real, ip; "手机号" -> 手机号.
 */
export function rawWords(name: string): string[] {
  return rawPieces(name).map((p) => p.word);
}

/** Words with whether each one directly follows the previous (camel/Pascal case) or after a separator. */
function rawPieces(name: string): { word: string; joined: boolean }[] {
  const out: { word: string; joined: boolean }[] = [];
  const re = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  let m: RegExpExecArray | null;
  let end = -1;
  while ((m = re.exec(name))) {
    out.push({ word: m[0].toLowerCase(), joined: m.index === end });
    end = m.index + m[0].length;
  }
  return out;
}

/** Lowercase letters only, at least this long, before we try to segment a run-together word. */
const MIN_SEGMENT_LENGTH = 5;
const MAX_MERGE = 4;

/**
 * Segments `word` into vocabulary words (each at least 2 letters), fewest pieces first; undefined if it
 * cannot be covered completely. "headimgurl" -> head, img, url; "shouhuodizhi" -> shouhuo, dizhi.
 */
export function segment(word: string, vocab: ReadonlySet<string>, maxWord = 16): string[] | undefined {
  const n = word.length;
  // best[i]: fewest pieces covering word[0, i); prev[i]: where the last piece starts.
  const best = new Array<number>(n + 1).fill(Infinity);
  const prev = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let j = Math.min(n, i + maxWord); j >= i + 2; j--) {
      if (best[i] + 1 < best[j] && vocab.has(word.slice(i, j))) {
        best[j] = best[i] + 1;
        prev[j] = i;
      }
    }
  }
  if (best[n] === Infinity || best[n] < 2) return undefined;
  const pieces: string[] = [];
  for (let j = n; j > 0; j = prev[j]) pieces.unshift(word.slice(prev[j], j));
  return pieces;
}

/**
 * Words of an identifier, normalised against a vocabulary:
 * - adjacent pieces that only make sense together are merged ("Shou","Ji","Hao" -> shoujihao; "Ke","Hu" -> kehu)
 *   when the join is a vocabulary word and at least one piece is not;
 * - unknown all-letter words are segmented into vocabulary words when they can be covered completely.
 */
const memo = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
const MEMO_LIMIT = 50000;

export function splitWords(name: string, vocab: ReadonlySet<string>): string[] {
  let cache = memo.get(vocab);
  if (!cache) memo.set(vocab, (cache = new Map()));
  const hit = cache.get(name);
  if (hit) return hit.slice();
  const words = computeWords(name, vocab);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(name, words);
  return words.slice();
}

function computeWords(name: string, vocab: ReadonlySet<string>): string[] {
  const pieces = rawPieces(name);
  const raw = pieces.map((p) => p.word);
  const merged: string[] = [];
  for (let i = 0; i < raw.length; ) {
    let took = 1;
    for (let k = Math.min(MAX_MERGE, raw.length - i); k >= 2; k--) {
      const parts = raw.slice(i, i + k);
      if (!parts.every((p) => /^[a-z]+$/.test(p))) continue;
      // Only pieces written together (KeHu, ShouJiHao) merge; separators (x-real-ip, real_ip) keep words apart.
      if (!pieces.slice(i + 1, i + k).every((p) => p.joined)) continue;
      const joined = parts.join('');
      if (vocab.has(joined) && parts.some((p) => !vocab.has(p))) {
        merged.push(joined);
        took = k;
        break;
      }
    }
    if (took === 1) merged.push(raw[i]);
    i += took;
  }
  const out: string[] = [];
  for (const w of merged) {
    // Consonant-only runs are pinyin initials (dbsfzh, jtzz), not English words run together.
    if (w.length >= MIN_SEGMENT_LENGTH && !vocab.has(w) && /^[a-z]+$/.test(w) && /[aeiouv]/.test(w)) {
      const pieces = segment(w, vocab);
      if (pieces) {
        out.push(...pieces);
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

/** Words of free text (documentation, type text): identifiers split, everything else dropped. */
export function textWords(text: string, vocab: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const re = /[A-Za-z][A-Za-z0-9]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(...splitWords(m[0], vocab));
  return out;
}
