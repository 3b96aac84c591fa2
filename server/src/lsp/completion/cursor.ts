/** Where the cursor stands in the grammar of a tag body, and what the rest of the line says. */
import type { TagName } from '../../engine/types';
import type { LineFacts } from './request';
import { tokenize, type Tok } from './tokens';

export interface BodyCursor {
  /** The token the cursor is in (past its first character), if any. */
  cur?: Tok;
  /** The span being completed: the current token, or an empty span at the cursor. */
  curStart: number;
  curEnd: number;
  /** The subjects written before the cursor. */
  subjects: string[];
  /** No key=value comes before the cursor: it is still among the subjects. */
  inSubjects: boolean;
  /** The token before the cursor ends with a comma. */
  prevEndsWithComma: boolean;
  /** `key=a, |`: the key whose list the cursor goes on with (the grammar reads a list on after a comma and a space). */
  continuedKey?: string;
  /** Everything the line states except the token being edited. */
  facts: LineFacts;
}

/** Replay the grammar over text[bodyStart, lineEnd), the body of `tag`, with the cursor at `offset`. */
export function readBody(tag: TagName, text: string, offset: number, bodyStart: number, lineEnd: number): BodyCursor {
  const toks = tokenize(text, bodyStart, lineEnd);
  let curIndex = toks.findIndex((t) => t.start < offset && offset <= t.end);
  const cur: Tok | undefined = curIndex >= 0 ? toks[curIndex] : undefined;
  if (curIndex < 0) curIndex = toks.findIndex((t) => t.start >= offset);
  if (curIndex < 0) curIndex = toks.length;
  const before = toks.slice(0, curIndex);
  const after = toks.slice(cur ? curIndex + 1 : curIndex);

  // Replay the grammar over the tokens before the cursor.
  const subjects: string[] = [];
  let inSubjects = true;
  let lastParam: { key: string; value: string } | undefined;
  for (const t of before) {
    if (inSubjects && t.eq < 0) {
      if (!t.text.startsWith('"')) subjects.push(...t.text.split(',').filter((p) => p.length > 0));
      continue;
    }
    inSubjects = false;
    if (t.eq >= 0) lastParam = { key: text.slice(t.start, t.eq), value: text.slice(t.eq + 1, t.end) };
    else if (lastParam && lastParam.value.endsWith(',')) lastParam.value += ' ' + t.text;
    else lastParam = undefined;
  }
  const last = before.length > 0 ? before[before.length - 1] : undefined;
  const continuesList = !!lastParam && lastParam.value.endsWith(',') && !!last && !last.text.includes('"');

  // Everything the line states (except the token being edited), for used keys and dependent values.
  const params = new Map<string, string>();
  let pending: string | undefined;
  for (const t of [...before, ...after]) {
    if (t.eq >= 0) {
      const key = text.slice(t.start, t.eq);
      if (!params.has(key)) params.set(key, text.slice(t.eq + 1, t.end));
      pending = t.text.endsWith(',') ? key : undefined;
    } else if (pending) {
      params.set(pending, `${params.get(pending)} ${t.text}`);
      pending = t.text.endsWith(',') ? pending : undefined;
    }
  }
  const allSubjects = [...subjects];
  if (inSubjects) {
    for (const t of after) {
      if (t.eq >= 0) break;
      allSubjects.push(...t.text.split(',').filter((p) => p.length > 0 && !p.startsWith('"')));
    }
  }

  return {
    cur,
    curStart: cur?.start ?? offset,
    curEnd: cur?.end ?? offset,
    subjects,
    inSubjects,
    prevEndsWithComma: !!last && last.text.endsWith(','),
    continuedKey: continuesList ? lastParam!.key : undefined,
    facts: { tag, subjects: allSubjects, params },
  };
}
