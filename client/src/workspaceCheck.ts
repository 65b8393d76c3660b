/**
 * "检查工作区所有年报" (`gknb.checkWorkspace`): the server checks every report under the workspace
 * folders (lsp/workspaceCheck.ts) and streams the results; they go into a diagnostic collection of
 * their own (`gknb-workspace`), so they never fight the live, pulled diagnostics of open documents:
 * - a file open in the editor is left to the live diagnostics (its workspace entry is dropped);
 * - when its last tab closes (the language client then drops the live ones, even though VS Code may
 *   keep the document a while), or a checked file changes on disk, that file is checked again alone.
 * A progress notification counts the files and can be cancelled; what was checked stays.
 */
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { LanguageClient, State, WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageclient/node';
import { isServed } from './commands';
import { CheckWorkspacePartialResult, CheckWorkspaceRequest, CheckWorkspaceResult, FileDiagnostics } from './protocol';

const l10n = vscode.l10n;

export interface WorkspaceCheckSummary extends CheckWorkspaceResult {
  /** Wall-clock time of the whole command, for the message (and the tests that print it). */
  elapsedMs: number;
}

export class WorkspaceCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('gknb-workspace');
  private readonly disposables: vscode.Disposable[] = [];
  /** Files (URI strings) the last run found to be reports; they are re-checked when closed or changed. */
  private readonly checked = new Set<string>();
  private running: Promise<WorkspaceCheckSummary | undefined> | undefined;
  private pending = new Map<string, vscode.Uri>();
  /** Documents whose tabs were closed but which VS Code has not closed yet: no live diagnostics any more. */
  private readonly tabClosed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: LanguageClient, private readonly output: vscode.OutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,txt,markdown,gknb}');
    this.disposables.push(
      this.collection,
      watcher,
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.tabClosed.delete(d.uri.toString());
        if (isServed(d)) this.collection.delete(d.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.tabClosed.delete(d.uri.toString());
        this.recheck(d.uri);
      }),
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.opened) {
          const uri = tabUri(tab);
          if (uri) {
            this.tabClosed.delete(uri.toString());
            this.collection.delete(uri);
          }
        }
        for (const tab of e.closed) {
          const uri = tabUri(tab);
          if (uri && !this.hasTab(uri)) {
            this.tabClosed.add(uri.toString());
            this.recheck(uri);
          }
        }
      }),
      watcher.onDidChange((uri) => this.recheck(uri)),
      watcher.onDidCreate((uri) => this.recheck(uri)),
      watcher.onDidDelete((uri) => {
        this.collection.delete(uri);
        this.checked.delete(uri.toString());
      }),
    );
  }

  /** Run the check (or join the one running). Resolves with the summary; undefined when it could not run. */
  run(): Promise<WorkspaceCheckSummary | undefined> {
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  clear(): void {
    this.collection.clear();
    this.checked.clear();
  }

  private hasTab(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => tabUri(t)?.toString() === key));
  }

  /** Whether the live (pulled) diagnostics cover the file: it has a tab, or is open without ever having had one closed. */
  private isOpen(uri: vscode.Uri): boolean {
    if (this.hasTab(uri)) return true;
    const key = uri.toString();
    return !this.tabClosed.has(key) && vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === key && isServed(d));
  }

  private async add(items: FileDiagnostics[]): Promise<void> {
    const p2c = this.client.protocol2CodeConverter;
    for (const item of items) {
      const uri = p2c.asUri(item.uri);
      this.checked.add(uri.toString());
      if (this.isOpen(uri)) continue; // the live diagnostics show it
      this.collection.set(uri, await p2c.asDiagnostics(item.diagnostics));
    }
  }

  private async ready(): Promise<boolean> {
    if (this.client.state === State.Starting) await this.client.start().catch(() => undefined);
    if (this.client.state === State.Running) return true;
    void vscode.window.showErrorMessage(l10n.t('The gknb language server is not running.'));
    return false;
  }

  private async runOnce(): Promise<WorkspaceCheckSummary | undefined> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (!folders.length) {
      void vscode.window.showInformationMessage(l10n.t('Open a folder first: “Check All Reports in Workspace” checks the report files of the workspace folders.'));
      return undefined;
    }
    if (!(await this.ready())) return undefined;
    const started = Date.now();
    this.clear();
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Checking all reports in the workspace'), cancellable: true },
      async (progress, token) => {
        const workDoneToken = randomUUID();
        const partialResultToken = randomUUID();
        let shown = 0;
        const adding: Promise<void>[] = [];
        const subscriptions = [
          this.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
            if (value.kind === 'end') return;
            const v = value as WorkDoneProgressBegin | WorkDoneProgressReport;
            const percentage = v.percentage ?? shown;
            // The server counts "n / N" in its own language; say it in the editor's.
            const count = /(\d+) \/ (\d+)/.exec(v.message ?? '');
            const message = count ? l10n.t('{0} / {1} files', count[1], count[2]) : l10n.t('Finding report files…');
            progress.report({ message, increment: Math.max(0, percentage - shown) });
            shown = Math.max(shown, percentage);
          }),
          this.client.onProgress(CheckWorkspacePartialResult, partialResultToken, (items) => {
            adding.push(this.add(items));
          }),
        ];
        let result: CheckWorkspaceResult | null = null;
        try {
          result = await this.client.sendRequest(CheckWorkspaceRequest, {
            folders: folders.map((f) => this.client.code2ProtocolConverter.asUri(f.uri)),
            workDoneToken,
            partialResultToken,
          }, token);
        } catch (error) {
          if (!token.isCancellationRequested) {
            const message = error instanceof Error ? error.message : String(error);
            this.output.appendLine(`checkWorkspace: ${message}`);
            void vscode.window.showErrorMessage(l10n.t('gknb command failed: {0}', message));
          }
        } finally {
          for (const s of subscriptions) s.dispose();
        }
        if (result?.items) adding.push(this.add(result.items));
        await Promise.all(adding);
        return result;
      },
    );
    const elapsedMs = Date.now() - started;
    const checked = this.checked.size;
    const base: CheckWorkspaceResult = summary ?? { files: 0, reports: checked, ignored: 0, skipped: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 }, cancelled: true, badConfigs: [] };
    const out: WorkspaceCheckSummary = { ...base, elapsedMs };
    delete out.items;
    this.output.appendLine(`checkWorkspace: ${JSON.stringify(out)}`);
    void this.tell(out);
    return out;
  }

  private async tell(s: WorkspaceCheckSummary): Promise<void> {
    const seconds = (s.elapsedMs / 1000).toFixed(1);
    const text = s.cancelled
      ? l10n.t('Check cancelled: {0} reports checked so far; their problems are in the Problems panel.', s.reports)
      : l10n.t('Checked {0} reports in {1} s: {2} errors, {3} warnings.', s.reports, seconds, s.counts.error, s.counts.warning)
        + (s.ignored ? ' ' + l10n.t('{0} files ignored by .gknbrc.json.', s.ignored) : '');
    const showProblems = l10n.t('Show Problems');
    const configProblem = s.badConfigs.length ? ' ' + l10n.t('A configuration file has problems (its defaults were used): {0}', s.badConfigs[0]) : '';
    const show = configProblem ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const choice = await show(text + configProblem, showProblems);
    if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  /** Check one file of the workspace folders again (closed in the editor, or changed on disk), once a run has been made. */
  private recheck(uri: vscode.Uri): void {
    if (uri.scheme !== 'file' || !this.checked.size || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.pending.set(uri.toString(), uri);
    if (this.timer !== undefined) return;
    // Several events for one save (or a checkout touching many files) become one request.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, 200);
  }

  private async flush(): Promise<void> {
    const uris = [...this.pending.values()].filter((u) => !this.isOpen(u));
    this.pending.clear();
    if (!uris.length || this.client.state !== State.Running) return;
    try {
      const result = await this.client.sendRequest(CheckWorkspaceRequest, { files: uris.map((u) => this.client.code2ProtocolConverter.asUri(u)) });
      const found = new Set((result?.items ?? []).map((i) => this.client.protocol2CodeConverter.asUri(i.uri).toString()));
      for (const u of uris) {
        if (!found.has(u.toString())) {
          this.collection.delete(u);
          this.checked.delete(u.toString());
        }
      }
      await this.add(result?.items ?? []);
    } catch (error) {
      this.output.appendLine(`recheck: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}
