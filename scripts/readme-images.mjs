#!/usr/bin/env node
// Copies the README's tour pictures from the UI tests' screenshots (test/vscode/ui/ui.mjs writes them to
// test-output/vscode/) into docs/images/, so the pictures always show the extension as the tests saw it.
//   npm run test:ui && npm run readme-images
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'test-output', 'vscode');
/** README picture ← UI test screenshot. */
const TOUR = {
  'tour-1-problems.png': 'ui-problems.png',
  'tour-2-quickfix.png': 'ui-quickfix.png',
  'tour-3-insert-table.png': 'ui-insert-table.png',
  'tour-4-check-workspace.png': 'ui-check-workspace-problems.png',
  'extensions-view.png': 'ui-extensions.png',
};

const missing = Object.values(TOUR).filter((f) => !fs.existsSync(path.join(from, f)));
if (missing.length) {
  console.error(`readme-images: no ${missing.join(', ')} in ${path.relative(root, from)}/ (run npm run test:ui first)`);
  process.exit(1);
}
for (const [to, shot] of Object.entries(TOUR)) {
  fs.copyFileSync(path.join(from, shot), path.join(root, 'docs', 'images', to));
  console.log(`docs/images/${to} ← test-output/vscode/${shot}`);
}
