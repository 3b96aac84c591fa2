/**
 * Scenario 9: real repositories (`npm run bench -- --repo PATH [--repo PATH ...]`). On each checkout, interleaved:
 * the floor (the CLI's own walk reading every file), the CLI with every default check, the CLI with --no-egress;
 * then the ESLint peer on exactly the files the walk found. Each repository is named with its commit; the checkouts
 * stay outside this repository.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { int, median, ratio, time } from './stats.mjs';

/** owner/name and commit of a checkout: from its origin (GitHub, or a local mirror named owner+name). */
export function describeRepo(dir) {
  const git = (...args) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const url = git('config', '--get', 'remote.origin.url');
  const name = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1] ?? /\/([^/+]+)\+([^/]+?)(?:\/|$)/.exec(url)?.slice(1, 3).join('/') ?? path.basename(dir);
  return { name, commit: git('rev-parse', 'HEAD') || '?' };
}

const summary = (runs, key) => median(runs.map((r) => r[key]));

/**
 * Measures one checkout. `tools` holds the runners of run.mjs (cliRun, floorRun, peerRun, interleaved) and
 * `walkFiles(dir)`, the CLI's walk.
 */
export function measureRepo(dir, { runs, peerRuns, log }, tools) {
  const { name, commit } = describeRepo(dir);
  const files = tools.walkFiles(dir).map((f) => path.relative(dir, f));
  log(`scenario 9: ${name} @ ${commit.slice(0, 12)}: ${files.length} files; floor, CLI and CLI --no-egress (${runs} runs each, interleaved)`);
  tools.floorRun(dir);
  const [floor, on, off] = tools.interleaved(runs, [() => tools.floorRun(dir), () => tools.cliRun(dir), () => tools.cliRun(dir, ['.'], ['--no-egress'])]);
  const report = JSON.parse(on[0].stdout);
  const byRule = {};
  for (const f of report.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  log(`scenario 9: ${name}: ESLint peer on the same ${files.length} files (${peerRuns} runs)`);
  const peer = [];
  for (let i = 0; i < peerRuns; i++) peer.push(tools.peerRun(dir, files));
  const chars = JSON.parse(floor[0].stdout).chars;
  const r = {
    name,
    commit,
    files: files.length,
    chars,
    floor: { wall: summary(floor, 'wallMs'), main: summary(floor, 'mainCpuMs') },
    cli: { wall: summary(on, 'wallMs'), main: summary(on, 'mainCpuMs'), filesChecked: report.filesChecked, findings: report.findings.length, byRule },
    noEgress: { wall: summary(off, 'wallMs'), main: summary(off, 'mainCpuMs') },
    peer: { wall: summary(peer, 'wallMs'), runs: peer.length },
    runs,
  };
  r.ratio = r.cli.wall / r.floor.wall;
  r.peerRatio = r.peer.wall / r.cli.wall;
  return r;
}

/** The summary rows of one repository. */
export function rows(r, row) {
  const label = `${r.name} @ ${r.commit.slice(0, 7)}`;
  row('9 real repository', `${label}: CLI / floor, ${int(r.files)} JS/TS files`, `${time(r.cli.wall)} / ${time(r.floor.wall)} = ${ratio(r.ratio)} (main-thread CPU: ${time(r.cli.main)} / ${time(r.floor.main)} = ${ratio(r.cli.main / r.floor.main)})`, '<= 1.5x', r.ratio <= 1.5);
  row('9 real repository', `${label}: ESLint peer / CLI`, `${time(r.peer.wall)} / ${time(r.cli.wall)} = ${ratio(r.peerRatio, 1)}`, '>= 50x', r.peerRatio >= 50);
  row('9 real repository', `${label}: egress discovery on / off`, `${time(r.cli.wall)} / ${time(r.noEgress.wall)} = ${ratio(r.cli.wall / r.noEgress.wall)}`, '(informative)', undefined);
}

/** The section of scenario 9. */
export function section(repos, when, p) {
  p('## 9. Real repositories', '', when, '');
  p('Public repositories nobody here wrote, checked out outside this one (`npm run bench -- --repo PATH`, repeatable). The floor');
  p("is the CLI's own walk reading every file; the CLI runs with every default check (egress discovery included) and with");
  p('`--no-egress`, interleaved with the floor; the ESLint peer (bench/peer) lints exactly the files the walk found.', '');
  p('| repository | commit | JS/TS files | MB | floor | CLI | CLI --no-egress | CLI / floor | ESLint peer (n) | peer / CLI |', '|---|---|---|---|---|---|---|---|---|---|');
  for (const r of repos) {
    p(`| ${r.name} | ${r.commit} | ${int(r.files)} | ${(r.chars / 2 ** 20).toFixed(1)} | ${time(r.floor.wall)} | ${time(r.cli.wall)} | ${time(r.noEgress.wall)} | ${ratio(r.ratio)} | ${time(r.peer.wall)} (${r.peer.runs}) | ${ratio(r.peerRatio, 1)} |`);
  }
  p('', 'Findings of the CLI, by rule (the first run; these repositories carry no tags, so every finding comes from the code as it is):', '');
  for (const r of repos) {
    const list = Object.entries(r.cli.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `\`${rule}\` ${int(n)}`);
    p(`- ${r.name}: ${int(r.cli.findings)} in ${int(r.cli.filesChecked)} files checked${list.length ? `: ${list.join(', ')}` : ''}`);
  }
  p('');
}
