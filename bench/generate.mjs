#!/usr/bin/env node
/**
 * Deterministic generator of realistic workspaces for the benchmarks (and the smoke test).
 *
 * A workspace is a monorepo of packages (packages/pkg-NNN/src/{models,services,api,utils,components,legacy,scripts}),
 * N files of TS / TSX / JS / JSX / MJS / CJS with imports between them, interfaces, classes and functions,
 * about 2% of declarations annotated, @crossBorder functions taking annotated types from other files, and one
 * privacy-policy.yaml. The same seed and size give byte-identical files on every machine.
 *
 * It returns (and writes to bench-manifest.json) a manifest of what it planted:
 *   - `planted`: deliberately wrong tags, each with the rule ids the CLI must report on its line today;
 *   - `crossFile`: @crossBorder functions taking a @personalData type from another file, `consistent` or not
 *     (the type carries categories the transfer does not declare). No rule checks that yet (workspace
 *     intelligence); the cases are there so the numbers include them once it lands.
 *
 * Usage: node bench/generate.mjs --files 1000 [--seed 1] [--out DIR [--dense]]   (default DIR: bench/workspaces/ws-s<seed>-n<files>-g<version>)
 *        node bench/generate.mjs --edit [--seed 1]                       (the 5,000-line file of the edit-latency scenario)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Rng } from './lib/random.mjs';
import {
  CATEGORY_FIELDS,
  CB_PROBLEMS,
  DESTINATIONS,
  ENTITIES,
  FIELD_NAMES,
  FIELD_TYPES,
  PD_PROBLEMS,
  POLICY_YAML,
  PURPOSES,
  QUALIFIERS,
  RETENTIONS,
  STATUS,
  VERBS,
} from './lib/vocabulary.mjs';

/** Bump when the output changes, so cached workspaces are regenerated. */
export const GENERATOR_VERSION = 2;
export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const WORKSPACES_DIR = path.join(BENCH_DIR, 'workspaces');
export const MANIFEST_NAME = 'bench-manifest.json';
export const POLICY_NAME = 'privacy-policy.yaml';

// --- probabilities (tuned so that about 2% of declarations carry a tag) ---------------------------------------
const KINDS = [
  ['model', 20],
  ['service', 24],
  ['api', 7],
  ['util', 12],
  ['component', 15],
  ['jsmodule', 14],
  ['jsx', 2],
  ['mjs', 3],
  ['cjs', 3],
];
const AREA = { model: 'models', service: 'services', api: 'api', util: 'utils', component: 'components', jsmodule: 'legacy', jsx: 'legacy/views', mjs: 'scripts', cjs: 'scripts' };
const EXT = { model: '.ts', service: '.ts', api: '.ts', util: '.ts', component: '.tsx', jsmodule: '.js', jsx: '.jsx', mjs: '.mjs', cjs: '.cjs' };
export const DEFAULT_RATES = {
  /** Share of model files that hold personal data at all, and of their interfaces that are tagged (x2). */
  personalModelFile: 0.5,
  personalInterface: 0.2,
  /** A @crossBorder function in a service / api file, in a JS module. */
  crossBorderService: 0.09,
  crossBorderJs: 0.03,
  /** Tagged props in components; a tagged class in JS modules (x4). */
  taggedComponent: 0.05,
  taggedJs: 0.05,
  /** Of the tags, the share that is deliberately wrong. */
  plantedPersonalData: 0.08,
  plantedCrossBorder: 0.2,
  /** Of the @crossBorder functions that take an annotated type from another file, those that under-declare. */
  crossFileInconsistent: 0.4,
  /** A service file with one or two outbound calls (Twilio, SendGrid, fetch...; see OUTBOUND). */
  outboundService: 0.1,
};
/** Denser tags and problems, so that a small workspace (the smoke test's) still holds every kind of case. */
export const DENSE_RATES = { ...DEFAULT_RATES, personalModelFile: 0.9, personalInterface: 0.4, crossBorderService: 0.5, crossBorderJs: 0.3, taggedComponent: 0.3, taggedJs: 0.2, plantedPersonalData: 0.3, plantedCrossBorder: 0.3, crossFileInconsistent: 0.5, outboundService: 0.6 };
/** The rates of the generation under way (set by generateWorkspace / generateEditFile). */
let R = DEFAULT_RATES;

// --- small helpers ----------------------------------------------------------------------------------------------

const pad = (n, w = 3) => String(n).padStart(w, '0');
const lcFirst = (s) => s[0].toLowerCase() + s.slice(1);
const posix = (p) => p.split(path.sep).join('/');

class Out {
  constructor() {
    this.lines = [];
  }
  push(...lines) {
    for (const l of lines) this.lines.push(l);
  }
  /** 1-based number of the next line pushed. */
  get next() {
    return this.lines.length + 1;
  }
  text() {
    return this.lines.join('\n') + '\n';
  }
}

/** What one file's rendering records. */
class FileCtx {
  constructor(rng, file, manifest) {
    this.rng = rng;
    this.file = file;
    this.out = new Out();
    this.manifest = manifest;
    this.names = new Set();
    this.counter = 0;
  }
  decl(n = 1) {
    this.manifest.declarations += n;
  }
  unique(base) {
    let name = base;
    for (let i = 2; this.names.has(name); i++) name = `${base}${i}`;
    this.names.add(name);
    return name;
  }
  v(base) {
    return `${base}${++this.counter}`;
  }
  /** Record a tag written on the next line. */
  tag(kind, planted) {
    const line = this.out.next;
    if (kind === 'personalData') this.manifest.tags.personalData++;
    else this.manifest.tags.crossBorder++;
    if (planted) this.manifest.planted.push({ file: this.file.rel, line, kind: planted.kind, rules: planted.rules });
    return line;
  }
  /**
   * A JSDoc block: summary line(s), tags (each { text, kind, planted }) and further lines (e.g. @param).
   * Returns the line of each tag.
   */
  doc(indent, summary, tags = [], extra = []) {
    const lines = [];
    if (!summary && tags.length === 1 && extra.length === 0 && this.rng.chance(0.5)) {
      lines.push(this.tag(tags[0].kind, tags[0].planted));
      this.out.push(`${indent}/** ${tags[0].text} */`);
      return lines;
    }
    this.out.push(`${indent}/**`);
    if (summary) this.out.push(`${indent} * ${summary}`);
    for (const t of tags) {
      lines.push(this.tag(t.kind, t.planted));
      this.out.push(`${indent} * ${t.text}`);
    }
    for (const e of extra) this.out.push(`${indent} * ${e}`);
    this.out.push(`${indent} */`);
    return lines;
  }
}

// --- tags -------------------------------------------------------------------------------------------------------

