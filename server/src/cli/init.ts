/** `privacy-annotations init`: writes a starter policy proposed from the code, never over an existing file. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CATEGORIES, loadPolicy, observe, starterPolicy, walk } from '../engine/index';
import { nodeHost } from '../runtime/nodeHost';
import { relativePath } from './checkFile';
import { UsageError } from './args';
import type { Lang } from './report';

const BUILTIN_IDS = new Set(BUILTIN_CATEGORIES.map((c) => c.id));

export interface InitOptions {
  paths: string[];
  output?: string;
  cwd: string;
  lang: Lang;
}

/** Returns the message to print; throws UsageError when the target exists. */
export function runInit(opts: InitOptions): string {
  const target = path.resolve(opts.cwd, opts.output ?? 'privacy-policy.yaml');
  if (fs.existsSync(target)) {
    throw new UsageError(opts.lang === 'zh' ? `${relativePath(opts.cwd, target)} 已存在；init 不会覆盖它。` : `${relativePath(opts.cwd, target)} already exists; init never overwrites a policy.`);
  }
  const observations = observe(nodeHost, walk(nodeHost, opts.paths.map((p) => path.resolve(opts.cwd, p))).files, (f) => relativePath(opts.cwd, f));
  const text = starterPolicy(observations, opts.lang);
  // What init writes must load cleanly: the proposal is a starting point, not a new error.
  const problems = loadPolicy(text, target).problems;
  if (problems.length) throw new Error(`the proposed policy does not load: ${problems[0].message.en}`);
  fs.writeFileSync(target, text, { flag: 'wx' });
  const categories = new Set(observations.map((o) => o.category).filter((id) => BUILTIN_IDS.has(id))).size;
  return opts.lang === 'zh'
    ? `已写入 ${relativePath(opts.cwd, target)}：${categories} 个类别，来自 ${observations.length} 处发现。请审核处理目的、合法性基础和保存期限。\n`
    : `wrote ${relativePath(opts.cwd, target)}: ${categories} categories from ${observations.length} places in the code. Review its purposes, legal bases and retention periods.\n`;
}
