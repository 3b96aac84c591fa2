/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and lists where the time went: self time per function, mapped back
 * to server/src through the bundle's source map when there is one, and inclusive time for chosen functions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMap } from 'node:module';

const maps = new Map();
function sourceMapFor(url) {
  if (!url.startsWith('file://')) return undefined;
  if (maps.has(url)) return maps.get(url);
  let map;
  try {
    map = new SourceMap(JSON.parse(fs.readFileSync(fileURLToPath(url) + '.map', 'utf8')));
  } catch {
    map = undefined;
  }
  maps.set(url, map);
  return map;
}

function where(frame, repoRoot) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return '(native)';
  const map = sourceMapFor(url);
  if (map && lineNumber >= 0) {
    const e = map.findEntry(lineNumber, columnNumber);
    if (e && e.originalSource) {
      let src = e.originalSource.replace(/^file:\/\//, '');
      const abs = path.resolve(path.dirname(fileURLToPath(url)), src);
      src = path.relative(repoRoot, abs).split(path.sep).join('/');
      return `${src}:${e.originalLine + 1}`;
    }
  }
  const file = url.startsWith('file://') ? path.relative(repoRoot, fileURLToPath(url)) : url;
  return `${file}:${lineNumber + 1}`;
}

/** Summary of a profile: total sampled ms, top functions by self time, self time by source area, and inclusive time of `inclusive` function names. */
export function summarizeProfile(file, repoRoot, { top = 15, inclusive = [] } = {}) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  const self = new Map();
  const areas = new Map();
  let total = 0;
  for (const [id, ms] of dt) {
    const n = byId.get(id);
    const name = n.callFrame.functionName || '(anonymous)';
    const loc = name.startsWith('(') && !n.callFrame.url ? '' : where(n.callFrame, repoRoot);
    const key = loc ? `${name} (${loc})` : name;
    self.set(key, (self.get(key) ?? 0) + ms);
    areas.set(area(loc, name), (areas.get(area(loc, name)) ?? 0) + ms);
    total += ms;
  }
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map(inclusive.map((name) => [name, 0]));
  for (const [id, ms] of dt) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (incl.has(name) && !seen.has(name)) {
        seen.add(name);
        incl.set(name, incl.get(name) + ms);
      }
    }
  }
  const rank = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    top: rank(self).slice(0, top).map(([fn, ms]) => ({ fn, ms, share: ms / total })),
    areas: rank(areas).map(([a, ms]) => ({ area: a, ms, share: ms / total })),
    inclusive: [...incl.entries()].map(([fn, ms]) => ({ fn, ms, share: ms / total })),
  };
}

function area(loc, name) {
  if (!loc) return name === '(garbage collector)' ? 'garbage collection' : name === '(program)' || name === '(idle)' ? 'V8/runtime (program, idle)' : 'native';
  if (loc.includes('node_modules/typescript/')) return 'typescript (parser, scanner)';
  if (loc.includes('node_modules/')) return 'other dependencies (' + loc.split('node_modules/')[1].split('/')[0] + ')';
  if (loc.startsWith('node:')) return 'node core (fs, path, ...)';
  const m = /^server\/src\/(engine\/[a-z]+|cli|lsp|[a-z]+)/.exec(loc);
  return m ? `server/src/${m[1]}` : loc.split(':')[0];
}
