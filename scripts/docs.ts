// npm run docs: rewrites the field tables in content/README.md from the schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../src/lib/editor/guide.ts';

const path = 'content/README.md';
const before = readFileSync(path, 'utf8');
const after = withFieldTables(before);
if (after === before) console.log(`${path}: Feldtabellen sind aktuell.`);
else {
  writeFileSync(path, after);
  console.log(`${path}: Feldtabellen neu geschrieben.`);
}
