/**
 * What the V8 code cache of TypeScript should hold beyond what a process happened to run: V8 compiles functions
 * on their first call and only compiled ones go into the cache, so before the cache is written (./typescript.ts)
 * this runs the parts of TypeScript the engine uses on a small sample. A CLI run that never parsed anything
 * (`--version`, a folder without tags) then still leaves a cache that makes the next check start fast.
 */
import type * as TS from 'typescript';

/**
 * Exercises what the engine uses (parser with JSDoc and parent pointers, tree walks, comment ranges, incremental
 * re-parse, scanner). Returns how many nodes it visited and the parse errors in its samples (none: they are valid).
 */
export function warmUpTypeScript(ts: typeof TS): { nodes: number; parseErrors: number } {
  let nodes = 0;
  let parseErrors = 0;
  const sources: [string, string, TS.ScriptKind][] = [
    [
      'warm.ts',
      [
        "import { a } from './a';",
        'export interface Customer {',
        '  /** @personalData contact.phone purpose=account retention=3y */',
        '  phone?: string;',
        '  tags: readonly string[] | undefined;',
        '}',
        'export type Id = `id-${number}` | { id: number };',
        'enum Kind { A = 1, B }',
        'declare namespace N { const x: number; }',
        'export abstract class Service<T extends object = {}> implements Iterable<T> {',
        '  private readonly items = new Map<string, T>();',
        '  #secret = 0;',
        '  constructor(protected name: string) {}',
        '  /** @crossBorder SG recipient=acme mechanism=standard-contract */',
        '  async send(c: Customer, ...rest: unknown[]): Promise<void> { for (const x of rest) if (x as number > 1) await a(x satisfies unknown); }',
        '  get size(): number { return this.items.size; }',
        '  *[Symbol.iterator](): Iterator<T> { yield* this.items.values(); }',
        '}',
        'export default function f(p: Customer = { tags: [] }): Id { const { phone = "", ...o } = p; return phone ? `id-${1}` : { id: o.tags?.length ?? 0 }; }',
        'label: while (true) { try { break label; } catch (e) { throw e; } finally { /* x */ } }',
        'switch (1 as Kind) { case Kind.A: break; default: }',
        'const re = /a+b/g, n = 0x1f + 1e3 + 1n ? 2 : 3, arrow = async <U,>(u: U) => u;',
      ].join('\n'),
      ts.ScriptKind.TS,
    ],
    [
      'warm.jsx',
      [
        "const React = require('react');",
        '/** @param {{ name: string }} props @personalData identity.name */',
        'export function View(props) { return <div className="a" {...props}>{props.name}<>x</></div>; }',
        'module.exports = { View };',
      ].join('\n'),
      ts.ScriptKind.JSX,
    ],
  ];
  for (const [name, text, kind] of sources) {
    const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, kind);
    parseErrors += (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0;
    const visit = (node: TS.Node): void => {
      nodes++;
      ts.getJSDocTags(node);
      ts.getLeadingCommentRanges(text, node.pos);
      ts.getTrailingCommentRanges(text, node.end);
      ts.forEachChild(node, visit);
    };
    visit(sf);
    ts.updateSourceFile(sf, `${text} `, { span: { start: text.length, length: 0 }, newLength: 1 });
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
    while (scanner.scan() !== ts.SyntaxKind.EndOfFileToken);
  }
  return { nodes, parseErrors };
}
