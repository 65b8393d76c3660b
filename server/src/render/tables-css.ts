/**
 * The look of the rendered tables. Colours come from custom properties so each page sets its own:
 * the editor's view maps them to the theme's colours, the review report to fixed ones.
 */
export const TABLES_CSS = `
.gknb-table{margin:0 0 1.2em}
.gknb-table table{border-collapse:collapse;font-size:13px;line-height:1.35}
.gknb-table caption{text-align:left;font-weight:600;padding:.3em 0}
.gknb-table th,.gknb-table td{border:1px solid var(--gknb-border);padding:2px 6px;vertical-align:middle}
.gknb-table thead th,.gknb-table th[scope=col],.gknb-table th.sub{background:var(--gknb-head-bg);font-weight:600;text-align:center}
.gknb-table th.note{font-weight:400;font-size:12px;max-width:22em}
.gknb-table tbody th{text-align:left;font-weight:400;max-width:26em;min-width:8em}
.gknb-table tbody th.g{min-width:4.5em}
.gknb-table th.sub{text-align:left}
.gknb-table td{text-align:right;min-width:3.2em;font-variant-numeric:tabular-nums}
.gknb-table .t3 td:last-child,.gknb-table .t4 td:nth-child(5n){font-weight:600}
.gknb-table td.na{background:var(--gknb-na-bg);color:var(--gknb-muted);text-align:center}
.gknb-table td.bad .v{text-decoration:underline wavy var(--gknb-error)}
.gknb-table .x{background:repeating-linear-gradient(135deg,transparent 0 6px,var(--gknb-na-bg) 6px 8px);color:var(--gknb-muted)}
.gknb-table .sev-error{background:var(--gknb-error-bg);outline:2px solid var(--gknb-error);outline-offset:-2px}
.gknb-table .sev-warning{background:var(--gknb-warning-bg);outline:2px solid var(--gknb-warning);outline-offset:-2px}
.gknb-table .sev-information,.gknb-table .sev-hint{outline:1px dashed var(--gknb-info);outline-offset:-2px}
.gknb-table .exp,.gknb-table .prev{display:block;font-size:11px;white-space:nowrap}
.gknb-table .exp{color:var(--gknb-error);font-weight:600}
.gknb-table .prev{color:var(--gknb-muted)}
.gknb-table .absent{color:var(--gknb-muted);font-style:italic}
.gknb-table [data-l]{cursor:pointer}
.gknb-table .cur{box-shadow:inset 0 0 0 2px var(--gknb-focus)}
.gknb-table td:focus,.gknb-table th:focus{outline:2px solid var(--gknb-focus);outline-offset:-2px}
.gknb-table th.frozen{position:sticky;z-index:1;background-color:var(--gknb-bg)}
.gknb-table thead th.frozen{background-image:linear-gradient(var(--gknb-head-bg),var(--gknb-head-bg))}
`;

/** Fixed colours for a page outside the editor (the review report), light and dark by the system setting. */
export const PLAIN_COLOURS_CSS = `
:root{--gknb-bg:#fff;--gknb-border:#b0b0b0;--gknb-head-bg:#f0f0f0;--gknb-na-bg:#e8e8e8;--gknb-muted:#666;--gknb-error:#c62828;--gknb-error-bg:#fde0e0;
--gknb-warning:#b26a00;--gknb-warning-bg:#fff1d6;--gknb-info:#1565c0;--gknb-focus:#1565c0}
@media (prefers-color-scheme:dark){:root{--gknb-bg:#1e1e1e;--gknb-border:#555;--gknb-head-bg:#2a2a2a;--gknb-na-bg:#333;--gknb-muted:#aaa;--gknb-error:#ff6b6b;
--gknb-error-bg:#4a1d1d;--gknb-warning:#ffb74d;--gknb-warning-bg:#4a3612;--gknb-info:#64b5f6;--gknb-focus:#64b5f6}body{background:#1e1e1e;color:#ddd}}
`;
