/**
 * `.gknbrc.json` in the editor: "创建/打开 gknb 配置" (`gknb.openConfig`), and the problems of an open
 * configuration file (syntax errors with their line, unknown rules, bad values), asked from the server
 * so the editor and the CLI read the file with the same code. The JSON schema
 * (schemas/gknbrc.schema.json, contributed in package.json) gives completion and hovers.
 * The file is data: it is parsed, never run.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME, ConfigDiagnosticsRequest } from './protocol';

const l10n = vscode.l10n;

export function isConfigDocument(d: vscode.TextDocument): boolean {
  return path.basename(d.uri.path) === CONFIG_FILE_NAME;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
  } catch {
    return false;
  }
}

export class ConfigSupport implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('gknb-config');
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, 150)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (isConfigDocument(d)) this.collection.delete(d.uri);
      }),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(d: vscode.TextDocument, delay: number): void {
    if (!isConfigDocument(d)) return;
    const key = d.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.validate(d);
    }, delay));
  }

  /** Ask the server for the problems of the document's current text. */
  async validate(d: vscode.TextDocument): Promise<void> {
    if (d.isClosed || this.client.state !== State.Running) return;
    const version = d.version;
    try {
      const items = await this.client.sendRequest(ConfigDiagnosticsRequest, { text: d.getText() });
      if (d.isClosed || d.version !== version) return;
      this.collection.set(d.uri, await this.client.protocol2CodeConverter.asDiagnostics(items));
    } catch {
      // The server restarts: validated again when it is running.
    }
  }

  /** The configuration file nearest to a file (walking up to the file system root), if any. */
  private async nearest(file: vscode.Uri): Promise<vscode.Uri | undefined> {
    let dir = vscode.Uri.joinPath(file, '..');
    for (;;) {
      const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
      if (await exists(candidate)) return candidate;
      const parent = vscode.Uri.joinPath(dir, '..');
      if (parent.path === dir.path) return undefined;
      dir = parent;
    }
  }

  /**
   * Open the configuration file that applies to the active report (the nearest one), or create one at
   * the root of its workspace folder: pre-filled with the rule severities changed in the settings, so
   * that creating it changes nothing; the other keys as commented examples.
   */
  async openOrCreate(): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && active.scheme === 'file') {
      const found = await this.nearest(active);
      if (found) {
        await vscode.window.showTextDocument(found);
        return found;
      }
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    let folder = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
    if (!folder && folders.length === 1) folder = folders[0];
    if (!folder && folders.length > 1) folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: l10n.t('Choose the folder for the gknb configuration file') });
    if (!folder) {
      if (!folders.length) void vscode.window.showInformationMessage(l10n.t('Open a folder first: the gknb configuration file lives in the folder with the reports.'));
      return undefined;
    }
    const target = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    if (!(await exists(target))) await vscode.workspace.fs.writeFile(target, Buffer.from(this.template(folder), 'utf8'));
    await vscode.window.showTextDocument(target);
    return target;
  }

  private template(folder: vscode.WorkspaceFolder): string {
    const settings = vscode.workspace.getConfiguration('gknb', folder.uri);
    const properties = (this.context.extension.packageJSON?.contributes?.configuration?.properties ?? {}) as Record<string, { default?: unknown }>;
    const rules: string[] = [];
    for (const key of Object.keys(properties)) {
      if (!key.startsWith('gknb.rules.')) continue;
      const id = key.slice('gknb.rules.'.length);
      const value = settings.get<string>(`rules.${id}`);
      if (value !== undefined && value !== properties[key].default) rules.push(`    "${id}": "${value}"`);
    }
    const ruleLines = rules.length ? rules.join(',\n') : `    // "row-total": "warning",\n    // "overview-topics": "off"`;
    return [
      '{',
      '  // gknb 配置文件：编辑器和命令行 gknb check 共用，优先于 VS Code 设置。说明见 README「配置文件」。',
      '  // gknb configuration, shared by the editor and the gknb CLI; it overrides the VS Code settings.',
      '  // 规则级别 / rule severities: off | hint | information | warning | error',
      '  "rules": {',
      ruleLines,
      '  },',
      '  // 不检查的文件（相对于本文件所在目录） / files not checked (relative to this folder)',
      '  "ignore": [',
      '    // "草稿/**"',
      '  ]',
      '  // 插入表格的格式 / layout of inserted tables: "template": { "style": "pipe" | "tab" | "cells", "fill": "empty" | "zero" },',
      '  // 何时检查 / when to check: "run": "onType" | "onSave" | "off"',
      '}',
      '',
    ].join('\n');
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
