// Valid HTML on every built page: html-validate with its recommended rules
// (.htmlvalidate.json, also used by `npx html-validate dist`). Zero errors,
// zero warnings: a warning such as a wrapping phone number is fixed, not kept.
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtDeployment, fileForPath, htmlPages, sitemapPaths } from '../support/dist.ts';
import { posterPaths } from '../support/paper.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

function describeMessages(path: string, messages: Message[]): string {
  return messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`).join('\n');
}

describe('html-validate', () => {
  const pages = htmlPages();

  it('checks all pages of the site: every page of the sitemap, the notices (noindex) and the 404 page', () => {
    expect(pages).toEqual([...sitemapPaths(), ...posterPaths(), builtDeployment().routes.notFound()].sort());
  });

  it.each(pages)('%s is valid HTML', async (path) => {
    const file = fileForPath(path);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((result) => result.messages);
    expect(messages, describeMessages(path, messages)).toEqual([]);
  });
});
