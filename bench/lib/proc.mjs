/** Runs a child process and times it from spawn to exit; peak RSS comes from a --require hook in the child. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rss-hook.cjs');
let seq = 0;

/**
 * Runs `node [nodeArgs] script [args]`; returns wall ms, exit code, output, and the child's peak RSS in MB and CPU
 * time in ms (process.resourceUsage(), written at exit by bench/lib/rss-hook.cjs).
 */
export function runNode(script, args, { cwd, nodeArgs = [], env = {}, timeoutMs = 30 * 60_000, keepStdout = true } = {}) {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${++seq}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', HOOK, ...nodeArgs, script, ...args], {
    cwd,
    env: { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1', ...env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: timeoutMs,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - t0;
  let maxRssMB = NaN;
  let cpuMs = NaN;
  let mainCpuMs = NaN;
  let waitMs = NaN;
  try {
    const u = JSON.parse(fs.readFileSync(rssFile, 'utf8'));
    maxRssMB = u.maxRSS / 1024;
    cpuMs = (u.user + u.system) / 1000;
    if (u.sched) {
      mainCpuMs = u.sched.onCpu / 1e6;
      waitMs = u.sched.waiting / 1e6;
    }
    fs.rmSync(rssFile, { force: true });
  } catch {
    /* the child died before its exit hook */
  }
  if (r.error) throw new Error(`${script} ${args.join(' ')}: ${r.error.message}`);
  return { wallMs, cpuMs, mainCpuMs, waitMs, code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', maxRssMB };
}
