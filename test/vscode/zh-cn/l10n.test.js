// Runs in a real VS Code whose display language is zh-cn (code-server --locale zh-cn with the stand-in
// language pack test/fixtures/zh-cn-language-pack): see test/vscode/ui/zh-cn-and-colours.mjs, which
// runs this suite and then checks the workbench itself (command palette, status bar, quick pick,
// notifications, token scopes).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, activate } = require('../suite/helpers');

const read = (f) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));

describe('gknb with VS Code’s display language zh-cn', function () {
  this.timeout(60000);

  it('VS Code reports the display language zh-cn to extensions', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn');
  });

  it('the manifest VS Code loaded is localized from package.nls.zh-cn.json (name, every command title)', async () => {
    const ext = await activate();
    const zh = read('package.nls.zh-cn.json');
    const en = read('package.nls.json');
    assert.strictEqual(ext.packageJSON.displayName, zh.displayName);
    const commands = ext.packageJSON.contributes.commands;
    assert.ok(commands.length >= 9);
    for (const c of commands) {
      const key = /^%(.+)%$/.exec(read('package.json').contributes.commands.find((x) => x.command === c.command).title)[1];
      // VS Code keeps the English title as `original` (the palette lists both, so English searches still work).
      assert.deepStrictEqual(c.title, { value: zh[key], original: en[key] }, c.command);
      assert.match(c.title.value, /[\u4e00-\u9fff]/, c.command);
    }
  });

  it('setting descriptions come in Chinese too', () => {
    const ext = vscode.extensions.getExtension('gknb.gknb');
    const zh = read('package.nls.zh-cn.json');
    const props = ext.packageJSON.contributes.configuration.properties;
    assert.strictEqual(props['gknb.run'].markdownDescription, zh['config.run']);
    assert.deepStrictEqual(props['gknb.run'].enumDescriptions, [zh['config.run.onType'], zh['config.run.onSave'], zh['config.run.off']]);
  });
});
