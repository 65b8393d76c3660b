/**
 * gknb VS Code extension: starts the language server (dist/server.js, IPC), registers the commands
 * and the report status bar item. All checking happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from './commands';
import { CrashHandler, createLanguageClient, serverInitOptions } from './languageClient';
import { ReportStatus } from './statusBar';
import { WorkspaceCheck } from './workspaceCheck';
import { ConfigSupport } from './config';
import { GknbTaskProvider, TASK_TYPE } from './tasks';
import { newFromLastYear } from './nextYear';
import { TableView } from './tableView';
import { registerDocuments } from './documents';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('gknb');
  const crashHandler = new CrashHandler();
  client = createLanguageClient(context, output, crashHandler);

  const workspaceCheck = new WorkspaceCheck(client, output);
  const config = new ConfigSupport(context, client);
  context.subscriptions.push(
    output,
    ...new Commands(context, client, crashHandler, output).register(),
    new ReportStatus(client),
    new TableView(context, client),
    workspaceCheck,
    config,
    vscode.commands.registerCommand('gknb.checkWorkspace', () => workspaceCheck.run()),
    vscode.commands.registerCommand('gknb.clearWorkspaceResults', () => workspaceCheck.clear()),
    vscode.commands.registerCommand('gknb.openConfig', () => config.openOrCreate()),
    vscode.commands.registerCommand('gknb.newFromLastYear', (uri?: unknown) => newFromLastYear(client!, uri)),
    vscode.tasks.registerTaskProvider(TASK_TYPE, new GknbTaskProvider(context)),
    ...registerDocuments(),
    // The locale and the rule pages' address are fixed when the server starts: restart it when they change.
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!(e.affectsConfiguration('gknb.locale') || e.affectsConfiguration('gknb.rulesBaseUrl')) || !client) return;
      client.clientOptions.initializationOptions = serverInitOptions();
      await client.restart().catch((error) => output.appendLine(`restart: ${String(error)}`));
    }),
  );

  try {
    await client.start();
  } catch (error) {
    // The client has already logged the failure; `gknb.restartServer` can try again.
    output.appendLine(`start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  if (client) {
    const c = client;
    client = undefined;
    await c.dispose();
  }
}
