/** The table renderer: the annex layout, findings on their cells, source ranges, last year, escaping. */
import * as assert from 'assert';
import * as cheerio from 'cheerio';
import { checkText } from '../../server/src/engine';
import { FORMATS } from '../../server/src/engine/format';
import { renderTables } from '../../server/src/render/tables-html';
import { seed } from '../helpers/fixtures';

/** Seed 002 with （七）总计's total changed from 1 to 3: row-total, result-total and balance all fire there. */
function brokenTotal(): string {
  const text = seed('002').text;
  const broken = text.replace(/^\(七\) 总计\t1\t0\t0\t0\t0\t0\t1/m, '(七) 总计\t1\t0\t0\t0\t0\t0\t3');
  assert.notStrictEqual(broken, text, 'the seed has the row this test breaks');
  return broken;
}

/** A cell's own text, without what the renderer adds beside it (应为 N, last year). */
function valueOf($: cheerio.CheerioAPI, td: any): string {
  const v = $(td).find('.v');
  return v.length ? v.text() : $(td).text();
}

function render(text: string, options: Parameters<typeof renderTables>[1] = {}) {
  const a = checkText(text);
  return { a, $: cheerio.load(renderTables(a.model, { diagnostics: a.diagnostics, source: true, ...options })) };
}

describe('table renderer', () => {
  it('marks the broken total red with the message and the value it should have, and carries its source range', () => {
    const text = brokenTotal();
    const { $ } = render(text);
    const wrong = $('table.t3 tr[data-row="result_total"] td').last();
    assert.ok(wrong.hasClass('sev-error'), wrong.attr('class'));
    assert.match(wrong.attr('title')!, /应为 1/);
    assert.match(wrong.attr('title')!, /\[row-total\]/);
    assert.strictEqual(wrong.find('.exp').text(), '应为 1');
    const line = text.split('\n')[Number(wrong.attr('data-l'))];
    assert.strictEqual(line.slice(Number(wrong.attr('data-s')), Number(wrong.attr('data-e'))), '3');
    // Only that cell is wrong.
    assert.strictEqual($('.sev-error').length, 1);
  });

  it('lays out table 三 as the annex: the 勾稽 note over the label columns, parents spanning their rows', () => {
    const { $ } = render(seed('002').text);
    const fmt = FORMATS['2021'];
    const note = $('table.t3 th.note');
    assert.strictEqual(note.attr('rowspan'), '3');
    assert.strictEqual(note.attr('colspan'), '3');
    assert.match(note.text(), /勾稽关系/);
    const results = fmt.table3Rows.filter((r) => r.path[0] === '三、本年度办理结果').length;
    assert.strictEqual($('table.t3 th.g').filter((_, e) => $(e).text() === '三、本年度办理结果').attr('rowspan'), String(results));
    assert.strictEqual($('table.t3 th.g').filter((_, e) => $(e).text() === '（三）不予公开').attr('rowspan'), '8');
    assert.strictEqual($('table.t3 tbody tr').length, fmt.table3Rows.length);
    // Every body row has one cell per column, and the row spans add up to the same width.
    $('table.t3 tbody tr').each((_, tr) => assert.strictEqual($(tr).find('td').length, fmt.table3Columns.length));
    assert.strictEqual($('table.t3 th[colspan="5"]').text(), '法人或其他组织');
    assert.strictEqual($('table.t4 thead tr').first().find('th').map((_, e) => $(e).text()).get().join('|'), '行政复议|行政诉讼');
    assert.strictEqual($('table.t4 td').length, 15);
    assert.strictEqual($('table.t2 tbody').length, fmt.table2.length);
    assert.ok($('th[scope="row"]').length > 30, 'row headers for screen readers');
  });

  it('draws every cell of the model once, with its own text at its source range', () => {
    const text = seed('001').text;
    const lines = text.split(/\r?\n/);
    const { a, $ } = render(text);
    const cells: string[] = [];
    for (const sub of a.model.table2!.subs.values()) for (const r of sub.rows.values()) for (const c of r.cells) if (c.cell) cells.push(c.cell.text);
    for (const r of a.model.table3!.rows.values()) for (const c of r.cells) if (c.cell) cells.push(c.cell.text);
    for (const g of a.model.table4!.groups.values()) for (const c of g.cells) if (c.cell) cells.push(c.cell.text);
    const drawn = $('td[data-l]').map((_, e) => valueOf($, e)).get();
    assert.deepStrictEqual(drawn.filter((t) => t !== '').sort(), cells.filter((t) => t !== '').sort());
    $('td[data-l]').each((_, e) => {
      const line = lines[Number($(e).attr('data-l'))];
      assert.strictEqual(line.slice(Number($(e).attr('data-s')), Number($(e).attr('data-e'))), valueOf($, e));
    });
  });

  it('blank cells look blank, “/” cells differently, and text that is not a number is escaped', () => {
    const text = brokenTotal()
      .replace(/^(一、本年新收政府信息公开申请数量\t\t)0\t0/m, '$1\t/')
      .replace(/^(四、结转下年度继续办理\t\t)0/m, '$1<b>');
    const { $ } = render(text);
    const first = $('table.t3 tr[data-row="new_received"] td');
    assert.ok(first.eq(0).hasClass('b'), first.eq(0).attr('class'));
    assert.strictEqual(first.eq(0).text(), '');
    assert.ok(first.eq(1).hasClass('na'), first.eq(1).attr('class'));
    assert.strictEqual(valueOf($, first.eq(1)), '/');
    const bad = $('table.t3 tr[data-row="carry_forward"] td').first();
    assert.ok(bad.hasClass('bad'));
    assert.strictEqual(valueOf($, bad), '<b>');
    assert.strictEqual($('table.t3 b').length, 0, 'no markup from the report');
  });

  it('a missing table is said, a missing row drawn empty and marked', () => {
    const model = checkText(seed('002').text).model;
    const $ = cheerio.load(renderTables({ ...model, table3: undefined }));
    assert.strictEqual($('section[data-table="table3"] table').length, 0);
    assert.match($('section[data-table="table3"] .absent').text(), /没有这张表格/);
    const { $: $2 } = render(brokenTotal().replace(/^.*2\.重复申请.*\n/m, ''));
    const row = $2('table.t3 tr[data-row="np_repeat"]');
    assert.ok(row.find('th[scope="row"]').hasClass('x'));
    assert.strictEqual(row.find('td.x').length, 7);
  });

  it('with last year: its value and the change beside each cell, and 上年结转 next to 上年 carried forward', () => {
    const text = brokenTotal();
    const lastYear = checkText(text.replace(/^(四、结转下年度继续办理\t\t)0/m, '$14')).model;
    const { $ } = render(text, { previous: lastYear });
    const carried = $('table.t3 tr[data-row="carried_over"] td').first();
    assert.match(carried.find('.carry').text(), /上年结转下年 4/);
    const forward = $('table.t3 tr[data-row="carry_forward"] td').first();
    assert.strictEqual(forward.find('.prev').text(), '上年 4（-4）');
    // No change, no bracket.
    assert.strictEqual($('table.t3 tr[data-row="new_received"] td').first().find('.prev').text(), '上年 0');
  });

  it('speaks English when asked, and draws the 2019 tables for a 2019 report', () => {
    const { $ } = render(brokenTotal(), { locale: 'en' });
    assert.match($('table.t3 caption').text(), /Applications received/);
    assert.match($('.sev-error').attr('title')!, /Expected 1/);
    const fmt = FORMATS['2019'];
    const model2019 = { ...checkText(seed('002').text).model, format: '2019' as const, table2: undefined };
    const $19 = cheerio.load(renderTables(model2019, { source: true }));
    assert.strictEqual($19('table.t3 tbody tr').length, fmt.table3Rows.length);
    assert.strictEqual($19('table.t3 tr[data-row="oth_process"] th[scope="row"]').attr('colspan'), '2');
  });
});
