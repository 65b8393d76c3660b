/** Which files the readers take, by name alone (no reader loaded: the CLI asks this for every file). */
import path = require('path');

/** The documents the readers read. */
export const DOCUMENT_EXTENSIONS = ['.docx', '.doc', '.html', '.htm', '.pdf'];
/** WPS's own formats: named so that they get a clear message, not "binary file". */
export const WPS_EXTENSIONS = ['.wps', '.et', '.dps'];

export function isDocument(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return DOCUMENT_EXTENSIONS.includes(ext) || WPS_EXTENSIONS.includes(ext);
}
