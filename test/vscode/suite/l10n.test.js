// The default (English) display language: the counterpart of test/vscode/zh-cn/l10n.test.js.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO } = require('./helpers');

describe('gknb with VS Code’s display language English', () => {
  it('the manifest VS Code loaded is localized from package.nls.json', () => {
    assert.strictEqual(vscode.env.language, 'en');
    const en = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));
    const ext = vscode.extensions.getExtension('gknb.gknb');
    assert.strictEqual(ext.packageJSON.displayName, en.displayName);
    const insert = ext.packageJSON.contributes.commands.find((c) => c.command === 'gknb.insertTable');
    assert.strictEqual(insert.title, en['command.insertTable']);
  });
});