function cleanPersonalData(rng, purposeName, cats) {
  const purpose = PURPOSES[purposeName];
  let text = `@personalData ${cats.join(', ')} purpose=${purposeName}`;
  // A purpose without retention needs one on the tag; otherwise a shorter one now and then, never a longer one.
  const shorter = RETENTIONS.filter(([, months]) => purpose.months === 0 || months <= purpose.months);
  if (purpose.months === 0 || rng.chance(0.15)) text += ` retention=${rng.pick(shorter)[0]}`;
  return { kind: 'personalData', text, cats };
}

function pickPurpose(rng) {
  return rng.weighted(Object.entries(PURPOSES).map(([name, p]) => [name, p.weight]));
}

/** A @personalData tag: clean, or (rarely) one of the deliberate problems. */
function personalDataTag(rng, purposeName = pickPurpose(rng), k = rng.int(1, 3)) {
  if (rng.chance(R.plantedPersonalData)) {
    const p = rng.pick(PD_PROBLEMS);
    return { kind: 'personalData', text: p.text, cats: [], planted: p };
  }
  const cats = rng.sample(PURPOSES[purposeName].cats, k);
  return cleanPersonalData(rng, purposeName, cats);
}

function crossBorderTag(rng, dest, cats) {
  return { kind: 'crossBorder', text: DESTINATIONS[dest].tag(cats), cats };
}

function plantedCrossBorder(rng) {
  const p = rng.pick(CB_PROBLEMS);
  return { kind: 'crossBorder', text: p.text, planted: p };
}

// --- code fragments ---------------------------------------------------------------------------------------------

function literal(rng) {
  return rng.pick(["''", '0', 'null', 'false', "'n/a'", '[]', `'${rng.pick(STATUS)}'`, String(rng.int(1, 500))]);
}

/** Statements of a function body (already indented by `ind`). */
function body(ctx, ind, params, opts) {
  const { rng, out } = ctx;
  const ts = opts.ts;
  const n = opts.statements;
  const p = params.length ? params : ['input'];
  const total = ctx.v('total');
  out.push(`${ind}let ${total} = 0;`);
  for (let i = 0; i < n; i++) {
    const a = rng.pick(p);
    const f = rng.pick(FIELD_NAMES);
    const e = rng.pick(ENTITIES);
    switch (rng.int(0, 11)) {
      case 0: {
        out.push(`${ind}const ${ctx.v(f)} = ${a}.${f} ?? ${literal(rng)};`);
        break;
      }
      case 1: {
        out.push(`${ind}if (!${a}.${f}) {`, `${ind}  throw new Error('${e} ${f} is missing');`, `${ind}}`);
        break;
      }
      case 2: {
        out.push(`${ind}for (const item of ${a}.${rng.pick(['items', 'lines', 'entries', 'tags'])} ?? []) {`, `${ind}  ${total} += Number(item.${f} ?? 0);`, `${ind}}`);
        break;
      }
      case 3: {
        if (opts.async) out.push(`${ind}const ${ctx.v(lcFirst(e))} = await ${rng.pick(['this.repo', 'client', 'api', 'store'])}.${rng.pick(VERBS)}${e}(${a}.${f});`);
        else out.push(`${ind}const ${ctx.v(lcFirst(e))} = ${rng.pick(VERBS)}${e}(${a}.${f});`);
        break;
      }
      case 4: {
        out.push(`${ind}logger.debug('${rng.pick(VERBS)} ${lcFirst(e)}', { ${f}: ${a}.${f}, total: ${total} });`);
        break;
      }
      case 5: {
        const list = ctx.v('list');
        out.push(`${ind}const ${list} = (${a}.items ?? []).filter((x${ts ? ': { ' + f + '?: unknown }' : ''}) => x.${f} !== undefined);`);
        out.push(`${ind}${total} += ${list}.length;`);
        break;
      }
      case 6: {
        out.push(`${ind}const ${ctx.v('mapped')} = (${a}.items ?? []).map((x) => ({ ...x, ${f}: String(x.${f}) }));`);
        break;
      }
      case 7: {
        const [s1, s2] = rng.sample(STATUS, 2);
        out.push(`${ind}switch (${a}.status) {`, `${ind}  case '${s1}':`, `${ind}    ${total} += ${rng.int(1, 9)};`, `${ind}    break;`, `${ind}  case '${s2}':`, `${ind}    return ${literal(rng)};`, `${ind}  default:`, `${ind}    ${total} -= 1;`, `${ind}}`);
        break;
      }
      case 8: {
        out.push(`${ind}// ${rng.pick(['TODO', 'NOTE', 'Keep in sync with', 'See'])} ${e} ${rng.pick(QUALIFIERS).toLowerCase()} handling (${rng.pick(VERBS)}).`);
        break;
      }
      case 9: {
        out.push(`${ind}const ${ctx.v('index')} = new Map${ts ? '<string, number>' : ''}();`);
        break;
      }
      case 10: {
        out.push(`${ind}try {`, `${ind}  ${total} += JSON.stringify(${a}).length;`, `${ind}} catch (err) {`, `${ind}  logger.warn('cannot serialise ${lcFirst(e)}', err);`, `${ind}}`);
        break;
      }
      default: {
        out.push(`${ind}${total} += ${a}.${f} ? ${rng.int(1, 20)} : 0;`);
      }
    }
  }
  out.push(`${ind}return ${opts.returns ?? total};`);
}

// --- the plan: files, packages and what each exports -----------------------------------------------------------

function planWorkspace(rng, count) {
  const packages = [];
  const files = [];
  let remaining = count;
  for (let p = 0; remaining > 0; p++) {
    const size = count <= 150 ? remaining : Math.min(remaining, rng.int(60, 140));
    const pkg = { name: `pkg-${pad(p)}`, dir: `packages/pkg-${pad(p)}`, files: 0, first: files.length };
    const stems = new Set();
    for (let j = 0; j < size; j++) {
      const kind = rng.weighted(KINDS);
      const entity = rng.pick(ENTITIES);
      let stem = lcFirst(entity) + rng.pick(QUALIFIERS);
      for (let i = 2; stems.has(`${AREA[kind]}/${stem}`); i++) stem = lcFirst(entity) + rng.pick(QUALIFIERS) + i;
      stems.add(`${AREA[kind]}/${stem}`);
      const rel = `${pkg.dir}/src/${AREA[kind]}/${stem}${EXT[kind]}`;
      files.push({ index: files.length, kind, rel, entity, pkg: p });
    }
    pkg.files = size;
    packages.push(pkg);
    remaining -= size;
  }
  for (const f of files) planExports(rng, f);
  return { packages, files };
}

