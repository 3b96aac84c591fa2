/** Command-line parsing: small, strict, and with messages that say what to type instead. */
import type { Lang } from './report';
import { isRealDate } from '../engine/index';
import { MAX_AUTO_THREADS, MIN_FILES_PER_THREAD, type Concurrency } from './parallel';

export type Format = 'text' | 'json' | 'sarif' | 'github' | 'gitlab';
export type InventoryFormat = 'md' | 'csv' | 'json' | 'mermaid' | 'svg';
export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface CliArgs {
  command: 'check' | 'inventory' | 'init' | 'help' | 'version';
  paths: string[];
  policy?: string;
  format: Format;
  inventoryFormat: InventoryFormat;
  output?: string;
  failOn: FailOn;
  today?: string;
  lang: Lang;
  color?: boolean;
  /** check --changed-since REF: only what changed since REF. */
  changedSince?: string;
  /** unannotated-personal-data over every file (parsing those that may hold personal data), not only tagged ones. */
  hints?: boolean;
  /** --no-egress: skip egress discovery (outbound calls nobody tagged). */
  egress?: boolean;
  /** check --concurrency: auto (default), off, or how many threads check files. */
  concurrency: Concurrency;
}

export class UsageError extends Error {}

const FORMATS: Format[] = ['text', 'json', 'sarif', 'github', 'gitlab'];
const INVENTORY_FORMATS: InventoryFormat[] = ['md', 'csv', 'json', 'mermaid', 'svg'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'info', 'never'];
const VALUE_OPTIONS = new Set(['--policy', '--format', '--output', '--fail-on', '--today', '--lang', '--changed-since', '--concurrency']);

export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const l = env.PRIVACY_ANNOTATIONS_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(l) ? 'zh' : 'en';
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} takes one of ${allowed.join(', ')}; got "${value}".`);
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const args: CliArgs = { command: 'check', paths: [], format: 'text', inventoryFormat: 'md', failOn: 'error', lang: defaultLang(env), concurrency: 'auto' };
  let concurrencySeen = false;
  let commandSeen = false;
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    if (a.startsWith('--') && a.includes('=')) {
      inline = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    }
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '-h' || a === '--help') return { ...args, command: 'help' };
    if (a === '-v' || a === '--version') return { ...args, command: 'version' };
    if (!VALUE_OPTIONS.has(a) && inline !== undefined) throw new UsageError(`${a} takes no value.`);
    switch (a) {
      case '--policy': args.policy = value(); break;
      case '--format': format = value(); break;
      case '--output': args.output = value(); break;
      case '--fail-on': args.failOn = oneOf(a, value(), FAIL_ON); break;
      case '--lang': {
        const v = value();
        args.lang = oneOf(a, v.toLowerCase().startsWith('zh') ? 'zh' : v, ['en', 'zh'] as const);
        break;
      }
      case '--today': {
        const v = value();
        if (!isRealDate(v)) throw new UsageError(`--today takes a date written YYYY-MM-DD; got "${v}".`);
        args.today = v;
        break;
      }
      case '--changed-since': args.changedSince = value(); break;
      case '--concurrency': {
        const v = value();
        concurrencySeen = true;
        if (v === 'auto' || v === 'off') args.concurrency = v;
        else if (/^[1-9]\d{0,3}$/.test(v)) args.concurrency = Number(v) === 1 ? 'off' : Number(v);
        else throw new UsageError(`--concurrency takes auto, off or a number of threads (1 or more); got "${v}".`);
        break;
      }
      case '--color': args.color = true; break;
      case '--no-color': args.color = false; break;
      case '--hints': args.hints = true; break;
      case '--no-egress': args.egress = false; break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}. Run privacy-annotations --help for the options.`);
        if (!commandSeen && args.paths.length === 0 && (a === 'check' || a === 'inventory' || a === 'init' || a === 'help')) {
          commandSeen = true;
          if (a === 'help') return { ...args, command: 'help' };
          args.command = a;
        } else {
          args.paths.push(a);
        }
    }
  }
  if (format !== undefined) {
    if (args.command === 'inventory') args.inventoryFormat = oneOf('--format', format, INVENTORY_FORMATS);
    else args.format = oneOf('--format', format, FORMATS);
  }
  if (args.changedSince !== undefined && args.command === 'inventory') throw new UsageError('--changed-since applies to check, not inventory.');
  if (concurrencySeen && args.command !== 'check') throw new UsageError(`--concurrency applies to check, not ${args.command}.`);
  if (args.paths.length === 0) args.paths.push('.');
  return args;
}

