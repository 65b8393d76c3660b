/** A real JSON-RPC LSP client over stdio, driving the built server (dist/server.js) in a child process. */
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, ProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest, ShutdownRequest, ExitNotification, ConfigurationRequest, ApplyWorkspaceEditRequest,
  WorkspaceEdit, TextEdit, DocumentDiagnosticReport, Diagnostic, RegistrationRequest, DiagnosticRefreshRequest,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './fixtures';

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  appliedEdits: WorkspaceEdit[];
  /** What workspace/configuration answers for section gknb. */
  settings: any;
  refreshes: number;
  stderr: string[];
  exited: Promise<number | null>;
}

/** `pushDiagnostics`: announce no pull-diagnostics support, so the server publishes (as for Neovim 0.7). */
export async function startServer(opts: { locale?: string; rulesBaseUrl?: string; settings?: any; workspaceFolder?: string; pushDiagnostics?: boolean } = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const server: TestServer = {
    connection, process: child, appliedEdits: [], settings: opts.settings ?? {}, refreshes: 0, stderr: [],
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stderr!.on('data', (d) => server.stderr.push(String(d)));
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => server.settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => { server.refreshes++; });
  connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    server.appliedEdits.push(p.edit);
    return { applied: true };
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, diagnostics: { refreshSupport: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
      textDocument: { ...(opts.pushDiagnostics ? {} : { diagnostic: { dynamicRegistration: false } }), codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
    },
    initializationOptions: { locale: opts.locale ?? 'zh-cn', rulesBaseUrl: opts.rulesBaseUrl },
    workspaceFolders: opts.workspaceFolder ? [{ uri: opts.workspaceFolder, name: 'workspace' }] : null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return server;
}

export async function open(server: TestServer, uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
}

export async function change(server: TestServer, uri: string, version: number, edits: { range?: TextEdit['range']; text: string }[]): Promise<void> {
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: edits.map((e) => (e.range ? { range: e.range, text: e.text } : { text: e.text })),
  });
}

export async function pull(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const r = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
  return r.kind === 'full' ? r.items : [];
}

/** The server's count of analyses and pulls (`gknb/stats`, server/src/lsp/stats.ts), optionally restarting it. */
export async function stats(server: TestServer, uri: string, reset = false): Promise<{ changes: number; analyses: number; byReason: Record<string, number>; pulls: number; waited: number; cancelled: number; unchanged: number }> {
  const r = (await server.connection.sendRequest('gknb/stats', { uri, reset })) as { documents: Record<string, any> };
  return r.documents[uri] ?? { changes: 0, analyses: 0, byReason: {}, pulls: 0, waited: 0, cancelled: 0, unchanged: 0 };
}

export async function stop(server: TestServer): Promise<number | null> {
  await server.connection.sendRequest(ShutdownRequest.type);
  await server.connection.sendNotification(ExitNotification.type);
  const code = await server.exited;
  server.connection.dispose();
  return code;
}

/** Apply LSP text edits to a string (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => {
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