function planExports(rng, f) {
  const names = new Set();
  const unique = (base) => {
    let n = base;
    for (let i = 2; names.has(n); i++) n = `${base}${i}`;
    names.add(n);
    return n;
  };
  if (f.kind === 'model') {
    const personalFile = rng.chance(R.personalModelFile);
    f.interfaces = [];
    const k = rng.skewed(3, 0.4, 1, 8);
    for (let i = 0; i < k; i++) {
      const iface = { name: unique(f.entity + rng.pick(QUALIFIERS)), personal: undefined, owner: f };
      if (personalFile && rng.chance(R.personalInterface * 2)) iface.personal = planPersonal(rng);
      f.interfaces.push(iface);
    }
  } else if (f.kind === 'util' || f.kind === 'jsmodule' || f.kind === 'mjs' || f.kind === 'cjs') {
    f.functions = [];
    const k = rng.skewed(5, 0.4, 1, 16);
    for (let i = 0; i < k; i++) f.functions.push(unique(rng.pick(VERBS) + rng.pick(ENTITIES) + (rng.chance(0.3) ? rng.pick(QUALIFIERS) : '')));
  } else if (f.kind === 'service' || f.kind === 'api') {
    f.className = unique(f.entity + (f.kind === 'api' ? 'Controller' : 'Service'));
  } else {
    f.component = unique(f.entity + rng.pick(['Card', 'List', 'Panel', 'Form', 'Row', 'Badge', 'Dialog', 'Page']));
  }
}

/** How an interface holds personal data: a tag on the interface, on some properties, or both. */
function planPersonal(rng) {
  const purpose = pickPurpose(rng);
  const mode = rng.weighted([['interface', 4], ['props', 4], ['both', 2]]);
  const personal = { purpose, ifaceTag: undefined, propTags: [], cats: new Set(), clean: true };
  if (mode !== 'props') {
    personal.ifaceTag = personalDataTag(rng, purpose);
  }
  if (mode !== 'interface') {
    const k = rng.int(1, 3);
    for (let i = 0; i < k; i++) personal.propTags.push(personalDataTag(rng, purpose, 1));
  }
  for (const t of [personal.ifaceTag, ...personal.propTags]) {
    if (!t) continue;
    if (t.planted) personal.clean = false;
    for (const c of t.cats) personal.cats.add(c);
  }
  personal.cats = [...personal.cats].sort();
  return personal;
}

/** Specifier to import `to` from `from` (both workspace-relative). */
function specifier(from, to, js) {
  let rel = path.posix.relative(path.posix.dirname(from), to.replace(/\.(tsx?|jsx?|mjs|cjs)$/, ''));
  if (!rel.startsWith('.')) rel = './' + rel;
  return js ? rel + (to.endsWith('.ts') || to.endsWith('.tsx') ? '' : '.js') : rel;
}

// --- renderers --------------------------------------------------------------------------------------------------

function fieldsOf(ctx, ind, iface, importedTypes, count) {
  const { rng, out } = ctx;
  const used = new Set(['id']);
  out.push(`${ind}id: string;`);
  ctx.decl();
  const personalProps = iface.personal?.propTags ?? [];
  const slots = Math.max(count, personalProps.length + 1);
  const personalAt = new Map(rng.sample([...Array(slots).keys()], personalProps.length).map((s, i) => [s, personalProps[i]]));
  for (let i = 0; i < slots; i++) {
    const pt = personalAt.get(i);
    let name;
    let type;
    if (pt) {
      const cat = pt.cats[0];
      name = cat ? rng.pick(CATEGORY_FIELDS[cat] ?? ['personalValue']) : rng.pick(['mobile', 'email', 'address', 'transcript', 'faceTemplate']);
      type = cat === 'online.activity' ? 'string[]' : cat === 'biometric.face' ? 'Uint8Array' : 'string';
      while (used.has(name)) name += '2';
      ctx.doc(ind, rng.chance(0.4) ? `The ${name.replace(/([A-Z])/g, ' $1').toLowerCase()} as the customer entered it.` : '', [pt]);
    } else {
      name = rng.pick(FIELD_NAMES);
      while (used.has(name)) name = rng.pick(FIELD_NAMES) + rng.int(2, 9);
      if (importedTypes.length && rng.chance(0.15)) {
        type = rng.pick(importedTypes);
        (iface.refs ??= []).push(type);
      } else {
        type = rng.pick(FIELD_TYPES);
      }
      if (rng.chance(0.25)) out.push(`${ind}/** ${rng.pick(['When set,', 'Always', 'Usually', 'Only for'])} ${name} ${rng.pick(['comes from the upstream system.', 'is shown to staff.', 'is kept for audits.', 'may be empty.'])} */`);
    }
    used.add(name);
    out.push(`${ind}${name}${rng.chance(0.2) ? '?' : ''}: ${type};`);
    ctx.decl();
  }
}

function renderModel(ctx, plan) {
  const { rng, out, file } = ctx;
  out.push(`// ${file.entity} models of ${plan.packages[file.pkg].name}.`);
  const importable = nearbyModels(rng, plan, file, rng.int(0, 2));
  const importedTypes = [];
  file.imported = new Map();
  for (const m of importable) {
    const t = m.interfaces[0].name;
    if (importedTypes.includes(t) || file.interfaces.some((i) => i.name === t)) continue;
    importedTypes.push(t);
    file.imported.set(t, m.interfaces[0]);
    out.push(`import type { ${t} } from '${specifier(file.rel, m.rel, false)}';`);
  }
  out.push('');
  const idType = ctx.unique(`${file.entity}Ref`);
  out.push(`export type ${idType} = string & { readonly __brand: '${idType}' };`, '');
  ctx.decl();
  if (rng.chance(0.35)) {
    const en = ctx.unique(`${file.entity}Status`);
    out.push(`export enum ${en} {`);
    for (const s of rng.sample(STATUS, rng.int(3, 6))) out.push(`  ${s[0].toUpperCase() + s.slice(1)} = '${s}',`);
    out.push('}', '');
    ctx.decl();
  }
  for (const iface of file.interfaces) {
    ctx.names.add(iface.name);
    const tags = iface.personal?.ifaceTag ? [iface.personal.ifaceTag] : [];
    const summary = rng.chance(0.7) ? `${rng.pick(['A', 'The', 'One'])} ${iface.name.replace(/([A-Z])/g, ' $1').trim().toLowerCase()} ${rng.pick(['as stored.', 'sent to the app.', 'kept by the back office.', 'used by the reports.'])}` : '';
    if (summary || tags.length) ctx.doc('', summary, tags);
    iface.line = out.next;
    out.push(`export interface ${iface.name} {`);
    ctx.decl();
    fieldsOf(ctx, '  ', iface, importedTypes, rng.skewed(6, 0.45, 2, 18));
    out.push('}', '');
  }
  if (rng.chance(0.4)) {
    const u = ctx.unique(`${file.entity}Any`);
    out.push(`export type ${u} = ${file.interfaces.map((i) => i.name).join(' | ')};`, '');
    ctx.decl();
  }
}

