/** The extension's commands. The work is done by the server; these only collect arguments. */
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { CrashHandler } from './languageClient';
import { LANGUAGES, SCHEMES, SERVER_FIX_ALL, SERVER_FORMAT_TABLES, SERVER_INSERT_TEMPLATE, TemplateId } from './protocol';

const l10n = vscode.l10n;

/** A document the server is registered for (it decides itself whether the document is a report). */
export function isServed(document: vscode.TextDocument): boolean {
  return (LANGUAGES as readonly string[]).includes(document.languageId)
    && (SCHEMES as readonly string[]).includes(document.uri.scheme);
}

interface TableItem extends vscode.QuickPickItem {
  template?: TemplateId;
}

function tableItems(): TableItem[] {
  return [
    {
      template: 'table2',
      label: l10n.t('Table 2: Proactive disclosure (all four sub-tables)'),
      detail: l10n.t('Article 20, items (1), (5), (6) and (8)'),
    },
    { label: l10n.t('Table 2 sub-tables'), kind: vscode.QuickPickItemKind.Separator },
    { template: 'art20_1', label: l10n.t('Article 20, item (1)'), detail: l10n.t('Rules; administrative normative documents') },
    { template: 'art20_5', label: l10n.t('Article 20, item (5)'), detail: l10n.t('Administrative licensing') },
    { template: 'art20_6', label: l10n.t('Article 20, item (6)'), detail: l10n.t('Administrative penalties; administrative coercion') },
    { template: 'art20_8', label: l10n.t('Article 20, item (8)'), detail: l10n.t('Administrative fees (10,000 yuan)') },
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    {
      template: 'table3',
      label: l10n.t('Table 3: Disclosure requests received and handled'),
      detail: l10n.t('Applicants × outcomes, with totals'),
    },
    {
      template: 'table4',
      label: l10n.t('Table 4: Administrative reconsideration and litigation'),
      detail: l10n.t('15 numbers: reconsideration; litigation without and after reconsideration'),
    },
  ];
}

