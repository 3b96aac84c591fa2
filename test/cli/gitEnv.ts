/** Git for the CLI tests: commits by a fixed author, and no user or system configuration (signing, hooks, templates). */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';

export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Privacy Test',
  GIT_AUTHOR_EMAIL: 'privacy-test@example.com',
  GIT_COMMITTER_NAME: 'Privacy Test',
  GIT_COMMITTER_EMAIL: 'privacy-test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_TERMINAL_PROMPT: '0',
};
for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete GIT_ENV[k];

/** Run git in a folder with GIT_ENV; its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
