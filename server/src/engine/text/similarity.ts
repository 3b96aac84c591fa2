/** Edit distance and "did you mean" helpers shared by the grammar and the rules. */

/** Damerau-Levenshtein distance (optimal string alignment), bounded for speed. Three rolling rows, no matrix. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let row = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length];
}

/**
 * The known ids closest to `word`, best first. Case differences cost nothing extra beyond one edit,
 * and a candidate is kept only when it is close relative to its length.
 */
export function closest(word: string, known: Iterable<string>, limit = 3): string[] {
  const lower = word.toLowerCase();
  const budget = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const scored: { id: string; score: number }[] = [];
  for (const id of known) {
    const idLower = id.toLowerCase();
    let score: number;
    if (idLower === lower) score = 0.25;
    else {
      score = editDistance(lower, idLower, budget);
      // "phone" for "contact.phone": the last segment alone matches.
      const last = idLower.slice(idLower.lastIndexOf('.') + 1);
      if (score > budget && last !== idLower && last.length >= 3) score = editDistance(lower, last, budget) + 0.5;
    }
    if (score > 0 && score <= budget + 0.5) scored.push({ id, score });
  }
  scored.sort((x, y) => x.score - y.score || x.id.localeCompare(y.id));
  const best = scored.length ? scored[0].score : 0;
  return scored.filter((s) => s.score <= best + 1).slice(0, limit).map((s) => s.id);
}

const remembered = new WeakMap<object, Map<string, string[]>>();

/**
 * closest(), remembered per `owner` of the known ids (a taxonomy, a policy's purposes), which must not change while
 * it lives: a file with many unknown ids asks the same questions after every keystroke.
 */
export function closestOf(owner: object, word: string, known: () => Iterable<string>): string[] {
  let answers = remembered.get(owner);
  if (!answers) remembered.set(owner, (answers = new Map()));
  let found = answers.get(word);
  if (!found) answers.set(word, (found = closest(word, known())));
  return found;
}
