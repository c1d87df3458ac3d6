import { readFileSync, writeFileSync } from 'node:fs';
import { checkSite } from '/work/wt/i18n-texts/src/lib/content/check.ts';
const content = await checkSite('content');
let n = 0;
for (const t of content.translations) {
  if (!t.currentSource) continue;
  const path = t.file.file;
  let text = readFileSync(path, 'utf8');
  const line = `translatedFrom: ${t.currentSource}\n`;
  if (/^translatedFrom: .*\n/m.test(text)) text = text.replace(/^translatedFrom: .*\n/m, line);
  else if (text.startsWith('---\n')) text = `---\n${line}${text.slice(4)}`;
  else text = line + text;
  writeFileSync(path, text); n++;
}
console.log('stamped', n);
for (const p of content.problems) if (p.file.match(/\.[a-z]{2}\.(md|yaml)$/)) console.log(p.file, p.line, p.field, p.message);