export const HELP: Record<Lang, string> = {
  en: `privacy-annotations: check @personalData and @crossBorder tags against your policy file and PIPL

Usage: privacy-annotations check [paths...] [options]      (paths default to .)
       privacy-annotations inventory [paths...] [--format md|csv|json|mermaid|svg] [--output FILE]
       privacy-annotations init [paths...] [--output FILE]   (a starter policy proposed from the code)

Options:
  --policy FILE          use this policy file instead of the nearest privacy-policy.yaml|yml|json
  --format FORMAT        check: text (default), json, sarif, github (workflow annotations)
                         or gitlab (Code Quality report)
                         inventory: md (default, a processing record with the data map), csv,
                         json, mermaid (the data map as a Mermaid flowchart) or svg (the data
                         map as a self-contained picture)
  --changed-since REF    pull-request mode: only findings on lines changed since the git ref REF
                         (working tree against REF; untracked files count as new), plus findings
                         a changed policy file introduces anywhere. REF must be fetched: in CI
                         check out with full history (fetch-depth: 0) or fetch the base branch
  --output FILE          write the report to FILE instead of standard output
  --fail-on LEVEL        exit 1 when a finding is at or above LEVEL: error (default), warning, info, never
  --today YYYY-MM-DD     the date used for expiry checks (default: today)
  --lang en|zh           language of messages (default: from LANG)
  --hints                look for unannotated personal data in every file, not only in files
                         that already carry tags (slower: it parses more files)
  --no-egress            do not look for outbound calls nobody tagged (HTTP clients, vendor SDKs)
  --concurrency auto|N|off
                         threads that check files. auto (default): half the CPU cores, at most
                         ${MAX_AUTO_THREADS}, with ${MIN_FILES_PER_THREAD.toLocaleString('en-US')} files or more per thread (so one thread on 2 cores);
                         N: that many; off: one. The report is the same either way
  --no-color, --color    colours in text output (default: on for a terminal)
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or configuration error
(also: no git repository, or REF not found, with --changed-since; or a worker thread failed).
On a terminal, standard error shows a progress line during long checks.
Files: .ts .tsx .mts .cts .js .jsx .mjs .cjs; .gitignore is honoured; node_modules, build output, .yarn and files over 2 MB are skipped; minified code is checked for tags only.
`,
  zh: `privacy-annotations：根据政策文件和《个人信息保护法》检查 @personalData 与 @crossBorder 标签

用法：privacy-annotations check [路径...] [选项]      （路径默认为 .）
      privacy-annotations inventory [路径...] [--format md|csv|json|mermaid|svg] [--output 文件]
      privacy-annotations init [路径...] [--output 文件]   （根据代码生成政策文件草案）

选项：
  --policy 文件          使用指定的政策文件，而不是最近的 privacy-policy.yaml|yml|json
  --format 格式          check：text（默认）、json、sarif、github（工作流注释）
                         或 gitlab（代码质量报告）
                         inventory：md（默认，含数据流向图的处理记录）、csv、json、
                         mermaid（Mermaid 格式的数据流向图）或 svg（独立的数据流向图图片）
  --changed-since 引用   合并请求模式：只报告自 git 引用以来改动的行上的问题（工作区与该引用比较；
                         未跟踪的文件视为全新），以及政策文件的改动在任何位置新引入的问题。
                         该引用必须已获取：CI 中请拉取完整历史（fetch-depth: 0）或获取目标分支
  --output 文件          将报告写入文件，而不是标准输出
  --fail-on 级别         存在该级别及以上的问题时退出码为 1：error（默认）、warning、info、never
  --today YYYY-MM-DD     过期检查使用的日期（默认：今天）
  --lang en|zh           消息语言（默认：根据 LANG）
  --hints                在所有文件中查找未标注的个人信息，而不仅是已有标签的文件（较慢：需解析更多文件）
  --no-egress            不查找未标注的对外调用（HTTP 客户端、厂商 SDK）
  --concurrency auto|N|off
                         检查文件的线程数。auto（默认）：CPU 核心数的一半，最多 ${MAX_AUTO_THREADS} 个，
                         且每个线程至少分到 ${MIN_FILES_PER_THREAD} 个文件（2 核时为单线程）；N：指定数量；off：单线程。
                         报告内容与线程数无关
  --no-color, --color    文本输出是否使用颜色（默认：终端中使用）
  -h, --help             显示帮助
  -v, --version          显示版本

退出码：0 没有达到 --fail-on 级别的问题；1 存在达到该级别的问题；2 用法或配置错误
（使用 --changed-since 时，不在 git 仓库中或找不到该引用也是 2；工作线程失败也是 2）。
在终端中，检查较久时标准错误上会显示进度行。
文件：.ts .tsx .mts .cts .js .jsx .mjs .cjs；遵循 .gitignore；跳过 node_modules、构建输出、.yarn 和超过 2 MB 的文件；压缩（minified）代码只检查标注。
`,
};
