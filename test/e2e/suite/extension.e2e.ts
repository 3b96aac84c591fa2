/// <reference types="mocha" />
/**
 * The extension in a real VS Code, on a copy of examples/demo: diagnostics (open and closed files),
 * hover, quick fixes and fix-all, completion, policy edits, a server crash, and the commands.
 * Expected findings come from examples/demo/EXPECTED.md (lines are 1-based there and here).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import {
  activate,
  describe as describeDiagnostics,
  find,
  hasAll,
  hoverText,
  labelOf,
  ours,
  positionOf,
  step,
  waitForDiagnostics,
  waitForEvent,
  workspaceFile,
  type Api,
} from './helpers';

suite('Privacy Annotations in VS Code (demo workspace)', () => {
  let api: Api;
  const customer = workspaceFile('src/customer.ts');
  const afterSales = workspaceFile('src/afterSales.ts');
  const marketing = workspaceFile('src/marketing.ts');
  const memberImport = workspaceFile('src/legacy/memberImport.js');
  const policy = workspaceFile('privacy-policy.yaml');
  const notifications = workspaceFile('src/notifications.ts');

  suiteSetup(async () => {
    ({ api } = await activate());
    assert.equal(api.client.state, State.Running, 'the language client is running after activate()');
  });

  suiteTeardown(async () => {
    // Leave no unsaved editors behind (the workspace is a temporary copy).
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
  });

  test('workspace diagnostics: files never opened get the documented findings', async () => {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const uri of [afterSales, marketing, memberImport]) assert.ok(!open.has(uri.toString()), `${uri.fsPath} must not be open for this test`);
    await waitForDiagnostics(
      afterSales,
      hasAll([
        ['missing-retention', 19],
        ['missing-impact-assessment', 33],
        ['cross-border-unknown-destination', 49],
        ['cross-border-insufficient-mechanism', 60],
        ['cross-border-category-not-allowed', 69],
      ]),
      'EXPECTED.md #14-#19',
    );
    await waitForDiagnostics(
      marketing,
      hasAll([
        ['malformed-tag', 20],
        ['category-not-allowed-for-purpose', 38],
        ['category-not-allowed', 46],
        ['unknown-purpose', 70],
        ['cross-border-needs-separate-consent', 84],
      ]),
      'EXPECTED.md #6-#11',
    );
    await waitForDiagnostics(memberImport, hasAll([['malformed-tag', 37], ['cross-border-domestic-destination', 49]]), 'EXPECTED.md #21-#22');
    const afterSalesDiagnostics = ours(afterSales);
    const missingRetention = find(afterSalesDiagnostics, 'missing-retention', 19)!;
    assert.equal(missingRetention.severity, vscode.DiagnosticSeverity.Error, 'the policy raises missing-retention to error');
    assert.match(missingRetention.message, /retention/i);
    const code = missingRetention.code as { value: string; target: vscode.Uri };
    assert.equal(typeof code, 'object', 'the code links to the rule documentation');
    assert.match(code.target.toString(), /missing-retention/);
  });

  test('an opened file: customer.ts has its five findings, with sensitive-needs-separate-consent on line 34', async () => {
    const doc = await vscode.workspace.openTextDocument(customer);
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(
      customer,
      hasAll([
        ['retention-exceeds-purpose', 14],
        ['unknown-category', 22],
        ['missing-purpose', 27],
        ['sensitive-needs-separate-consent', 34],
        ['malformed-tag', 43],
      ]),
      'EXPECTED.md #1-#5',
    );
    const sensitive = find(ds, 'sensitive-needs-separate-consent', 34)!;
    assert.equal(doc.getText(sensitive.range).length > 0, true, 'the diagnostic has a non-empty range');
    assert.match(sensitive.message, /separate/i);
  });

  test('hover on biometric.face cites PIPL Arts. 28 and 29', async () => {
    const doc = await vscode.workspace.openTextDocument(customer);
    const at = positionOf(doc, 'biometric.face', 'basis=consent', 3);
    const hovers = await step('executeHoverProvider', vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', customer, at));
    const text = hoverText(hovers ?? []);
    assert.match(text, /biometric\.face|face/i, `hover names the category; got:\n${text}`);
    assert.match(text, /Art(icle)?s?\.? 28/, `hover cites Art. 28 (sensitive personal information); got:\n${text}`);
    assert.match(text, /Art(icle)?s?\.? 29/, `hover cites Art. 29 (separate consent); got:\n${text}`);
  });

  test('quick fix "Set basis=separate-consent" fixes sensitive-needs-separate-consent', async () => {
    const doc = await vscode.workspace.openTextDocument(customer);
    const diagnostic = find(ours(customer), 'sensitive-needs-separate-consent', 34);
    assert.ok(diagnostic, `no sensitive-needs-separate-consent on line 34; have ${describeDiagnostics(ours(customer))}`);
    const actions = await step('executeCodeActionProvider (quick fixes)', () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', customer, diagnostic.range), { retryCanceled: true });
    const titles = (actions ?? []).map((a) => a.title);
    const fix = (actions ?? []).find((a) => a.title === 'Set basis=separate-consent');
    assert.ok(fix, `"Set basis=separate-consent" offered; got: ${titles.join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix.edit, 'the fix carries a WorkspaceEdit');
    const gone = waitForDiagnostics(customer, (ds) => !find(ds, 'sensitive-needs-separate-consent'), 'sensitive-needs-separate-consent to go away', { afterEvent: true });
    assert.equal(await step('applyEdit (quick fix)', vscode.workspace.applyEdit(fix.edit)), true, 'applyEdit succeeded');
    assert.match(doc.lineAt(33).text, /@personalData biometric\.face purpose=faceLogin basis=separate-consent\s*$/);
    const after = await gone;
    assert.ok(find(after, 'unknown-category', 22), `the other findings stay; have ${describeDiagnostics(after)}`);
  });

  test('fix-all (source.fixAll) corrects contact.phon to contact.phone', async () => {
    const doc = await vscode.workspace.openTextDocument(customer);
    assert.ok(find(ours(customer), 'unknown-category', 22), 'the typo is reported first');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await step('executeCodeActionProvider (source.fixAll)', () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', customer, whole, vscode.CodeActionKind.SourceFixAll.value), { retryCanceled: true });
    const fixAll = (actions ?? []).find((a) => a.kind?.value === 'source.fixAll.privacy');
    assert.ok(fixAll?.edit, `a source.fixAll.privacy action with an edit; got: ${(actions ?? []).map((a) => `${a.kind?.value}: ${a.title}`).join(' | ')}`);
    const fixed = waitForDiagnostics(customer, (ds) => !find(ds, 'unknown-category'), 'unknown-category to go away', { afterEvent: true });
    assert.equal(await step('applyEdit (fix-all)', vscode.workspace.applyEdit(fixAll.edit)), true);
    assert.match(doc.lineAt(21).text, /@personalData contact\.phone purpose=account\s*$/);
    await fixed;
    await step('save customer.ts', doc.save());
  });

  test('an untagged Twilio call: the squiggle, the hover, and the quick fix that adds the @crossBorder tag', async () => {
    const doc = await vscode.workspace.openTextDocument(notifications);
    const original = doc.getText();
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(notifications, (d) => !!find(d, 'cross-border-untagged-transfer', 9), 'EXPECTED.md #30: cross-border-untagged-transfer on the Twilio call');
    const diagnostic = find(ds, 'cross-border-untagged-transfer', 9)!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'a warning: the squiggle');
    assert.equal(doc.getText(diagnostic.range).replace(/\s+/g, ''), 'sms.messages.create', 'on the callee');
    const hovers = await step('executeHoverProvider (outbound call)', vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', notifications, diagnostic.range.start.translate(0, 5)));
    const text = hoverText(hovers ?? []).replace(/\\(.)/g, '$1');
    assert.match(text, /-> Twilio, api\.twilio\.com, US; no @crossBorder covers this call/, `hover says what leaves, for whom and where; got:\n${text}`);
    const actions = await step('executeCodeActionProvider (egress quick fixes)', () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', notifications, diagnostic.range), { retryCanceled: true });
    const titles = (actions ?? []).map((a) => a.title);
    // The demo's policy has one destination in the US, us-analytics: the tag names it.
    const fix = (actions ?? []).find((a) => a.title === 'Add @crossBorder us-analytics to notifyShipped');
    assert.ok(fix?.edit, `the tag fix is offered; got: ${titles.join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    const gone = waitForDiagnostics(notifications, (d) => !find(d, 'cross-border-untagged-transfer') && !!find(d, 'cross-border-destination-mismatch'), 'cross-border-untagged-transfer to go away', { afterEvent: true });
    try {
      assert.equal(await step('applyEdit (egress quick fix)', vscode.workspace.applyEdit(fix.edit)), true);
      const fn = positionOf(doc, 'export async function notifyShipped').line;
      assert.equal(doc.lineAt(fn - 1).text, ' */', 'the JSDoc block closes right above the function');
      assert.equal(doc.lineAt(fn - 2).text, ' * @crossBorder us-analytics recipient=twilio categories=contact.phone,identity.name,contact.address');
      assert.equal(doc.lineAt(fn - 3).text, ' * Texts the recipient of a parcel when the warehouse hands it to the carrier.', 'the description stays');
      await gone;
    } finally {
      // Leave the file as it was for the other tests.
      const restore = new vscode.WorkspaceEdit();
      restore.replace(notifications, new vscode.Range(0, 0, doc.lineCount, 0), original);
      await vscode.workspace.applyEdit(restore);
      await doc.save();
    }
    assert.equal(doc.getText(), original, 'restored');
  });

  test('an unresolved destination: the quick fix asks where the environment variable points and maps it in crossBorder.hosts', async () => {
    const crmSync = workspaceFile('src/crmSync.ts');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(crmSync));
    const ds = await waitForDiagnostics(crmSync, (d) => !!find(d, 'cross-border-unresolved-destination', 6), 'EXPECTED.md #33: cross-border-unresolved-destination on the fetch');
    const diagnostic = find(ds, 'cross-border-unresolved-destination', 6)!;
    const actions = await step('executeCodeActionProvider (unresolved destination)', () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', crmSync, diagnostic.range), { retryCanceled: true });
    const ask = (actions ?? []).find((a) => a.title === 'Map env CRM_WEBHOOK_URL to a country or region in crossBorder.hosts of privacy-policy.yaml…');
    assert.ok(ask?.command, `the asking fix is offered; got: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    const policyDoc = await vscode.workspace.openTextDocument(policy);
    const original = policyDoc.getText();
    // The user's answer to the pick: Japan, which the demo policy does not name.
    type Item = vscode.QuickPickItem & { destination?: string };
    const window = vscode.window as unknown as { showQuickPick: (items: readonly Item[]) => Promise<Item | undefined> };
    const showQuickPick = window.showQuickPick;
    let offered: string[] = [];
    window.showQuickPick = async (items) => {
      offered = items.filter((i) => i.destination).map((i) => i.label);
      return items.find((i) => i.destination === 'JP');
    };
    // Mapped to a country abroad that no tag names, the call is now an untagged transfer to JP.
    const moved = waitForDiagnostics(crmSync, (d) => !find(d, 'cross-border-unresolved-destination') && !!find(d, 'cross-border-untagged-transfer', 6), 'the finding to become an untagged transfer', { afterEvent: true });
    try {
      assert.equal(await step('run the asking quick fix', vscode.commands.executeCommand(ask.command.command, ...(ask.command.arguments ?? []))), true);
      assert.deepEqual(offered.slice(0, offered.indexOf('domestic') + 1).sort(), ['SG', 'domestic', 'us-analytics'], "the policy's destinations and domestic come first");
      assert.ok(offered.includes('JP') && !offered.includes('CN'), 'every country but mainland China is offered');
      assert.match(policyDoc.getText(), /\n {4}- env: "CRM_WEBHOOK_URL"\n {6}destination: JP\n/, 'the entry is in crossBorder.hosts');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), policy.toString(), 'the policy file is shown at the new entry');
      await step('save the policy', policyDoc.save());
      const after = await moved;
      assert.match(find(after, 'cross-border-untagged-transfer', 6)!.message, /JP|Japan/);
    } finally {
      window.showQuickPick = showQuickPick;
      const restore = new vscode.WorkspaceEdit();
      restore.replace(policy, new vscode.Range(0, 0, policyDoc.lineCount, 0), original);
      await vscode.workspace.applyEdit(restore);
      await policyDoc.save();
    }
  });

  test('completion after "@personalData " lists taxonomy categories', async () => {
    const scratch = workspaceFile('src/scratch.ts');
    const text = ['/**', ' * @personalData ', ' */', 'export const scratch = 1;', ''].join('\n');
    await vscode.workspace.fs.writeFile(scratch, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(scratch);
    await vscode.window.showTextDocument(doc);
    const list = await step('executeCompletionItemProvider', vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', scratch, new vscode.Position(1, ' * @personalData '.length)));
    const labels = (list?.items ?? []).map(labelOf);
    for (const category of ['biometric.face', 'contact.phone']) {
      assert.ok(labels.includes(category), `${category} offered; got ${labels.slice(0, 40).join(', ')}${labels.length > 40 ? ', ...' : ''}`);
    }
  });

  test('adding destination JP to the policy clears cross-border-unknown-destination in afterSales.ts', async () => {
    assert.ok(find(ours(afterSales), 'cross-border-unknown-destination', 49), `reported before the edit; have ${describeDiagnostics(ours(afterSales))}`);
    const doc = await vscode.workspace.openTextDocument(policy);
    const line = positionOf(doc, 'destinations:', 'destinations:').line;
    const indent = doc.lineAt(line).firstNonWhitespaceCharacterIndex + 2;
    const pad = ' '.repeat(indent);
    const entry = [`${pad}# Customer-service desk in Osaka (added by the end-to-end test).`, `${pad}JP:`, `${pad}  recipients: [sakura-cs-jp]`, `${pad}  mechanism: standard-contract`, ''].join('\n');
    const cleared = waitForDiagnostics(afterSales, (ds) => !find(ds, 'cross-border-unknown-destination'), 'cross-border-unknown-destination to go away', { afterEvent: true });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(policy, new vscode.Position(line + 1, 0), entry);
    assert.equal(await step('applyEdit (policy)', vscode.workspace.applyEdit(edit)), true);
    assert.equal(await step('save the policy', doc.save()), true, 'the policy was saved');
    const after = await cleared;
    assert.ok(find(after, 'missing-retention', 19), `the other findings of afterSales.ts stay; have ${describeDiagnostics(after)}`);
  });

  test('F12 on purpose= in a tag lands on the purpose in the policy', async () => {
    const doc = await vscode.workspace.openTextDocument(customer);
    const editor = await vscode.window.showTextDocument(doc);
    const at = positionOf(doc, 'purpose=faceLogin', 'biometric.face', 2);
    editor.selection = new vscode.Selection(at, at);
    const landed = waitForEvent(vscode.window.onDidChangeActiveTextEditor, (e) => e?.document.uri.toString() === policy.toString(), 'the policy editor');
    await step('editor.action.revealDefinition (F12)', vscode.commands.executeCommand('editor.action.revealDefinition'));
    const target = (await landed)!;
    const line = target.document.lineAt(target.selection.active.line).text;
    assert.match(line, /^\s*faceLogin:/, `F12 lands on the purpose's key; got line ${target.selection.active.line + 1}: ${line}`);
  });

  test('Shift+F12 on a category lists its references, closed files and policy patterns included', async () => {
    const doc = await vscode.workspace.openTextDocument(customer);
    const editor = await vscode.window.showTextDocument(doc);
    const at = positionOf(doc, 'contact.address', 'purpose=delivery', 3);
    editor.selection = new vscode.Selection(at, at);
    await step('editor.action.goToReferences (Shift+F12)', vscode.commands.executeCommand('editor.action.goToReferences'));
    const refs = await step('executeReferenceProvider', vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', customer, at));
    const files = new Set((refs ?? []).map((l) => vscode.workspace.asRelativePath(l.uri)));
    for (const f of ['src/customer.ts', 'src/afterSales.ts', 'src/warehouseSync.ts', 'src/orders.ts', 'privacy-policy.yaml']) assert.ok(files.has(f), `${f} among the references; got ${[...files].join(', ')}`);
    const policyDoc = await vscode.workspace.openTextDocument(policy);
    const inPolicy = (refs ?? []).filter((l) => l.uri.toString() === policy.toString()).map((l) => policyDoc.getText(l.range));
    assert.ok(inPolicy.includes('contact.*'), `the allow list's contact.* covers it; got ${inPolicy.join(', ')}`);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test('renaming a purpose edits the policy and every tag, closed files included; renaming back restores them', async () => {
    const files = [policy, customer, afterSales, workspaceFile('src/warehouseSync.ts'), workspaceFile('src/orders.ts'), workspaceFile('src/notifications.ts')];
    const before = await Promise.all(files.map(async (f) => (await vscode.workspace.openTextDocument(f)).getText()));
    const doc = await vscode.workspace.openTextDocument(customer);
    const at = positionOf(doc, 'delivery', 'purpose=delivery', 2);
    const edit = await step('executeDocumentRenameProvider', vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', customer, at, 'shipping'));
    assert.deepEqual(edit.entries().map(([u]) => vscode.workspace.asRelativePath(u)).sort(), ['privacy-policy.yaml', 'src/afterSales.ts', 'src/customer.ts', 'src/notifications.ts', 'src/orders.ts', 'src/warehouseSync.ts']);
    assert.equal(await step('applyEdit (rename)', vscode.workspace.applyEdit(edit)), true);
    const policyDoc = await vscode.workspace.openTextDocument(policy);
    assert.match(policyDoc.getText(), /^ {2}shipping:\n {4}description: Shipping orders/m, 'the key is renamed in place');
    assert.equal(policyDoc.getText(), before[0].replace(/^ {2}delivery:/m, '  shipping:'), 'nothing else of the policy changed, comments included');
    const afterSalesDoc = await vscode.workspace.openTextDocument(afterSales);
    assert.equal(afterSalesDoc.getText(), before[2].replaceAll('purpose=delivery', 'purpose=shipping'));
    const policyAt = positionOf(policyDoc, 'shipping', '  shipping:', 1);
    const back = await step('executeDocumentRenameProvider (back)', vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', policy, policyAt, 'delivery'));
    assert.equal(await step('applyEdit (rename back)', vscode.workspace.applyEdit(back)), true);
    for (const [i, f] of files.entries()) assert.equal((await vscode.workspace.openTextDocument(f)).getText(), before[i], `${vscode.workspace.asRelativePath(f)} restored`);
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
  });

  test('a killed server is restarted by the client and diagnostics come back', async () => {
    const client = api.client;
    const oldPid = client.serverProcess?.pid;
    assert.ok(oldPid, 'the client exposes its server process (LanguageClient.serverProcess)');
    let restarted = false;
    const republished = { afterSales: false, customer: false };
    const running = waitForEvent(client.onDidChangeState, (e) => e.newState === State.Running, 'the client to be Running again');
    const states: string[] = [];
    const stateSub = client.onDidChangeState((e) => {
      states.push(`${State[e.oldState]}->${State[e.newState]}`);
      if (e.newState === State.Running) restarted = true;
    });
    const both = new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!restarted) return;
        for (const uri of e.uris) {
          if (uri.toString() === afterSales.toString() && find(ours(afterSales), 'missing-retention', 19)) republished.afterSales = true;
          if (uri.toString() === customer.toString() && find(ours(customer), 'missing-purpose', 27)) republished.customer = true;
        }
        if (republished.afterSales && republished.customer) {
          sub.dispose();
          resolve();
        }
      });
    });
    process.kill(oldPid, 'SIGKILL');
    let timer: NodeJS.Timeout | undefined;
    try {
      await running;
      const newPid = client.serverProcess?.pid;
      assert.ok(newPid && newPid !== oldPid, `a new server process (old ${oldPid}, new ${newPid}); states ${states.join(', ')}`);
      await Promise.race([
        both,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`diagnostics not republished after the restart: ${JSON.stringify(republished)}`)), 60_000);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      stateSub.dispose();
    }
    // And the restarted server still answers requests on open documents.
    const doc = await vscode.workspace.openTextDocument(customer);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', customer, positionOf(doc, 'biometric.face', 'biometric.face', 3));
    assert.match(hoverText(hovers ?? []), /Art\. 29/);
  });

  test('the commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['privacyAnnotations.createPolicy', 'privacyAnnotations.showArticle', 'privacyAnnotations.restartServer', 'privacyAnnotations.showOutput', 'privacyAnnotations.showDataMap']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  test('restartServer restarts the server', async () => {
    const client = api.client;
    const oldPid = client.serverProcess?.pid;
    const running = waitForEvent(client.onDidChangeState, (e) => e.newState === State.Running, 'Running after restartServer');
    await vscode.commands.executeCommand('privacyAnnotations.restartServer');
    await running;
    assert.notEqual(client.serverProcess?.pid, oldPid, 'a new server process');
    await waitForDiagnostics(customer, (ds) => !!find(ds, 'missing-purpose', 27), 'diagnostics after restartServer');
  });

  test('the Personal Data view opens, and the export command writes the inventory', async () => {
    await vscode.commands.executeCommand('privacyAnnotations.personalData.focus');
    const md = workspaceFile('personal-data-inventory.md');
    await vscode.commands.executeCommand('privacyAnnotations.exportInventory', 'md', md);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
    assert.match(text, /^# Personal data inventory/);
    assert.match(text, /## Purpose: `faceLogin`/);
    assert.match(text, /\| SG \|/);
    const csv = workspaceFile('personal-data-inventory.csv');
    await vscode.commands.executeCommand('privacyAnnotations.exportInventory', 'csv', csv);
    const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).trim().split(/\r?\n/);
    assert.match(rows[0], /^kind,category,sensitive,/);
    assert.ok(rows.some((r) => r.startsWith('annotation,biometric.face,true,')), rows.slice(0, 5).join('\n'));
  });

  test('Show Data Map opens the data map beside the editor, once however often it is run', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(customer));
    const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const webviews = () => allTabs().filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('privacyAnnotations.dataMap'));
    // The extension host learns of new tabs a moment after the panel is created.
    const opened = waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => webviews().length > 0, 'the Data Map tab');
    await vscode.commands.executeCommand('privacyAnnotations.showDataMap');
    await vscode.commands.executeCommand('privacyAnnotations.showDataMap');
    await opened;
    const tabs = webviews();
    assert.equal(tabs.length, 1, `one panel; tabs: ${allTabs().map((t) => `${t.label} (${t.input instanceof vscode.TabInputWebview ? t.input.viewType : 'text'})`).join(', ')}`);
    assert.equal(tabs[0].label, 'Data Map');
    const code = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === customer.toString()));
    assert.notEqual(tabs[0].group.viewColumn, code?.viewColumn, 'beside the code');
    await vscode.window.tabGroups.close(tabs);
  });

  test('the getting-started walkthrough is contributed and opens', async () => {
    const { extension } = await activate();
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs;
    assert.equal(walkthrough.steps.length, 5);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extension.id}#${walkthrough.id}`, false);
  });

  test('Create Policy File proposes a policy from the code and never overwrites one', async () => {
    const original = await vscode.workspace.fs.readFile(policy);
    // With a policy in place: it is opened, not replaced.
    await vscode.commands.executeCommand('privacyAnnotations.createPolicy');
    assert.deepEqual(await vscode.workspace.fs.readFile(policy), original);
    await vscode.workspace.fs.delete(policy);
    try {
      await vscode.commands.executeCommand('privacyAnnotations.createPolicy');
      const proposed = new TextDecoder().decode(await vscode.workspace.fs.readFile(policy));
      assert.match(proposed, /^# Policy file proposed by `privacy-annotations init`/);
      assert.match(proposed, /biometric\.face/);
    } finally {
      await vscode.workspace.fs.writeFile(policy, original);
    }
  });
});
