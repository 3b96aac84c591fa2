/**
 * The layers of the code, checked by dependency-cruiser (test/architecture/layers.test.ts runs it in npm test):
 * - the engine is entered only through its front door (engine/index.ts) or the client's plain-data entry
 *   (engine/data.ts); lsp/ and cli/ never import each other; the client reaches the server only through the
 *   protocol module and engine/data.ts;
 * - inside the engine, folders form one direction: a folder imports only folders below it (RANKS);
 * - the engine imports nothing of VS Code or LSP, and no file system module (files reach it through a host);
 * - no import cycles.
 * Type-only imports count like others: a layer that names another's types depends on it.
 */

/** Engine folders, lowest first. A folder may import its own files and the folders before it. */
const RANKS = ['text', 'workspace', 'grammar', 'taxonomy', 'geo', 'law', 'extract', 'detect', 'xref', 'egress', 'policy', 'navigation', 'resolve', 'suppress', 'rules', 'inventory', 'datamap', 'report', 'analysis'];
/** Files at the root of the engine that every folder may import (plain types and the host interface). */
const ROOT_FILES = '(types|host)\\.ts';
const ENGINE = '^server/src/engine/';
const ENTRIES = `${ENGINE}(index|data)\\.ts$`;

const layerRules = RANKS.map((folder, i) => ({
  name: `engine-${folder}-imports-only-lower-folders`,
  comment: `engine/${folder}/ may import ${RANKS.slice(0, i).join(', ') || 'no other folder'} (and the engine's root types), not ${RANKS.slice(i + 1).join(', ') || 'anything above'} nor the engine's entry modules.`,
  severity: 'error',
  from: { path: `${ENGINE}${folder}/` },
  to: { path: ENGINE, pathNot: [`${ENGINE}(${RANKS.slice(0, i + 1).join('|')})/`, `${ENGINE}${ROOT_FILES}$`] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'engine-folders-known',
      comment: 'Every engine folder has its place in RANKS (test/architecture/dependency-cruiser.cjs): add a new one there.',
      severity: 'error',
      from: { path: ENGINE, pathNot: [`${ENGINE}(${RANKS.join('|')})/`, `${ENGINE}[^/]+\\.ts$`] },
      to: {},
    },
    {
      name: 'engine-front-door',
      comment: 'Outside the engine, import it through engine/index.ts (or engine/data.ts for plain data), never a file inside it.',
      severity: 'error',
      from: { path: '^(server/src|client/src)/', pathNot: ENGINE },
      to: { path: ENGINE, pathNot: ENTRIES },
    },
    {
      name: 'engine-entries-are-for-outside',
      comment: "The engine's own files import each other directly, never its entry modules (that would be a cycle).",
      severity: 'error',
      from: { path: ENGINE },
      to: { path: ENTRIES },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine knows nothing of VS Code or LSP.',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: '^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc)$|node_modules/(vscode|vscode-languageserver[^/]*|vscode-languageclient[^/]*|vscode-jsonrpc)/' },
    },
    {
      name: 'engine-has-no-file-system',
      comment: 'Files reach the engine through the host passed in (engine/host.ts), not through fs.',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'lsp-and-cli-apart',
      comment: "The language server and the CLI are two fronts of the engine: neither imports the other.",
      severity: 'error',
      from: { path: '^server/src/(lsp|cli)/' },
      to: { path: '^server/src/(lsp|cli)/', pathNot: '^server/src/$1/' },
    },
    {
      name: 'client-through-protocol',
      comment: 'The VS Code client reaches the server only through the protocol module and the engine\'s plain-data entry.',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^server/src/', pathNot: ['^server/src/protocol\\.ts$', `${ENGINE}data\\.ts$`, `${ENGINE}index\\.ts$`] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
