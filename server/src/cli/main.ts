#!/usr/bin/env node
/** The privacy-annotations command line: wiring of arguments, the check and the output formats. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import { ConfigError, runCheck } from './check';
import { runInventory } from './inventory';
import { runInit } from './init';
import { active, SEVERITY_RANK, type CheckReport } from './report';
import { formatText } from './formats/text';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatGithub } from './formats/github';
import { formatGitlab } from './formats/gitlab';
import { changedSince, GitError } from './changed';
import { isPolicyFileName, isSourceFile, todayUtc } from '../engine/index';
import { TOOL_VERSION } from './version';
import { isCheckWorker, WorkerError } from './parallel';
import { Progress } from './progress';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard output is a terminal (colours). */
  isTTY: boolean;
  /** Standard error is a terminal: a progress line is drawn there during long checks. */
  stderrIsTTY?: boolean;
  /** The script worker threads run; for tests (the default is the CLI itself). */
  workerScript?: string;
}

function render(report: CheckReport, args: CliArgs, io: Io): string {
  switch (args.format) {
    case 'json': return formatJson(report);
    case 'sarif': return formatSarif(report, args.lang, io.cwd);
    case 'github': return formatGithub(report, args.lang);
    case 'gitlab': return formatGitlab(report, args.lang, io.cwd);
    default: return formatText(report, args.lang, args.color ?? (io.isTTY && !args.output && !io.env.NO_COLOR));
  }
}

function exitCode(report: CheckReport, args: CliArgs): number {
  if (args.failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[args.failOn];
  return active(report.findings).some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}

/** Refuse to write the report over source code or a policy. */
function checkOutputPath(output: string, cwd: string): void {
  const abs = path.resolve(cwd, output);
  if (isSourceFile(abs) || isPolicyFileName(abs)) throw new UsageError(`--output ${output} would overwrite a source or policy file; choose another name (e.g. report.sarif).`);
  if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) throw new UsageError(`--output ${output} is a directory.`);
}

function notes(report: CheckReport, args: CliArgs, io: Io): void {
  const zh = args.lang === 'zh';
  if (report.withoutPolicy > 0) {
    io.stderr(
      zh
        ? `提示：${report.withoutPolicy} 个文件没有找到 privacy-policy.yaml，只运行了基于法律的规则。可用 --policy 指定政策文件。\n`
        : `note: no privacy-policy.yaml found for ${report.withoutPolicy} file${report.withoutPolicy === 1 ? '' : 's'}; only the law-based rules ran. Use --policy to name one.\n`,
    );
  }
  for (const s of report.skipped) io.stderr(zh ? `提示：未检查 ${s.file}：${s.detail}\n` : `note: not checked ${s.file}: ${s.detail}\n`);
}

export async function main(argv: string[], io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv, io.env);
  } catch (e) {
    io.stderr(`privacy-annotations: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.command === 'help') {
    io.stdout(HELP[args.lang]);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  try {
    for (const p of args.paths) {
      if (!fs.existsSync(path.resolve(io.cwd, p))) throw new UsageError(args.lang === 'zh' ? `路径不存在：${p}` : `No such file or directory: ${p}`);
    }
    if (args.command === 'init') {
      io.stdout(runInit({ paths: args.paths, output: args.output, cwd: io.cwd, lang: args.lang }));
      return 0;
    }
    if (args.output) checkOutputPath(args.output, io.cwd);
    if (args.command === 'inventory') {
      const rendered = runInventory({ paths: args.paths, policy: args.policy, cwd: io.cwd, lang: args.lang, format: args.inventoryFormat, today: args.today ?? todayUtc() });
      if (args.output) fs.writeFileSync(path.resolve(io.cwd, args.output), rendered);
      else io.stdout(rendered);
      return 0;
    }
    const changed = args.changedSince !== undefined ? changedSince(args.changedSince, io.cwd, args.paths[0], args.lang, args.policy) : undefined;
    const progress = io.stderrIsTTY ? new Progress(io.stderr, args.lang) : undefined;
    let report: CheckReport;
    try {
      report = await runCheck({
        paths: args.paths,
        policy: args.policy,
        today: args.today ?? todayUtc(),
        lang: args.lang,
        cwd: io.cwd,
        changed,
        hints: args.hints,
        egress: args.egress,
        concurrency: args.concurrency,
        onProgress: progress && ((done, total) => progress.update(done, total)),
        workerScript: io.workerScript,
      });
    } finally {
      progress?.clear();
    }
    const rendered = render(report, args, io);
    if (args.output) fs.writeFileSync(path.resolve(io.cwd, args.output), rendered);
    else io.stdout(rendered);
    notes(report, args, io);
    for (const e of report.configErrors ?? []) io.stderr(`privacy-annotations: ${e}\n`);
    return report.configErrors?.length ? 2 : exitCode(report, args);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof GitError || e instanceof WorkerError) {
      io.stderr(`privacy-annotations: ${e.message}\n`);
      return 2;
    }
    io.stderr(`privacy-annotations: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

// A worker thread of --concurrency loads this same file (the bundle); it serves checks (parallel.ts), nothing else.
if (require.main === module && !isCheckWorker) {
  void main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  }).then((code) => {
    process.exitCode = code;
  });
}