function nearbyModels(rng, plan, file, k) {
  const result = [];
  const models = plan.modelsByPackage[file.pkg];
  for (let i = 0; i < k; i++) {
    const pool = rng.chance(0.75) && models.length ? models : plan.models;
    if (!pool.length) break;
    const m = rng.pick(pool);
    if (m !== file && !result.includes(m)) result.push(m);
  }
  return result;
}

function nearbyFunctions(rng, plan, file, k) {
  const result = [];
  const utils = plan.utilsByPackage[file.pkg];
  for (let i = 0; i < k; i++) {
    const pool = rng.chance(0.8) && utils.length ? utils : plan.utils;
    if (!pool.length) break;
    const u = rng.pick(pool);
    if (u !== file && !result.some((r) => r.file === u)) result.push({ file: u, names: rng.sample(u.functions, rng.int(1, 3)) });
  }
  return result;
}

/** A @crossBorder function: with an annotated type from another file (cross-file case), or plain params. */
function renderCrossBorder(ctx, plan, ind, imports, isMethod, js) {
  const { rng, out, file } = ctx;
  if (rng.chance(R.plantedCrossBorder)) {
    const tag = plantedCrossBorder(rng);
    const fn = ctx.unique(`${rng.pick(['push', 'send', 'upload', 'mirror'])}${file.entity}${rng.pick(['ToPartner', 'Abroad', 'ToVendor'])}`);
    ctx.doc(ind, `Hands the ${lcFirst(file.entity)} data to the partner's system.`, [tag], js ? ['@param {object} payload'] : []);
    renderFunction(ctx, ind, fn, ['payload'], js ? [''] : [': Record<string, unknown>'], { async: true, isMethod, js, returns: 'undefined', ret: 'Promise<void>' });
    return;
  }
  const dest = rng.chance(0.6) ? 'SG' : 'us-analytics';
  const allowed = DESTINATIONS[dest].cats;
  const inconsistent = rng.chance(R.crossFileInconsistent);
  // Types this file already imports from elsewhere under the same name would shadow the one meant.
  const candidates = plan.crossFileCandidates[dest].filter(
    (c) => c.file !== file && (!inconsistent || c.iface.reach.length >= 2) && (!imports.has(c.iface.name) || imports.get(c.iface.name) === c.file),
  );
  const sameOrAny = candidates.filter((c) => c.file.pkg === file.pkg);
  const pool = sameOrAny.length && rng.chance(0.7) ? sameOrAny : candidates;
  if (pool.length && rng.chance(0.75)) {
    const target = rng.pick(pool);
    const { iface } = target;
    let declared = iface.reach;
    let missing = [];
    if (inconsistent) {
      missing = [rng.pick(declared)];
      declared = declared.filter((c) => c !== missing[0]);
    }
    const typeName = iface.name;
    if (!imports.has(typeName)) imports.set(typeName, target.file);
    const tag = crossBorderTag(rng, dest, declared);
    const fn = ctx.unique(`${rng.pick(['sync', 'send', 'export', 'replicate'])}${typeName}To${dest === 'SG' ? 'Singapore' : 'Analytics'}`);
    const param = lcFirst(typeName);
    const [tagLine] = ctx.doc(ind, `Sends the ${lcFirst(typeName)} to ${dest === 'SG' ? 'the Singapore warehouse' : 'the analytics vendor'}.`, [tag], js ? [`@param {import('${specifier(file.rel, target.file.rel, true)}').${typeName}} ${param}`] : []);
    const paramLine = ctx.out.next;
    renderFunction(ctx, ind, fn, [param, 'client'], js ? ['', ''] : [`: ${typeName}`, ': HttpClient'], { async: true, isMethod, js, returns: 'undefined', ret: 'Promise<void>' });
    ctx.manifest.crossFile.push({
      file: file.rel,
      /** The @crossBorder tag's line, and the parameter's (where a finding about what reaches it stands). */
      line: tagLine,
      paramLine,
      function: fn,
      destination: dest,
      type: typeName,
      typeFile: target.file.rel,
      typeLine: iface.line ?? null,
      viaJsDoc: !!js,
      typeCategories: iface.reach,
      declared,
      missing,
      consistent: missing.length === 0,
    });
    return;
  }
  const cats = rng.sample(allowed, rng.int(1, 3));
  const fn = ctx.unique(`${rng.pick(['report', 'forward', 'upload'])}${file.entity}${dest === 'SG' ? 'ToWarehouse' : 'Usage'}`);
  ctx.doc(ind, `Forwards ${lcFirst(file.entity)} data to ${dest}.`, [crossBorderTag(rng, dest, cats)], js ? ['@param {string} id', '@param {object} data'] : []);
  renderFunction(ctx, ind, fn, ['id', 'data'], js ? ['', ''] : [': string', ': Record<string, unknown>'], { async: true, isMethod, js, returns: 'undefined', ret: 'Promise<void>' });
}

function renderFunction(ctx, ind, name, params, types, opts) {
  const { rng, out } = ctx;
  const sig = params.map((p, i) => `${p}${types[i] ?? ''}`).join(', ');
  const ret = opts.js ? '' : `: ${opts.ret ?? (opts.async ? 'Promise<number>' : 'number')}`;
  const head = opts.isMethod ? `${ind}${opts.async ? 'async ' : ''}${name}(${sig})${ret} {` : `${ind}export ${opts.async ? 'async ' : ''}function ${name}(${sig})${ret} {`;
  out.push(head);
  ctx.decl();
  body(ctx, ind + '  ', params.filter((p) => p !== 'client'), { ts: !opts.js, async: opts.async, statements: opts.statements ?? rng.skewed(5, 0.5, 1, 30), returns: opts.returns });
  out.push(`${ind}}`);
  if (!opts.isMethod) out.push('');
}

