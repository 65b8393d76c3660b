/** A second editor: headless Neovim's built-in LSP client talks to the gknb server (plain LSP, push diagnostics). */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, seed } from '../helpers/fixtures';

describe('Neovim LSP client', function () {
  this.timeout(60000);

  it('receives diagnostics and symbols for a seed, and re-checks after an edit', () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(version.status === 0, 'nvim is installed (bash test/setup/install-editors.sh)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-nvim-'));
    try {
      const file = path.join(dir, 'report.md');
      fs.writeFileSync(file, seed('002').text);
      const out = path.join(dir, 'out.json');
      const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'test', 'nvim', 'check.lua')}`], {
        env: { ...process.env, GKNB_ROOT: ROOT, GKNB_FILE: file, GKNB_OUT: out, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
        encoding: 'utf8',
        timeout: 50000,
      });
      assert.ok(fs.existsSync(out), `nvim wrote no result: ${r.stderr} ${r.stdout}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.deepStrictEqual(result.errors, []);
      const codes = result.diagnostics.map((d: any) => d.code);
      assert.ok(codes.includes('title-format'), `diagnostics: ${JSON.stringify(result.diagnostics)}`);
      assert.ok(result.diagnostics.every((d: any) => d.source === 'gknb'));
      assert.strictEqual(result.symbols.length, 1);
      assert.deepStrictEqual(result.symbols[0].children.map((c: string) => c.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
      const rt = result.after_edit.find((d: any) => d.code === 'row-total');
      assert.ok(rt, `after edit: ${JSON.stringify(result.after_edit.map((d: any) => d.code))}`);
      assert.match(rt.message, /自然人\(5\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
