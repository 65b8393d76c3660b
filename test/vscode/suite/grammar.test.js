// Syntax colouring in the real editor. VS Code 1.100 has no command that returns TextMate scopes to an
// extension: `_workbench.captureSyntaxTokens` (what VS Code's colorization tests used) is not registered
// in 1.100.3, and `_workbench.colorizeTextMateTokens`, which is, only times the tokenizer. It still shows that VS
// Code built a TextMate tokenizer from gknb's grammar (it throws "Cannot resolve tokenizer for language
// gknb" when the grammar is missing or broken). The scopes themselves are read from VS Code's
// "Inspect Editor Tokens and Scopes" widget in test/vscode/ui/zh-cn-and-colours.mjs, and checked in
// detail with the same TextMate engine in test/unit/grammar.test.ts.
const assert = require('assert');
const vscode = require('vscode');
const { seedText, writeWorkspaceFile, openDoc } = require('./helpers');

describe('gknb grammars in VS Code', function () {
  this.timeout(60000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a .gknb document is in the gknb language and VS Code tokenizes it with gknb’s TextMate grammar', async () => {
    const uri = writeWorkspaceFile('report.gknb', seedText('002'));
    const doc = await openDoc(uri);
    assert.strictEqual(doc.languageId, 'gknb');
    const r = await vscode.commands.executeCommand('_workbench.colorizeTextMateTokens', uri);
    assert.strictEqual(typeof r.tokenizeTime, 'number');
  });
});
