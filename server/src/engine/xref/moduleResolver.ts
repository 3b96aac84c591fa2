/**
 * Resolves import specifiers to files the way TypeScript does for a project: relative paths with
 * extension and index probing, and `paths` / `baseUrl` aliases from the nearest tsconfig.json or jsconfig.json
 * (with `extends`). Packages in node_modules are never followed: personal data types live in the project.
 */
import * as path from 'node:path';
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import { detached } from '../text/detached';
import { isFile, type Host } from '../host';
import { MAX_FILE_BYTES } from '../workspace/walk';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];
/** `import './x.js'` in TypeScript sources means ./x.ts. */
const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };


interface PathsConfig {
  baseUrl?: string;
  paths: [pattern: string, targets: string[]][];
}

export class ModuleResolver {
  private readonly configs = new Map<string, PathsConfig | undefined>();
  private readonly resolved = new Map<string, string | undefined>();

  constructor(private readonly host: Host) {}

  /** Forget cached answers (files or configs appeared, disappeared or changed). */
  clear(): void {
    this.configs.clear();
    this.resolved.clear();
  }

  resolve(specifier: string, fromFile: string): string | undefined {
    const key = `${path.dirname(fromFile)}\0${specifier}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const result = this.compute(specifier, fromFile);
    this.resolved.set(detached(key), result);
    return result;
  }

  private compute(specifier: string, fromFile: string): string | undefined {
    if (specifier.startsWith('.') || path.isAbsolute(specifier)) return this.probe(path.resolve(path.dirname(fromFile), specifier));
    const config = this.configFor(path.dirname(fromFile));
    if (!config) return undefined;
    for (const [pattern, targets] of config.paths) {
      const star = pattern.indexOf('*');
      let captured: string | undefined;
      if (star < 0) captured = pattern === specifier ? '' : undefined;
      else {
        const prefix = pattern.slice(0, star);
        const suffix = pattern.slice(star + 1);
        if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length) {
          captured = specifier.slice(prefix.length, specifier.length - suffix.length);
        }
      }
      if (captured === undefined) continue;
      for (const target of targets) {
        const found = this.probe(path.resolve(config.baseUrl ?? '.', target.replace('*', captured)));
        if (found) return found;
      }
    }
    if (config.baseUrl) return this.probe(path.resolve(config.baseUrl, specifier));
    return undefined;
  }

  /** The file a path means: itself, with an extension, a TS file for a .js import, or an index file. */
  private probe(base: string): string | undefined {
    const ext = path.extname(base);
    if (JS_TO_TS[ext]) {
      for (const tsExt of JS_TO_TS[ext]) {
        const candidate = base.slice(0, -ext.length) + tsExt;
        if (isFile(this.host, candidate)) return candidate;
      }
    }
    if (ext && EXTENSIONS.includes(ext) && isFile(this.host, base)) return base;
    for (const e of EXTENSIONS) if (isFile(this.host, base + e)) return base + e;
    for (const e of EXTENSIONS) if (isFile(this.host, path.join(base, 'index' + e))) return path.join(base, 'index' + e);
    return undefined;
  }

  /** `paths` and `baseUrl` of the nearest tsconfig.json / jsconfig.json above a folder. */
  private configFor(dir: string): PathsConfig | undefined {
    if (this.configs.has(dir)) return this.configs.get(dir);
    let config: PathsConfig | undefined;
    const file = ['tsconfig.json', 'jsconfig.json'].map((n) => path.join(dir, n)).find((f) => isFile(this.host, f));
    if (file) config = this.readConfig(file, 0);
    else {
      const parent = path.dirname(dir);
      config = parent === dir ? undefined : this.configFor(parent);
    }
    this.configs.set(dir, config);
    return config;
  }

  private readConfig(file: string, depth: number): PathsConfig | undefined {
    const read = this.host.readFile(file, MAX_FILE_BYTES);
    if (!('text' in read) || depth > 5) return undefined;
    const text = read.text;
    const parsed = ts.parseConfigFileTextToJson(file, text);
    const options = (parsed.config as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> }; extends?: string | string[] } | undefined) ?? {};
    const dir = path.dirname(file);
    let inherited: PathsConfig | undefined;
    const ext = Array.isArray(options.extends) ? options.extends[options.extends.length - 1] : options.extends;
    if (typeof ext === 'string' && (ext.startsWith('.') || path.isAbsolute(ext))) {
      const base = path.resolve(dir, ext.endsWith('.json') ? ext : ext + '.json');
      inherited = this.readConfig(base, depth + 1);
    }
    const co = options.compilerOptions ?? {};
    const baseUrl = co.baseUrl !== undefined ? path.resolve(dir, co.baseUrl) : inherited?.baseUrl;
    // `paths` without baseUrl are relative to the config file that declares them.
    const pathsBase = co.baseUrl !== undefined ? baseUrl! : dir;
    const paths: PathsConfig['paths'] = co.paths
      ? Object.entries(co.paths).map(([p, targets]) => [p, targets.map((t) => path.resolve(pathsBase, t))])
      : (inherited?.paths ?? []);
    return { baseUrl, paths };
  }
}
