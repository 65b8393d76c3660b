/**
 * The table view: a webview beside the editor drawing tables 二, 三 and 四 of the report as the server
 * renders them (`gknb/tableView`). It follows the document (redrawn when its diagnostics change, i.e.
 * after each analysis), highlights the cell under the cursor, and selects a clicked cell in the editor.
 * The page loads one script file with a nonce; no inline script, nothing from the network.
 */
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { isServed } from './commands';
import { TableViewRequest, TableViewResult } from './protocol';
import { TABLES_CSS } from '../../server/src/render/tables-css';

/** The renderer's colours taken from the theme (light, dark and high contrast alike). */
const THEME_CSS = `
:root{--gknb-bg:var(--vscode-editor-background);--gknb-border:var(--vscode-editorWidget-border,var(--vscode-panel-border,#8884));--gknb-head-bg:var(--vscode-editorWidget-background,#8881);
--gknb-na-bg:var(--vscode-textBlockQuote-background,#8882);--gknb-muted:var(--vscode-descriptionForeground);
--gknb-error:var(--vscode-editorError-foreground);--gknb-error-bg:var(--vscode-inputValidation-errorBackground,transparent);
--gknb-warning:var(--vscode-editorWarning-foreground);--gknb-warning-bg:var(--vscode-inputValidation-warningBackground,transparent);
--gknb-info:var(--vscode-editorInfo-foreground);--gknb-focus:var(--vscode-focusBorder)}
body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:0 12px;width:max-content;min-width:100%;box-sizing:border-box}
body.vscode-high-contrast .gknb-table th,body.vscode-high-contrast .gknb-table td{border-color:var(--vscode-contrastBorder)}
.muted{color:var(--vscode-descriptionForeground);font-size:12px}
#help{position:sticky;left:12px;width:max-content}
#bar{position:sticky;top:0;left:0;width:max-content;background:var(--vscode-editor-background);padding:6px 0;z-index:2}
/* A narrow pane: row labels wrap to under a third of it, so the frozen labels leave room for the numbers. */
.gknb-table tbody th:not(.g){width:clamp(6em,24vw,26em)}
`;

const l10n = vscode.l10n;

/** Messages from the page. */
type FromView =
  | { type: 'ready' }
  | { type: 'select'; line: number; start: number; end: number; focus?: boolean }
  | { type: 'fix'; line: number; start: number; end: number }
  | { type: 'compare'; on: boolean };

export class TableView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private compare = false;
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.commands.registerCommand('gknb.showTableView', (uri?: unknown) => this.show(uri)),
      // Each analysis of the document ends in new diagnostics: redraw from it.
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.uri && e.uris.some((u) => u.toString() === this.uri!.toString())) this.refreshSoon(0);
      }),
      // A change that leaves the diagnostics as they were still changes the numbers.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.uri && e.document.uri.toString() === this.uri.toString()) this.refreshSoon(150);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || e.textEditor.document.uri.toString() !== this.uri?.toString()) return;
        const p = e.selections[0].active;
        void this.panel.webview.postMessage({ type: 'cursor', line: p.line, character: p.character });
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // The view follows the report being edited.
        if (this.panel && editor && isServed(editor.document) && editor.document.uri.toString() !== this.uri?.toString()) {
          this.uri = editor.document.uri;
          this.compare = false;
          this.refreshSoon(0);
        }
      }),
    );
  }

  private async show(arg?: unknown): Promise<void> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(l10n.t('Open a report first.'));
      return;
    }
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('gknb.tableView', l10n.t('Table View'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
      });
      this.panel.webview.html = this.page(this.panel.webview);
      this.panel.webview.onDidReceiveMessage((m: FromView) => this.onMessage(m), undefined, this.disposables);
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.refresh();
  }

  private refreshSoon(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }

  private async refresh(): Promise<void> {
    if (!this.panel || !this.uri) return;
    const asked = ++this.asked;
    let result: TableViewResult | null = null;
    try {
      result = await this.client.sendRequest(TableViewRequest, { uri: this.uri.toString(), compare: this.compare });
    } catch {
      result = null;
    }
    // An older answer that arrives after a newer request is dropped.
    if (asked !== this.asked || !this.panel) return;
    const name = this.uri.path.split('/').pop() ?? '';
    this.panel.title = l10n.t('Tables: {0}', name);
    const previousName = result?.previous ? `${result.previous.year ?? ''} · ${decodeURIComponent(result.previous.uri.split('/').pop() ?? '')}` : '';
    void this.panel.webview.postMessage({
      type: 'update',
      html: result?.html ?? '',
      version: result?.version ?? null,
      empty: result ? '' : l10n.t('This document is not a report, or it has no tables.'),
      previous: previousName,
      compared: !!result?.compared,
    });
  }

  private editorFor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri?.toString());
  }

  private async onMessage(m: FromView): Promise<void> {
    if (m.type === 'ready') return this.refresh();
    if (m.type === 'compare') {
      this.compare = m.on;
      return this.refresh();
    }
    if (!this.uri || typeof m.line !== 'number') return;
    const range = new vscode.Range(m.line, m.start, m.line, m.end);
    const visible = this.editorFor();
    if (m.type === 'select' && visible && !m.focus) {
      visible.selection = new vscode.Selection(range.start, range.end);
      visible.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    // Enter or a quick fix: the editor takes the focus with the cell selected.
    const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: visible?.viewColumn, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // The same code actions as in the text: the light bulb menu at the cell.
    if (m.type === 'fix') await vscode.commands.executeCommand('editor.action.quickFix');
  }

  private page(webview: vscode.Webview): string {
    const nonce = crypto.randomBytes(16).toString('base64');
    const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', f));
    const words = {
      compare: l10n.t('Compare with last year'),
      noPrevious: l10n.t('The workspace has no report of this agency for the year before.'),
      help: l10n.t('Click a cell to select it in the text; arrow keys move, Enter goes to the text, Ctrl+. shows quick fixes.'),
      loading: l10n.t('Loading…'),
    };
    const lang = vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width,initial-scale=1">
<style nonce="${nonce}">${THEME_CSS}${TABLES_CSS}</style>
</head><body>
<div id="bar" role="toolbar"><label><input type="checkbox" id="compare" disabled> <span>${escapeHtml(words.compare)}</span></label> <span id="previous" class="muted"></span></div>
<p class="muted" id="help">${escapeHtml(words.help)}</p>
<div id="tables" data-no-previous="${escapeHtml(words.noPrevious)}">${escapeHtml(words.loading)}</div>
<script nonce="${nonce}" src="${media('table-view.js')}"></script>
</body></html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