function renderService(ctx, plan) {
  const { rng, out, file } = ctx;
  const imports = new Map();
  for (const m of nearbyModels(rng, plan, file, rng.int(1, 3))) imports.set(m.interfaces[0].name, m);
  const utilImports = nearbyFunctions(rng, plan, file, rng.int(0, 3));
  const body = new Out();
  const outer = ctx.out;
  ctx.out = body;
  // Tags recorded while the body is written are numbered from its start; shifted once the header is known.
  const planted0 = ctx.manifest.planted.length;
  const crossFile0 = ctx.manifest.crossFile.length;
  const types = [...imports.keys()];
  const main = types[0] ?? 'Record<string, unknown>';
  const repo = ctx.unique(`${file.entity}Repository`);
  body.push(`export interface ${repo} {`, `  find(id: string): Promise<${main} | undefined>;`, `  save(value: ${main}): Promise<void>;`, '}', '');
  ctx.decl(3);
  if (rng.chance(0.5)) {
    body.push(`const ${ctx.unique(`${file.entity.toUpperCase()}_RETRY_LIMIT`)} = ${rng.int(2, 8)};`, '');
    ctx.decl();
  }
  if (rng.chance(0.6)) ctx.doc('', `${file.className.replace(/([A-Z])/g, ' $1').trim()}: ${rng.pick(['business rules', 'the workflow', 'orchestration'])} for ${lcFirst(file.entity)}s.`);
  body.push(`export class ${file.className} {`);
  ctx.decl();
  body.push(`  private readonly cache = new Map<string, ${main}>();`, '');
  ctx.decl();
  body.push(`  constructor(private readonly repo: ${repo}, private readonly client: HttpClient) {}`, '');
  const methods = rng.skewed(4, 0.5, 1, 14);
  for (let i = 0; i < methods; i++) {
    const name = ctx.unique(rng.pick(VERBS) + rng.pick(ENTITIES));
    const type = types.length ? rng.pick(types) : main;
    if (rng.chance(0.45)) ctx.doc('  ', `${name.replace(/([A-Z])/g, ' $1').toLowerCase()}.`, [], rng.chance(0.5) ? [`@param ${lcFirst(type)} the ${lcFirst(type)} to use`] : []);
    renderFunction(ctx, '  ', name, [lcFirst(type.replace(/[<>, ]/g, ''))], [`: ${type}`], { async: rng.chance(0.6), isMethod: true });
    if (i < methods - 1) body.push('');
  }
  body.push('}', '');
  const fns = rng.skewed(2, 0.6, 0, 8);
  for (let i = 0; i < fns; i++) {
    const name = ctx.unique(rng.pick(VERBS) + file.entity + rng.pick(QUALIFIERS));
    if (rng.chance(0.5)) ctx.doc('', `${rng.pick(['Helper:', 'Used by', 'Shared:'])} ${name.replace(/([A-Z])/g, ' $1').toLowerCase()}.`);
    renderFunction(ctx, '', name, ['input', 'options'], [`: ${main}`, '?: { dryRun?: boolean }'], { async: rng.chance(0.3) });
  }
  if (rng.chance(R.crossBorderService)) renderCrossBorder(ctx, plan, '', imports, false, false);
  const outbound = rng.chance(R.outboundService) ? Array.from({ length: rng.int(1, 2) }, () => rng.pick(OUTBOUND_KINDS)) : [];
  for (const kind of outbound) renderOutbound(ctx, kind);
  ctx.out = outer;
  out.push(`// ${file.className} (${plan.packages[file.pkg].name}).`);
  out.push(`import type { HttpClient } from '@lotus/runtime';`);
  out.push(`import { logger } from '@lotus/runtime/log';`);
  for (const [name, m] of imports) out.push(`import type { ${name} } from '${specifier(file.rel, m.rel, false)}';`);
  for (const u of utilImports) out.push(`import { ${u.names.join(', ')} } from '${specifier(file.rel, u.file.rel, false)}';`);
  out.push(...outboundPreamble(outbound));
  out.push('');
  const shift = out.lines.length;
  for (const p of ctx.manifest.planted.slice(planted0)) p.line += shift;
  for (const c of ctx.manifest.crossFile.slice(crossFile0)) {
    c.line += shift;
    c.paramLine += shift;
  }
  out.push(...body.lines);
}

function renderUtil(ctx, plan) {
  const { rng, out, file } = ctx;
  out.push(`// Helpers for ${lcFirst(file.entity)}s.`);
  out.push(`import { logger } from '@lotus/runtime/log';`, '');
  out.push(`export const ${ctx.unique(`DEFAULT_${file.entity.toUpperCase()}_PAGE_SIZE`)} = ${rng.int(10, 200)};`, '');
  ctx.decl();
  for (const name of file.functions) {
    ctx.names.add(name);
    if (rng.chance(0.55)) ctx.doc('', `${name.replace(/([A-Z])/g, ' $1').toLowerCase()}.`, [], rng.chance(0.5) ? ['@param input what to work on', '@returns a score'] : []);
    renderFunction(ctx, '', name, ['input'], [': { items?: Array<Record<string, unknown>>; status?: string; [key: string]: unknown }'], { async: false, statements: rng.skewed(5, 0.5, 1, 20) });
  }
}

function renderComponent(ctx, plan) {
  const { rng, out, file } = ctx;
  const models = nearbyModels(rng, plan, file, 1);
  const item = models[0]?.interfaces[0].name;
  out.push(`import React, { useState } from 'react';`);
  if (item) out.push(`import type { ${item} } from '${specifier(file.rel, models[0].rel, false)}';`);
  out.push('');
  const props = ctx.unique(`${file.component}Props`);
  out.push(`export interface ${props} {`);
  ctx.decl();
  out.push(`  item: ${item ?? 'Record<string, string>'};`);
  ctx.decl();
  if (rng.chance(R.taggedComponent)) {
    const tag = personalDataTag(rng, rng.pick(['account', 'delivery']), 1);
    ctx.doc('  ', 'Shown to the signed-in customer only.', [tag]);
    out.push(`  ${tag.cats[0] ? CATEGORY_FIELDS[tag.cats[0]][0] : 'contact'}?: string;`);
    ctx.decl();
  }
  const extra = rng.int(1, 4);
  for (let i = 0; i < extra; i++) {
    out.push(`  ${rng.pick(['onSelect', 'onClose', 'onSave', 'onRetry'])}${i}?: (id: string) => void;`);
    ctx.decl();
  }
  out.push('}', '');
  const comps = rng.skewed(1, 0.5, 1, 4);
  for (let c = 0; c < comps; c++) {
    const name = c === 0 ? file.component : ctx.unique(file.component + rng.pick(['Item', 'Header', 'Footer', 'Empty']));
    if (rng.chance(0.5)) ctx.doc('', `Renders the ${lcFirst(file.entity)} ${rng.pick(['card', 'row', 'summary', 'details'])}.`);
    out.push(`export function ${name}({ item }: ${props}) {`);
    ctx.decl();
    out.push(`  const [open, setOpen] = useState(false);`);
    const rows = rng.skewed(5, 0.5, 1, 20);
    out.push(`  return (`, `    <div className="${lcFirst(file.entity)}-${c}" onClick={() => setOpen(!open)}>`);
    for (let r = 0; r < rows; r++) {
      const f = rng.pick(FIELD_NAMES);
      if (rng.chance(0.3)) out.push(`      {open && <span className="${f}">{String(item.${f} ?? '')}</span>}`);
      else out.push(`      <p>${rng.pick(['Status', 'Total', 'Updated', 'Code', 'Note'])}: {String(item.${f} ?? '')}</p>`);
    }
    out.push(`    </div>`, `  );`, `}`, '');
  }
}

