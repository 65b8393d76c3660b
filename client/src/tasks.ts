/**
 * Task type `gknb`: runs the `gknb check` command line that ships with the extension (dist/cli.js) in
 * the terminal, with `--format compact` and the `$gknb` problem matcher, so every problem links to its
 * file and line and lands in the Problems panel. One task per workspace folder is offered
 * ("gknb: 检查所有年报"); tasks.json can name paths, a configuration file and more arguments:
 *
 *   { "type": "gknb", "paths": ["2023"], "config": ".gknbrc.json", "problemMatcher": ["$gknb"] }
 */
import * as vscode from 'vscode';
import { serverLocale } from './languageClient';

export interface GknbTaskDefinition extends vscode.TaskDefinition {
  type: 'gknb';
  /** Files, folders or globs, relative to the workspace folder (default: the whole folder). */
  paths?: string[];
  /** A configuration file to use instead of the nearest .gknbrc.json. */
  config?: string;
  /** More `gknb check` arguments, e.g. ["--rule", "overview-topics=off"]. */
  args?: string[];
}

export const TASK_TYPE = 'gknb';

export class GknbTaskProvider implements vscode.TaskProvider {
  constructor(private readonly context: vscode.ExtensionContext) {}

  provideTasks(): vscode.Task[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .filter((f) => f.uri.scheme === 'file')
      .map((folder) => this.build({ type: TASK_TYPE, paths: ['.'] }, folder));
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const def = task.definition as GknbTaskDefinition;
    if (def.type !== TASK_TYPE) return undefined;
    const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
    return folder ? this.build(def, folder, task.name) : undefined;
  }

  private build(def: GknbTaskDefinition, folder: vscode.WorkspaceFolder, name = vscode.l10n.t('check all reports')): vscode.Task {
    const cli = this.context.asAbsolutePath('dist/cli.js');
    const args = [cli, 'check', '--format', 'compact', '--lang', serverLocale()];
    if (def.config) args.push('--config', def.config);
    args.push(...(def.args ?? []), ...(def.paths?.length ? def.paths : ['.']));
    // The extension host's own executable runs the CLI (in desktop VS Code it is Electron, told to act as Node).
    const execution = new vscode.ProcessExecution(process.execPath, args, { cwd: folder.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } });
    const task = new vscode.Task(def, folder, name, 'gknb', execution, ['$gknb']);
    task.group = vscode.TaskGroup.Test;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
    return task;
  }
}
