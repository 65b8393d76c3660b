/** Creates the LanguageClient for `dist/server.js` (IPC) and its crash handling. */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult,
  LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions, TransportKind,
} from 'vscode-languageclient/node';
import { LANGUAGES, SCHEMES } from './protocol';
import serverNodeFlags from './server-node-flags.json';

/**
 * Node flags for the language server process (the benchmark starts it with them too). A small
 * young generation: the server allocates in short bursts (a report opened, a keystroke), and V8 otherwise
 * grows the young generation to 2 × 16 MB and keeps it — measured with 50 reports open: 95–101 MB, 79–82 MB
 * with these flags, keystroke and full-check times unchanged.
 */
const SERVER_NODE_FLAGS: string[] = serverNodeFlags;

/** A crashed server is restarted at most this many times within RESTART_WINDOW_MS. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * The server's locale, from `gknb.locale`: Chinese by default (the reports are Chinese whatever the
 * editor's UI language); `auto` follows VS Code's display language, where anything not English is Chinese.
 */
export function serverLocale(): 'zh-cn' | 'en' {
  const setting = vscode.workspace.getConfiguration('gknb').get<string>('locale', 'zh-cn');
  if (setting === 'en' || setting === 'zh-cn') return setting;
  return vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

/** What the server reads once at start: its locale and the address of the rule pages (`gknb.rulesBaseUrl`). */
export function serverInitOptions(): { locale: 'zh-cn' | 'en'; rulesBaseUrl: string } {
  return { locale: serverLocale(), rulesBaseUrl: vscode.workspace.getConfiguration('gknb').get<string>('rulesBaseUrl', '') };
}

/**
 * Restarts a server that exited unexpectedly, a few times, and tells the user once per session.
 * When it keeps dying it stays down and says so; `gknb.restartServer` starts it again.
 */
export class CrashHandler implements ErrorHandler {
  private restarts: number[] = [];
  private warned = false;

  /**
   * A server that dies while the client is still sending fails every pending message, often more than
   * three times: shutting down here would stop the client and leave the server dead. Errors are logged;
   * whether to restart is decided in closed(), which limits restarts.
   */
  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < RESTART_WINDOW_MS);
    if (this.restarts.length >= MAX_RESTARTS) {
      this.restarts = [];
      const restart = vscode.l10n.t('Restart');
      const showOutput = vscode.l10n.t('Show Output');
      void vscode.window
        .showErrorMessage(
          vscode.l10n.t('The gknb language server exited unexpectedly {0} times within 3 minutes and will not be restarted automatically.', MAX_RESTARTS + 1),
          restart, showOutput,
        )
        .then((choice) => {
          if (choice === restart) void vscode.commands.executeCommand('gknb.restartServer');
          else if (choice === showOutput) void vscode.commands.executeCommand('gknb.showOutput');
        });
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.restarts.push(now);
    if (!this.warned) {
      this.warned = true;
      void vscode.window.showWarningMessage(vscode.l10n.t('The gknb language server exited unexpectedly and was restarted automatically.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }

  /** Forget earlier crashes (the user restarted the server by hand). */
  reset(): void {
    this.restarts = [];
  }
}

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  errorHandler: ErrorHandler,
): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
    initializationOptions: serverInitOptions(),
    diagnosticCollectionName: 'gknb',
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    middleware: {
      // While the user types, the server holds a pull until typing pauses, and the next keystroke cancels
      // it. vscode-languageclient 9 turns the answer to a cancelled pull into an empty report, which would
      // blank the Problems panel and the squiggles between keystrokes; a CancellationError instead keeps
      // what is shown and makes the client pull again for the current version.
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        return report;
      },
    },
  };
  return new LanguageClient('gknb', vscode.l10n.t('gknb Language Server'), serverOptions, clientOptions);
}
