// The table view's page script (loaded with a nonce; the page has no inline script).
// The tables arrive as HTML drawn by the server's renderer; cells carry their source range
// (data-l line, data-s start, data-e end). Click selects the cell in the editor, arrows move between
// cells, Enter goes to the text, Ctrl+. (or the context menu) asks for quick fixes there.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const tables = document.getElementById('tables');
  const compare = document.getElementById('compare');
  const previous = document.getElementById('previous');
  let current = null;
  let cursor = null;

  function cells() {
    return Array.prototype.slice.call(tables.querySelectorAll('[data-l]'));
  }

  function rangeOf(el) {
    return { line: Number(el.getAttribute('data-l')), start: Number(el.getAttribute('data-s')), end: Number(el.getAttribute('data-e')) };
  }

  /** One cell is in the tab order (roving tabindex); the others are reached with the arrow keys. */
  function focusable(el) {
    for (const c of cells()) c.setAttribute('tabindex', '-1');
    if (el) el.setAttribute('tabindex', '0');
    current = el;
  }

  function key(el) {
    return el ? el.getAttribute('data-l') + ':' + el.getAttribute('data-s') : null;
  }

  function send(type, el, extra) {
    const r = rangeOf(el);
    vscode.postMessage(Object.assign({ type: type, line: r.line, start: r.start, end: r.end }, extra || {}));
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'update') {
      const keep = key(current);
      const hadFocus = current && document.activeElement === current;
      tables.innerHTML = m.html || '<p class="muted">' + escapeText(m.empty || '') + '</p>';
      compare.disabled = !m.previous;
      compare.checked = !!m.compared;
      previous.textContent = m.previous || tables.getAttribute('data-no-previous');
      freeze();
      const again = keep ? tables.querySelector('[data-l="' + keep.split(':')[0] + '"][data-s="' + keep.split(':')[1] + '"]') : null;
      focusable(again || cells()[0] || null);
      if (again && hadFocus) again.focus();
      if (cursor) highlight(cursor.line, cursor.character, false);
    } else if (m.type === 'cursor') {
      cursor = m;
      highlight(m.line, m.character, true);
    }
  });

  /**
   * The label columns stay in view when the numbers scroll sideways (a narrow pane): every header cell left
   * of a table's first number is sticky, so all label columns stay side by side at the pane's left edge.
   */
  function freeze() {
    for (const th of tables.querySelectorAll('th.frozen')) {
      th.classList.remove('frozen');
      th.style.left = '';
    }
    for (const table of tables.querySelectorAll('table')) {
      const first = table.querySelector('tbody td');
      if (!first) continue;
      const edge = first.getBoundingClientRect().left;
      const start = table.getBoundingClientRect().left;
      const frozen = [];
      // Each sticks at its distance from the table's left edge: side by side at the pane's edge, nothing showing through.
      for (const th of table.querySelectorAll('th')) {
        const r = th.getBoundingClientRect();
        if (r.right <= edge + 1) frozen.push([th, r.left - start]);
      }
      // Labels wider than most of the pane would hide the numbers scrolled under them: those scroll along.
      const right = Math.max(...frozen.map(([th]) => th.getBoundingClientRect().right));
      if (!frozen.length || right - start > window.innerWidth * 0.7) continue;
      // Measured first, then moved: setting a cell sticky must not change what the next one measures.
      for (const [th, left] of frozen) {
        th.style.left = left + 'px';
        th.classList.add('frozen');
      }
    }
  }
  let resizing = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(freeze, 100);
  });

  /** The cell under the text cursor gets the "cur" class and is scrolled into view. */
  function highlight(line, character, scroll) {
    let hit = null;
    for (const c of tables.querySelectorAll('.cur')) c.classList.remove('cur');
    for (const c of tables.querySelectorAll('[data-l="' + line + '"]')) {
      const r = rangeOf(c);
      if (r.start <= character && character <= r.end) { hit = c; break; }
    }
    if (!hit) return;
    hit.classList.add('cur');
    if (scroll) hit.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function escapeText(s) {
    const d = document.createElement('div');
    d.textContent = s;
    return d.innerHTML;
  }

  tables.addEventListener('click', (e) => {
    const el = e.target.closest('[data-l]');
    if (!el) return;
    focusable(el);
    send('select', el);
  });

  tables.addEventListener('contextmenu', (e) => {
    const el = e.target.closest('[data-l]');
    if (!el) return;
    e.preventDefault();
    send('fix', el);
  });

  /** The cell in the next or previous row whose box is under this one's centre. */
  function vertical(el, dir) {
    const x = el.getBoundingClientRect().left + el.getBoundingClientRect().width / 2;
    let row = el.closest('tr');
    for (;;) {
      row = dir > 0 ? row.nextElementSibling : row.previousElementSibling;
      if (!row) return null;
      for (const c of row.querySelectorAll('[data-l]')) {
        const b = c.getBoundingClientRect();
        if (b.left <= x && x <= b.right) return c;
      }
    }
  }

  tables.addEventListener('keydown', (e) => {
    const el = e.target.closest('[data-l]');
    if (!el) return;
    const all = cells();
    const i = all.indexOf(el);
    let next = null;
    if (e.key === 'ArrowRight') next = all[i + 1];
    else if (e.key === 'ArrowLeft') next = all[i - 1];
    else if (e.key === 'ArrowDown') next = vertical(el, 1);
    else if (e.key === 'ArrowUp') next = vertical(el, -1);
    else if (e.key === 'Home') next = all[0];
    else if (e.key === 'End') next = all[all.length - 1];
    else if (e.key === 'Enter') { e.preventDefault(); send('select', el, { focus: true }); return; }
    else if (e.key === '.' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send('fix', el); return; }
    else if (e.key === ' ') { e.preventDefault(); send('select', el); return; }
    else return;
    e.preventDefault();
    if (next) {
      focusable(next);
      next.focus();
      send('select', next);
    }
  });

  compare.addEventListener('change', () => vscode.postMessage({ type: 'compare', on: compare.checked }));
  vscode.postMessage({ type: 'ready' });
})();