function renderJs(ctx, plan) {
  const { rng, out, file } = ctx;
  const cjs = file.kind === 'cjs';
  const utils = nearbyFunctions(rng, plan, file, rng.int(0, 2));
  out.push(cjs ? `'use strict';` : `// @ts-check`);
  out.push(`// ${file.entity} ${file.kind === 'jsx' ? 'views' : 'helpers'} (legacy JavaScript).`);
  for (const u of utils) {
    const spec = specifier(file.rel, u.file.rel, true);
    out.push(cjs ? `const { ${u.names.join(', ')} } = require('${spec}');` : `import { ${u.names.join(', ')} } from '${spec}';`);
  }
  out.push(cjs ? `const { logger } = require('@lotus/runtime/log');` : `import { logger } from '@lotus/runtime/log';`, '');
  const fns = file.functions ?? [ctx.unique(`render${file.entity}`)];
  for (const name of fns) {
    ctx.names.add(name);
    if (rng.chance(0.7)) ctx.doc('', `${name.replace(/([A-Z])/g, ' $1').toLowerCase()}.`, [], ['@param {object} input', `@returns {${rng.pick(['number', 'Promise<number>', 'string'])}}`]);
    const async = rng.chance(0.3);
    if (cjs) {
      out.push(`${async ? 'async ' : ''}function ${name}(input) {`);
      ctx.decl();
      body(ctx, '  ', ['input'], { ts: false, async, statements: rng.skewed(5, 0.5, 1, 20) });
      out.push('}', '');
    } else {
      renderFunction(ctx, '', name, ['input'], [''], { async, js: true, statements: rng.skewed(5, 0.5, 1, 20) });
    }
  }
  if (file.kind === 'jsmodule' && rng.chance(0.4)) {
    const cls = ctx.unique(`${file.entity}Store`);
    const tag = rng.chance(R.taggedJs * 4) ? personalDataTag(rng) : undefined;
    ctx.doc('', `In-memory store of ${lcFirst(file.entity)}s.`, tag ? [tag] : []);
    out.push(`export class ${cls} {`, '  constructor() {', '    this.items = new Map();', '  }', '');
    ctx.decl(2);
    for (const m of rng.sample(['get', 'set', 'delete', 'clear', 'size', 'values'], rng.int(2, 5))) {
      out.push(`  ${m}(key) {`, `    logger.debug('${m}', key);`, `    return this.items.${m === 'size' ? 'size' : m === 'values' ? 'values()' : m + '(key)'};`, '  }', '');
      ctx.decl();
    }
    out.push('}', '');
  }
  const crossBorder = file.kind === 'jsmodule' && rng.chance(R.crossBorderJs);
  if (crossBorder) {
    const imports = new Map();
    renderCrossBorder(ctx, plan, '', imports, false, true);
  }
  if (cjs) out.push(`module.exports = { ${fns.join(', ')} };`);
}

function renderFile(file, plan, seed, manifest) {
  const rng = new Rng(`${seed}:${file.index}`);
  const ctx = new FileCtx(rng, file, manifest);
  switch (file.kind) {
    case 'model':
      renderModel(ctx, plan);
      break;
    case 'service':
    case 'api':
      renderService(ctx, plan);
      break;
    case 'util':
      renderUtil(ctx, plan);
      break;
    case 'component':
      renderComponent(ctx, plan);
      break;
    default:
      renderJs(ctx, plan);
  }
  return ctx.out.text();
}

// --- the workspace ----------------------------------------------------------------------------------------------

export function workspaceDir(files, seed = 1) {
  return path.join(WORKSPACES_DIR, `ws-s${seed}-n${files}-g${GENERATOR_VERSION}`);
}

/**
 * Writes a workspace of `files` source files under `dir` (replacing what is there) and returns its manifest.
 */
export function generateWorkspace({ files, seed = 1, dir, rates = DEFAULT_RATES }) {
  if (!Number.isInteger(files) || files < 1) throw new Error(`--files must be a positive integer, not ${files}`);
  R = { ...DEFAULT_RATES, ...rates };
  try {
    return writeWorkspace(files, seed, dir, rates !== DEFAULT_RATES);
  } finally {
    R = DEFAULT_RATES;
  }
}

