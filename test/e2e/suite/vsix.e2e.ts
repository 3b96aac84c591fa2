/// <reference types="mocha" />
/**
 * The packaged extension (.vsix installed with `code-server --install-extension`, not loaded from the
 * repo): it activates from its install folder, its bundled server runs, and what .vscodeignore must
 * keep is there (localized manifest, schema, grammar).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, find, hoverText, positionOf, waitForDiagnostics, workspaceFile } from './helpers';

suite('Packaged .vsix in VS Code', () => {
  test('the extension runs from its install folder, not from the repository', async () => {
    const { extension } = await activate();
    const expectedDir = process.env.E2E_EXTENSIONS_DIR;
    assert.ok(expectedDir, 'E2E_EXTENSIONS_DIR is set by the runner');
    assert.ok(
      path.resolve(extension.extensionPath).startsWith(path.resolve(expectedDir) + path.sep),
      `extension loaded from ${extension.extensionPath}, expected under ${expectedDir}`,
    );
    assert.equal(extension.isActive, true);
  });

  test('manifest strings are localized (package.nls.json shipped)', () => {
    const ext = vscode.extensions.getExtension('privacy-annotations.privacy-annotations')!;
    const commands: Array<{ command: string; title: string }> = ext.packageJSON.contributes.commands;
    for (const c of commands) assert.doesNotMatch(c.title, /^%.*%$/, `${c.command} has a resolved title`);
    const config = ext.packageJSON.contributes.configuration.properties['privacyAnnotations.enable'];
    assert.doesNotMatch(config.description, /^%.*%$/);
  });

  test('schema, grammar and walkthrough files are in the package', async () => {
    const ext = vscode.extensions.getExtension('privacy-annotations.privacy-annotations')!;
    const contributes = ext.packageJSON.contributes;
    const files: string[] = [
      ...contributes.jsonValidation.map((v: { url: string }) => v.url),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...(contributes.walkthroughs ?? []).flatMap((w: { steps: Array<{ media?: Record<string, unknown> }> }) =>
        w.steps.flatMap((s) => Object.values(s.media ?? {}).filter((m): m is string => typeof m === 'string')),
      ),
    ];
    assert.ok(files.length >= 2);
    const missing: string[] = [];
    for (const f of files) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, f));
      } catch {
        missing.push(f);
      }
    }
    assert.deepEqual(missing, [], 'every file the manifest names is installed');
  });

  test('diagnostics and hover from the bundled server', async () => {
    const customer = workspaceFile('src/customer.ts');
    await waitForDiagnostics(customer, (ds) => !!find(ds, 'sensitive-needs-separate-consent', 34), 'sensitive-needs-separate-consent (workspace diagnostics)');
    await waitForDiagnostics(workspaceFile('src/afterSales.ts'), (ds) => !!find(ds, 'cross-border-unknown-destination', 49), 'cross-border-unknown-destination');
    const doc = await vscode.workspace.openTextDocument(customer);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', customer, positionOf(doc, 'biometric.face', 'basis=consent', 3));
    assert.match(hoverText(hovers ?? []), /Art\. 29/);
  });
});
