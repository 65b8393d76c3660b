/**
 * "由上年报告新建本年报告": the server makes this year's report from last year's text; this writes it beside
 * last year's file (asking before overwriting one) and opens it, where it is checked like any report.
 */
import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import type { NextYearParams, NextYearResult } from '../../server/src/protocol';

const l10n = vscode.l10n;
export const NextYearRequest = new RequestType<NextYearParams, NextYearResult | null, void>('gknb/nextYear');

/** Last year's report: the file clicked in the Explorer, or the active editor's document. */
async function lastYearsText(arg: unknown): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { uri, text: open.getText() };
  const doc = await vscode.workspace.openTextDocument(uri);
  return { uri, text: doc.getText() };
}

export async function newFromLastYear(client: LanguageClient, arg: unknown): Promise<vscode.Uri | undefined> {
  const last = await lastYearsText(arg);
  if (!last) {
    void vscode.window.showInformationMessage(l10n.t('Open last year’s report first (or choose it in the Explorer).'));
    return undefined;
  }
  const name = last.uri.path.slice(last.uri.path.lastIndexOf('/') + 1) || 'report.md';
  const made = await client.sendRequest(NextYearRequest, { text: last.text, name });
  if (!made) return undefined;
  if ('problem' in made) {
    void vscode.window.showWarningMessage(made.problem === 'no-year'
      ? l10n.t('The year of last year’s report is not known: its title should name it (“…2024年政府信息公开工作年度报告”).')
      : l10n.t('This does not look like a Government Information Disclosure Annual Report.'));
    return undefined;
  }
  if (last.uri.scheme === 'untitled') {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: made.text });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  const target = vscode.Uri.joinPath(last.uri, '..', made.fileName);
  if (await exists(target)) {
    const overwrite = l10n.t('Overwrite');
    const choice = await vscode.window.showWarningMessage(l10n.t('{0} already exists. Overwrite it?', made.fileName), { modal: true }, overwrite);
    if (choice !== overwrite) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(made.text));
  await vscode.window.showTextDocument(target);
  vscode.window.setStatusBarMessage(made.carried
    ? l10n.t('gknb: {0} report made from the {1} report; 上年结转 filled from last year’s table.', made.year, made.fromYear)
    : l10n.t('gknb: {0} report made from the {1} report.', made.year, made.fromYear), 6000);
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
