/**
 * Status bar item for the active editor when it holds a report: year, format and problem counts,
 * as the server reports them with `gknb/documentInfo`. Hidden for anything else.
 */
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { isServed } from './commands';
import { DocumentInfo, DocumentInfoRequest } from './protocol';

const l10n = vscode.l10n;

/** Context key, true while the active editor holds a report (used by menus). */
const CONTEXT_KEY = 'gknb.activeEditorIsReport';

export class ReportStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every update so that a late answer for an earlier editor is dropped. */
  private generation = 0;
  private shownForReport = false;

  constructor(private readonly client: LanguageClient) {
    this.item = vscode.window.createStatusBarItem('gknb.status', vscode.StatusBarAlignment.Left, 100);
    this.item.name = l10n.t('gknb Report Status');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((uri) => uri.toString() === active)) this.schedule(150);
      }),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) {
          this.schedule(0);
        } else {
          this.generation++;
          this.hide();
        }
      }),
    );
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isServed(document) || this.client.state !== State.Running) {
      this.hide();
      return;
    }
    let info: DocumentInfo | null;
    try {
      info = await this.client.sendRequest(DocumentInfoRequest, {
        uri: this.client.code2ProtocolConverter.asUri(document.uri),
      });
    } catch {
      info = null;
    }
    if (generation !== this.generation) return;
    if (!info || !info.isReport) {
      this.hide();
      return;
    }
    this.show(info);
  }

  private show(info: DocumentInfo): void {
    const counts = info.counts ?? { error: 0, warning: 0, information: 0, hint: 0 };
    const parts = ['$(checklist)'];
    const head: string[] = [];
    if (typeof info.year === 'number') head.push(l10n.t('{0} report', String(info.year)));
    if (info.format) head.push(l10n.t('{0} format', info.format));
    if (head.length) parts.push(head.join(' · '), '·');
    // Ignored by the configuration file, or checking turned off: say so rather than show 0 problems.
    if (info.ignored) parts.push(l10n.t('ignored by .gknbrc.json'));
    else if (info.run === 'off') parts.push(l10n.t('checking off'));
    else parts.push(`$(error) ${counts.error} $(warning) ${counts.warning}`);
    this.item.text = parts.join(' ');

    const year = typeof info.year === 'number'
      ? l10n.t('Report year: {0}', String(info.year))
      : l10n.t('Report year: not recognised');
    const format = info.format ? l10n.t('Table format: {0} edition', info.format) : l10n.t('Table format: not recognised');
    const tooltip = [
      l10n.t('Government Information Disclosure Annual Report'),
      `${year} · ${format}`,
      l10n.t('Errors: {0} · Warnings: {1} · Information: {2} · Hints: {3}', counts.error, counts.warning, counts.information, counts.hint),
      ...(info.configFile ? [l10n.t('Configuration: {0}', info.configFile)] : []),
      l10n.t('Click to open the Problems panel'),
    ].join('\n');
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip.replace(/\n/g, '; ') };
    this.item.show();
    if (!this.shownForReport) {
      this.shownForReport = true;
      void vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
    }
  }

  private hide(): void {
    this.item.hide();
    if (this.shownForReport) {
      this.shownForReport = false;
      void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
    }
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }
}
