/**
 * Open documents, kept as incremental ReportDocuments. A document over the size limit is kept as
 * plain text only (so edits still apply) and is not analysed.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument, TextChange } from '../engine';

export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  /** The parsed report; undefined while the text is over the size limit. */
  report?: ReportDocument;
  /** Plain text for documents over the size limit. */
  plain?: TextDocument;
  /** Version of the last save, for run mode "onSave". */
  savedVersion?: number;
}

export class DocumentStore {
  private docs = new Map<string, OpenDocument>();

  constructor(private maxSize: () => number) {}

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }

  open(uri: string, languageId: string, version: number, text: string): OpenDocument {
    const doc: OpenDocument = { uri, languageId, version, savedVersion: version };
    this.setText(doc, text);
    this.docs.set(uri, doc);
    return doc;
  }

  change(uri: string, version: number, changes: TextChange[]): OpenDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    if (doc.report) {
      doc.report.update(changes);
      if (doc.report.length > this.maxSize()) this.setText(doc, doc.report.getText());
    } else if (doc.plain) {
      doc.plain = TextDocument.update(doc.plain, changes.map((c) => (c.range ? { range: c.range, text: c.text } : { text: c.text })), version);
      if (doc.plain.getText().length <= this.maxSize()) this.setText(doc, doc.plain.getText());
    }
    doc.version = version;
    return doc;
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  text(doc: OpenDocument): string {
    return doc.report ? doc.report.getText() : doc.plain!.getText();
  }

  /** Re-apply the size limit after a settings change. */
  resize(doc: OpenDocument): void {
    this.setText(doc, this.text(doc));
  }

  private setText(doc: OpenDocument, text: string): void {
    if (text.length > this.maxSize()) {
      doc.report = undefined;
      doc.plain = TextDocument.create(doc.uri, doc.languageId, doc.version, text);
    } else {
      doc.plain = undefined;
      doc.report = new ReportDocument(text);
    }
  }
}
