/**
 * Word, PDF and web page reports in the editor: import one as a Markdown report beside it (checked live like
 * any report), export a report to Word, start this year's report from last year's. The readers and writers
 * are bundles of their own (dist/readers.js, dist/reader-pdf.js, dist/writers.js), loaded on first use.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type * as Readers from '../../server/src/readers';
import type * as Writers from '../../server/src/writers';
import { serverLocale } from './languageClient';

const l10n = vscode.l10n;

export const DOCUMENT_EXTENSIONS = ['.docx', '.doc', '.pdf', '.html', '.htm', '.wps', '.et'];

function load<T>(bundle: string): T {
  // A computed require: esbuild leaves it alone, so the bundle is read only now.
  const req = require;
  return req(path.join(__dirname, bundle)) as T;
}

let readers: typeof Readers | undefined;
let writers: typeof Writers | undefined;
const loadReaders = () => (readers ??= load<typeof Readers>('readers.js'));
const loadWriters = () => (writers ??= load<typeof Writers>('writers.js'));

/** Writes `text` to `target`, asking first when it exists. Returns false when the user said no. */
async function writeAsking(target: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
  let exists = false;
  try {
    await vscode.workspace.fs.stat(target);
    exists = true;
  } catch {
    // Not there: write it.
  }
  if (exists) {
    const overwrite = l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(
      l10n.t('{0} already exists. Overwrite it?', path.basename(target.fsPath)), { modal: true }, overwrite);
    if (answer !== overwrite) return false;
  }
  await vscode.workspace.fs.writeFile(target, bytes);
  return true;
}

async function pickDocument(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: l10n.t('Import'),
    filters: { [l10n.t('Reports (Word, PDF, web pages)')]: ['docx', 'doc', 'pdf', 'html', 'htm'] },
  });
  return picked?.[0];
}

/** “从 Word/PDF/网页导入报告”: writes <name>.md beside the document and opens it. */
export async function importDocument(arg?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
  // From the Explorer a Uri; from the import page's command link its string form.
  const source = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg, true) : await pickDocument();
  if (!source) return undefined;
  const r = loadReaders();
  const lang = serverLocale();
  let read: Readers.ReadResult;
  try {
    const bytes = await vscode.workspace.fs.readFile(source);
    read = await r.readDocumentBytes(bytes, path.extname(source.path));
  } catch (e) {
    const why = r.isReaderError(e) ? e.text(lang) : String((e as Error)?.message ?? e);
    void vscode.window.showErrorMessage(l10n.t('Cannot import {0}: {1}', path.basename(source.path), why));
    return undefined;
  }
  const target = source.with({ path: source.path.replace(/\.[^./]+$/, '') + '.md' });
  if (!(await writeAsking(target, new TextEncoder().encode(read.text)))) return undefined;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  // Said once: the document had tracked changes or comments.
  if (read.notes.length) void vscode.window.showInformationMessage(read.notes.map((n) => r.noteMessage(n, lang)).join('；'));
  return target;
}

function activeReport(arg?: vscode.Uri): vscode.TextDocument | Thenable<vscode.TextDocument> | undefined {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  return vscode.window.activeTextEditor?.document;
}

/** “导出为 Word 文档”: the report as a .docx in the official layout, where the user chooses. */
export async function exportDocx(arg?: vscode.Uri, to?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = await activeReport(arg);
  if (!doc) {
    void vscode.window.showInformationMessage(l10n.t('Open a report first.'));
    return undefined;
  }
  const suggested = doc.uri.with({ path: doc.uri.path.replace(/\.[^./]+$/, '') + '.docx' });
  // The save dialog asks before overwriting an existing file itself.
  // A target given with the command (tests, other extensions) is written as given.
  const target = to instanceof vscode.Uri ? to : await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Word: ['docx'] } });
  if (!target) return undefined;
  const bytes = await loadWriters().writeDocx(doc.getText());
  await vscode.workspace.fs.writeFile(target, bytes);
  const w = loadWriters().FONTS;
  void vscode.window.showInformationMessage(l10n.t('Exported {0} (fonts {1}; Word and WPS use 宋体/黑体/仿宋 where one is not installed).',
    path.basename(target.path), [w.title, w.heading, w.body].join('、')));
  return target;
}

/**
 * Opening a .docx, .doc or .pdf shows this page instead of binary noise: what the file is, and the import.
 * No script runs in it; the button is a command link.
 */
export class DocumentPreview implements vscode.CustomReadonlyEditorProvider {
  static readonly viewType = 'gknb.documentPreview';

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): void {
    panel.webview.options = { enableScripts: false, enableCommandUris: ['gknb.importDocument'] };
    const name = path.basename(document.uri.path);
    const args = encodeURIComponent(JSON.stringify([document.uri.toString()]));
    const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    panel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body{font-family:var(--vscode-font-family);padding:2em;line-height:1.6}a.button{display:inline-block;padding:.4em 1em;
background:var(--vscode-button-background);color:var(--vscode-button-foreground);text-decoration:none;border-radius:2px}</style></head>
<body><h2>${esc(name)}</h2><p>${esc(l10n.t('This is a Word, PDF or web page document. gknb checks it as a Markdown report written beside it.'))}</p>
<p><a class="button" id="import" href="command:gknb.importDocument?${args}">${esc(l10n.t('Import Report from Word/PDF/Web Page'))}</a></p></body></html>`;
  }
}

export function registerDocuments(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('gknb.importDocument', importDocument),
    vscode.commands.registerCommand('gknb.exportDocx', exportDocx),
    vscode.window.registerCustomEditorProvider(DocumentPreview.viewType, new DocumentPreview()),
  ];
}
