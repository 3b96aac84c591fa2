/** What the numbers were measured on. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function version(pkg) {
  try {
    return JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`, { paths: [process.cwd()] }), 'utf8')).version;
  } catch {
    try {
      // Packages whose "exports" hide package.json.
      const main = require.resolve(pkg, { paths: [process.cwd()] });
      let dir = main;
      for (let i = 0; i < 6; i++) {
        dir = dir.slice(0, dir.lastIndexOf('/'));
        const f = `${dir}/package.json`;
        if (fs.existsSync(f)) {
          const j = JSON.parse(fs.readFileSync(f, 'utf8'));
          if (j.name === pkg) return j.version;
        }
      }
    } catch {
      /* not installed */
    }
    return 'not installed';
  }
}

export function machineInfo(repoRoot) {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server', 'client'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes in server/ or client/)';
  } catch {
    /* not a git checkout */
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: os.availableParallelism ? os.availableParallelism() : cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
    typescript: version('typescript'),
    eslint: version('eslint'),
    tsParser: version('@typescript-eslint/parser'),
    jsdocPlugin: version('eslint-plugin-jsdoc'),
    loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}