export class Commands {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly crashHandler: CrashHandler,
    private readonly output: vscode.OutputChannel,
  ) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand('gknb.insertTable', () => this.insertTable()),
      vscode.commands.registerCommand('gknb.fixAll', (uri?: unknown) => this.fixAll(uri)),
      vscode.commands.registerCommand('gknb.restartServer', () => this.restartServer()),
      vscode.commands.registerCommand('gknb.showOutput', () => this.output.show()),
      vscode.commands.registerCommand('gknb.openRule', (id?: unknown) => this.openRule(id)),
      vscode.commands.registerCommand('gknb.formatTables', (uri?: unknown) => this.formatTables(uri)),
    ];
  }

  /**
   * "格式化表格": aligns the Markdown pipe tables and tidies the tab-separated tables of the active
   * report (those the selection touches, when there is one). Resolves with the number of lines changed.
   */
  private async formatTables(arg: unknown): Promise<number | undefined> {
    const editor = vscode.window.activeTextEditor;
    const document = arg instanceof vscode.Uri
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString())
      : editor?.document;
    if (!document || !isServed(document)) {
      void vscode.window.showInformationMessage(l10n.t('Open a Markdown, plain text or gknb document first.'));
      return undefined;
    }
    const c2p = this.client.code2ProtocolConverter;
    const selection = editor && editor.document === document && !editor.selection.isEmpty ? editor.selection : undefined;
    const changed = await this.runServerCommand(SERVER_FORMAT_TABLES, {
      uri: c2p.asUri(document.uri),
      ...(selection ? { range: c2p.asRange(selection) } : {}),
    });
    if (changed === false) {
      void vscode.window.showInformationMessage(l10n.t('Not formatted: the document is not recognised as a report, or it changed meanwhile.'));
      return undefined;
    }
    if (typeof changed !== 'number') return undefined;
    vscode.window.setStatusBarMessage(changed ? l10n.t('gknb: {0} table lines formatted.', changed) : l10n.t('gknb: the tables are already tidy.'), 4000);
    return changed;
  }

  private async insertTable(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServed(editor.document)) {
      void vscode.window.showInformationMessage(l10n.t('Open a Markdown, plain text or gknb document first.'));
      return;
    }
    const pick = await vscode.window.showQuickPick(tableItems(), {
      title: l10n.t('Insert Standard Table'),
      placeHolder: l10n.t('Choose the standard table to insert at the cursor'),
      matchOnDetail: true,
    });
    if (!pick?.template) return;
    const c2p = this.client.code2ProtocolConverter;
    const applied = await this.runServerCommand(SERVER_INSERT_TEMPLATE, {
      uri: c2p.asUri(editor.document.uri),
      template: pick.template,
      position: c2p.asPosition(editor.selection.active),
    });
    if (applied === false) {
      void vscode.window.showWarningMessage(l10n.t('The table was not inserted: the document changed, or it is not recognised as a report yet (write the title “…政府信息公开工作年度报告” first, or use the gknb-table snippets).'));
    }
  }

  private async fixAll(arg: unknown): Promise<void> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!uri || !document || !isServed(document)) {
      void vscode.window.showInformationMessage(l10n.t('Open a Markdown, plain text or gknb document first.'));
      return;
    }
    const applied = await this.runServerCommand(SERVER_FIX_ALL, { uri: this.client.code2ProtocolConverter.asUri(uri) });
    if (applied === false) {
      void vscode.window.showInformationMessage(l10n.t('No problems that can be fixed automatically.'));
    }
  }

  /** Runs a command the server declared; vscode-languageclient forwards it as `workspace/executeCommand`. */
  private async runServerCommand(command: string, arg: object): Promise<unknown> {
    if (this.client.state === State.Starting) {
      await this.client.start().catch(() => undefined);
    }
    if (this.client.state !== State.Running) {
      const restart = l10n.t('Restart');
      const choice = await vscode.window.showErrorMessage(l10n.t('The gknb language server is not running.'), restart);
      if (choice === restart) await this.restartServer();
      return undefined;
    }
    try {
      return await vscode.commands.executeCommand(command, arg);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.appendLine(`${command}: ${message}`);
      void vscode.window.showErrorMessage(l10n.t('gknb command failed: {0}', message));
      return undefined;
    }
  }

  private async restartServer(): Promise<void> {
    this.crashHandler.reset();
    try {
      if (this.client.state === State.Starting) await this.client.start().catch(() => undefined);
      if (this.client.state === State.Running) await this.client.restart();
      else await this.client.start();
      vscode.window.setStatusBarMessage(l10n.t('gknb language server restarted.'), 3000);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.appendLine(`restart: ${message}`);
      void vscode.window.showErrorMessage(l10n.t('The gknb language server could not be started: {0}', message));
    }
  }

  /**
   * "打开规则说明（本地）": opens a rule page shipped with the extension in the Markdown preview, so the pages
   * read offline (diagnostics link to the web pages). Without a rule id (the command palette), asks which
   * rule, those of the diagnostics at the cursor first.
   */
  private async openRule(id: unknown): Promise<void> {
    const rule = typeof id === 'string' ? id : await this.pickRule();
    if (typeof rule !== 'string' || !/^[a-z0-9-]+$/.test(rule)) return;
    const page = vscode.Uri.joinPath(this.context.extensionUri, 'docs', 'rules', `${rule}.md`);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      void vscode.window.showWarningMessage(l10n.t('There is no page for the rule “{0}”.', rule));
      return;
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreview', page);
    } catch {
      await vscode.commands.executeCommand('vscode.open', page);
    }
  }

  /** The rules that have a page, those of gknb diagnostics at the cursor first; undefined when dismissed. */
  private async pickRule(): Promise<string | undefined> {
    const folder = vscode.Uri.joinPath(this.context.extensionUri, 'docs', 'rules');
    const all = (await vscode.workspace.fs.readDirectory(folder))
      .map(([name]) => /^([a-z0-9-]+)\.md$/.exec(name)?.[1])
      .filter((r): r is string => !!r)
      .sort();
    const editor = vscode.window.activeTextEditor;
    const here = editor
      ? vscode.languages.getDiagnostics(editor.document.uri)
        .filter((d) => d.source === 'gknb' && d.range.contains(editor.selection.active))
        .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code))
      : [];
    const first = all.filter((r) => here.includes(r));
    const items: vscode.QuickPickItem[] = [
      ...first.map((label) => ({ label, description: l10n.t('at the cursor') })),
      ...all.filter((r) => !first.includes(r)).map((label) => ({ label })),
    ];
    const choice = await vscode.window.showQuickPick(items, { placeHolder: l10n.t('Which rule’s page to open (shipped with the extension)') });
    return choice?.label;
  }
}