function writeWorkspace(files, seed, dir, customRates) {
  const rng = new Rng(`plan:${seed}:${files}`);
  const plan = planWorkspace(rng, files);
  plan.models = plan.files.filter((f) => f.kind === 'model');
  plan.utils = plan.files.filter((f) => f.functions && f.kind === 'util');
  plan.modelsByPackage = plan.packages.map(() => []);
  plan.utilsByPackage = plan.packages.map(() => []);
  for (const m of plan.models) plan.modelsByPackage[m.pkg].push(m);
  for (const u of plan.utils) plan.utilsByPackage[u.pkg].push(u);

  const manifest = {
    generator: GENERATOR_VERSION,
    seed,
    files,
    lines: 0,
    bytes: 0,
    byExtension: {},
    declarations: 0,
    tags: { personalData: 0, crossBorder: 0 },
    annotatedShare: 0,
    filesWithTags: 0,
    /** Outbound calls of every kind (see OUTBOUND), reported or not. */
    outboundCalls: 0,
    rates: customRates ? R : 'default',
    policy: POLICY_NAME,
    /** The rule that reports data reaching a @crossBorder function undeclared (on the parameter's line). */
    crossFileRule: 'cross-border-undeclared-data',
    packages: plan.packages.map((p) => ({ dir: p.dir, files: p.files })),
    planted: [],
    crossFile: [],
  };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Models first: cross-file cases need what each interface carries, nested types included.
  const order = [...plan.models, ...plan.files.filter((f) => f.kind !== 'model')];
  const made = new Set();
  for (const file of order) {
    if (file === order[plan.models.length]) plan.crossFileCandidates = crossFileCandidates(plan);
    const before = manifest.tags.personalData + manifest.tags.crossBorder;
    const text = renderFile(file, plan, seed, manifest);
    if (manifest.tags.personalData + manifest.tags.crossBorder > before) manifest.filesWithTags++;
    const abs = path.join(dir, file.rel);
    const d = path.dirname(abs);
    if (!made.has(d)) {
      fs.mkdirSync(d, { recursive: true });
      made.add(d);
    }
    fs.writeFileSync(abs, text);
    manifest.lines += countLines(text);
    manifest.bytes += Buffer.byteLength(text);
    const ext = path.extname(file.rel);
    manifest.byExtension[ext] = (manifest.byExtension[ext] ?? 0) + 1;
  }
  manifest.annotatedShare = +((manifest.tags.personalData + manifest.tags.crossBorder) / manifest.declarations).toFixed(4);
  manifest.planted.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  manifest.crossFile.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  manifest.crossFileSummary = {
    total: manifest.crossFile.length,
    consistent: manifest.crossFile.filter((c) => c.consistent).length,
    inconsistent: manifest.crossFile.filter((c) => !c.consistent).length,
  };
  fs.writeFileSync(path.join(dir, POLICY_NAME), POLICY_YAML);
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\ndist/\ncoverage/\n*.log\n');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'lotus-mall', private: true, workspaces: ['packages/*'] }, null, 2) + '\n');
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', jsx: 'react-jsx', allowJs: true, checkJs: false, strict: true, noEmit: true }, include: ['packages'] }, null, 2) + '\n',
  );
  // Last: its presence marks a complete workspace.
  fs.writeFileSync(path.join(dir, MANIFEST_NAME), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

/**
 * Interfaces a @crossBorder function may take: every tag reaching them (their own and those of the model types
 * their fields use, transitively) is clean, and what reaches them fits a destination.
 */
function crossFileCandidates(plan) {
  const reach = (iface, seen = new Set()) => {
    if (seen.has(iface)) return { cats: new Set(), clean: true };
    seen.add(iface);
    const cats = new Set(iface.personal?.cats ?? []);
    let clean = iface.personal ? iface.personal.clean : true;
    for (const name of iface.refs ?? []) {
      const inner = reach(iface.owner.imported.get(name), seen);
      for (const c of inner.cats) cats.add(c);
      clean &&= inner.clean;
    }
    return { cats, clean };
  };
  const candidates = { SG: [], 'us-analytics': [] };
  for (const m of plan.models) {
    for (const iface of m.interfaces) {
      const { cats, clean } = reach(iface);
      if (!clean || cats.size === 0) continue;
      iface.reach = [...cats].sort();
      for (const [dest, d] of Object.entries(DESTINATIONS)) if (iface.reach.every((c) => d.cats.includes(c))) candidates[dest].push({ file: m, iface });
    }
  }
  return candidates;
}

function countLines(text) {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function readManifest(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_NAME), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The workspace of that seed and size under bench/workspaces/, generated only when missing.
 * bench/workspaces/.git (an empty folder) stops the CLI's walk at the workspace: without it the repository's
 * .gitignore, which ignores bench/workspaces/, would hide every generated file from the CLI.
 */
export function ensureWorkspace({ files, seed = 1, log = () => undefined }) {
  const dir = workspaceDir(files, seed);
  const existing = readManifest(dir);
  if (existing && existing.generator === GENERATOR_VERSION && existing.seed === seed && existing.files === files) return { dir, manifest: existing, reused: true };
  fs.mkdirSync(path.join(WORKSPACES_DIR, '.git'), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  log(`generating ${files} files (seed ${seed}) in ${path.relative(process.cwd(), dir)} ...`);
  const t0 = performance.now();
  const manifest = generateWorkspace({ files, seed, dir: tmp });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  log(`  ${manifest.files} files, ${manifest.lines} lines, ${manifest.tags.personalData + manifest.tags.crossBorder} tags in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { dir, manifest, reused: false };
}

// --- the edit-latency file --------------------------------------------------------------------------------------

/**
 * One TS file of exactly `lines` lines with exactly `annotations` tags (models with tagged properties,
 * @crossBorder functions, plain code between them), plus the tags it plants on purpose.
 */
/**
 * Outbound calls, as real modules hold them: an untagged Twilio SMS (US by default) and an untagged post to the
 * Singapore partner (cross-border-untagged-transfer), a SendGrid mail and a fetch to a host from the environment
 * (where they go, the code does not say: cross-border-unresolved-destination), a post to the partner under its
 * @crossBorder tag, a domestic SMS and a call to the app's own API (nothing to report). Each kind's planted rules are
 * expected on the line of its call.
 */
const OUTBOUND = {
  twilio: ['cross-border-untagged-transfer'],
  partner: ['cross-border-untagged-transfer'],
  sendgrid: ['cross-border-unresolved-destination'],
  unresolved: ['cross-border-unresolved-destination'],
  covered: [],
  domestic: [],
  internal: [],
};
const OUTBOUND_KINDS = Object.keys(OUTBOUND);

/** The imports and module constants the outbound calls of these kinds need. */
function outboundPreamble(kinds) {
  const has = (...k) => k.some((x) => kinds.includes(x));
  const lines = [];
  if (has('twilio')) lines.push("import twilio from 'twilio';");
  if (has('sendgrid')) lines.push("import sgMail from '@sendgrid/mail';");
  if (has('domestic')) lines.push("import Dysmsapi from '@alicloud/dysmsapi20170525';");
  if (!lines.length && !has('partner', 'covered')) return [];
  lines.push('');
  if (has('partner', 'covered')) lines.push("const PARTNER_URL = 'https://api.lotus-partner.com.sg/v2';");
  if (has('twilio')) lines.push('const twilioClient = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);');
  if (has('domestic')) lines.push("const sms = new Dysmsapi({ endpoint: 'dysmsapi.aliyuncs.com', accessKeyId: process.env.SMS_KEY, accessKeySecret: process.env.SMS_SECRET });");
  return lines;
}

/** A function holding one outbound call of the kind; the call's line carries the kind's planted rules. */
function renderOutbound(ctx, kind) {
  const { rng, out } = ctx;
  const entity = rng.pick(ENTITIES);
  const head = (name, params, tags = []) => {
    ctx.doc('', `${name.replace(/([A-Z])/g, ' $1').toLowerCase().trim()}.`, tags);
    out.push(`export async function ${name}(${params}): Promise<void> {`);
    ctx.decl();
  };
  const call = (line) => {
    ctx.manifest.outboundCalls++;
    if (OUTBOUND[kind].length) ctx.manifest.planted.push({ file: ctx.file.rel, line: out.next, kind: `egress-${kind}`, rules: OUTBOUND[kind] });
    out.push(line);
  };
  if (kind === 'twilio') {
    head(ctx.unique(`text${entity}Shipped`), 'customer: { phone: string }');
    call("  await twilioClient.messages.create({ to: customer.phone, from: '+15005550006', body: 'Your parcel shipped' });");
  } else if (kind === 'partner') {
    head(ctx.unique(`share${entity}WithPartner`), 'member: { email: string; nickname: string }');
    call("  await fetch(`${PARTNER_URL}/members`, { method: 'POST', body: JSON.stringify({ email: member.email, nickname: member.nickname }) });");
  } else if (kind === 'sendgrid') {
    head(ctx.unique(`mail${entity}Receipt`), 'customer: { email: string; nickname: string }, orderNo: string');
    call("  await sgMail.send({ to: customer.email, from: 'orders@lotus.example', subject: `Order ${orderNo}`, text: `Hello ${customer.nickname}` });");
  } else if (kind === 'unresolved') {
    head(ctx.unique(`push${entity}ToCrm`), 'contact: { phone: string; name: string }');
    out.push('  const body = JSON.stringify({ phone: contact.phone, name: contact.name });');
    call("  await fetch(`${process.env.CRM_URL}/contacts`, { method: 'POST', body });");
  } else if (kind === 'covered') {
    head(ctx.unique(`replicate${entity}ToSingapore`), 'parcel: { phone: string; address: string }', [{ text: DESTINATIONS.SG.tag(['contact.phone', 'contact.address']), kind: 'crossBorder' }]);
    call("  await fetch(`${PARTNER_URL}/parcels`, { method: 'POST', body: JSON.stringify(parcel) });");
  } else if (kind === 'domestic') {
    head(ctx.unique(`text${entity}Code`), 'phone: string, code: string');
    call("  await sms.sendSms({ phoneNumbers: phone, signName: 'Lotus', templateCode: 'SMS_1', templateParam: JSON.stringify({ code }) });");
  } else {
    head(ctx.unique(`refresh${entity}Cache`), 'id: string');
    call("  await fetch(`/api/cache/${id}`, { method: 'DELETE' });");
  }
  out.push('}', '');
}

export function generateEditFile({ seed = 1, lines = 5000, annotations = 300, outbound = true } = {}) {
  const rng = new Rng(`edit:${seed}:${lines}:${annotations}${outbound ? ':outbound' : ''}`);
  const manifest = { declarations: 0, tags: { personalData: 0, crossBorder: 0 }, outboundCalls: 0, planted: [], crossFile: [] };
  const file = { rel: 'src/customerRecords.ts', entity: 'Customer', pkg: 0, index: 0 };
  const ctx = new FileCtx(rng, file, manifest);
  const { out } = ctx;
  out.push('// Customer records: one large module, as many real projects have.', `import type { HttpClient } from '@lotus/runtime';`, `import { logger } from '@lotus/runtime/log';`);
  if (outbound) out.push(...outboundPreamble(OUTBOUND_KINDS));
  out.push('');
  const tagCount = () => manifest.tags.personalData + manifest.tags.crossBorder;
  const budgetPerTag = (lines - 40) / annotations;
  while (tagCount() < annotations) {
    const left = annotations - tagCount();
    if (out.next - 1 < tagCount() * budgetPerTag) {
      // Plain code until the line budget catches up with the tags; some of it calls out (egress discovery's work).
      if (outbound && rng.chance(0.3)) {
        renderOutbound(ctx, rng.pick(OUTBOUND_KINDS));
        continue;
      }
      const name = ctx.unique(rng.pick(VERBS) + rng.pick(ENTITIES));
      renderFunction(ctx, '', name, ['input'], [': { items?: Array<Record<string, unknown>>; status?: string; [key: string]: unknown }'], { async: rng.chance(0.3), statements: rng.int(2, 8) });
      continue;
    }
    if (left >= 1 && rng.chance(0.2)) {
      const dest = rng.pick(Object.keys(DESTINATIONS));
      const tag = rng.chance(R.plantedCrossBorder) ? plantedCrossBorder(rng) : crossBorderTag(rng, dest, rng.sample(DESTINATIONS[dest].cats, rng.int(1, 2)));
      const fn = ctx.unique(`send${rng.pick(ENTITIES)}To${dest === 'SG' ? 'Singapore' : 'Analytics'}`);
      ctx.doc('', `Sends the record to ${dest}.`, [tag]);
      renderFunction(ctx, '', fn, ['record', 'client'], [': Record<string, unknown>', ': HttpClient'], { async: true, returns: 'undefined', ret: 'Promise<void>', statements: rng.int(2, 5) });
      continue;
    }
    const iface = { name: ctx.unique(rng.pick(ENTITIES) + rng.pick(QUALIFIERS)), personal: planPersonal(rng) };
    while ((iface.personal.ifaceTag ? 1 : 0) + iface.personal.propTags.length > left) iface.personal.propTags.pop() ?? (iface.personal.ifaceTag = undefined);
    const tags = iface.personal.ifaceTag ? [iface.personal.ifaceTag] : [];
    ctx.doc('', `The ${iface.name} record.`, tags);
    out.push(`export interface ${iface.name} {`);
    ctx.decl();
    fieldsOf(ctx, '  ', iface, [], rng.int(3, 8));
    out.push('}', '');
  }
  // Pad (or never exceed) to exactly `lines` lines.
  if (out.lines.length > lines) throw new Error(`edit file overflows: ${out.lines.length} lines for ${lines}`);
  let k = 0;
  while (out.lines.length < lines) out.push(`export const LIMIT_${++k} = ${rng.int(1, 9999)};`);
  return { text: out.text(), lines: out.lines.length, tags: tagCount(), outboundCalls: manifest.outboundCalls, planted: manifest.planted, fileName: file.rel };
}

export function editWorkspaceDir(seed = 1) {
  return path.join(WORKSPACES_DIR, `edit-s${seed}-g${GENERATOR_VERSION}`);
}

/** A workspace holding only the policy and the 5,000-line file, so no workspace scan competes with the edits. */
export function ensureEditWorkspace({ seed = 1 } = {}) {
  const dir = editWorkspaceDir(seed);
  const edit = generateEditFile({ seed });
  fs.mkdirSync(path.join(WORKSPACES_DIR, '.git'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(dir, POLICY_NAME), POLICY_YAML);
  fs.writeFileSync(path.join(dir, edit.fileName), edit.text);
  return { dir, file: path.join(dir, edit.fileName), ...edit };
}

// --- command line -----------------------------------------------------------------------------------------------

function cli(argv) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(name);
    return i === -1 ? fallback : argv[i + 1];
  };
  const seed = Number(arg('--seed', '1'));
  if (argv.includes('--edit')) {
    const e = ensureEditWorkspace({ seed });
    console.log(JSON.stringify({ dir: e.dir, file: e.file, lines: e.lines, tags: e.tags, outboundCalls: e.outboundCalls, planted: e.planted.length }, null, 1));
    return;
  }
  const files = Number(arg('--files', '1000'));
  const out = arg('--out');
  const rates = argv.includes('--dense') ? DENSE_RATES : DEFAULT_RATES;
  const manifest = out ? generateWorkspace({ files, seed, dir: path.resolve(out), rates }) : ensureWorkspace({ files, seed, log: console.error }).manifest;
  const { planted, crossFile, packages, ...summary } = manifest;
  console.log(JSON.stringify({ ...summary, planted: planted.length, packages: packages.length }, null, 1));
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) cli(process.argv.slice(2));
