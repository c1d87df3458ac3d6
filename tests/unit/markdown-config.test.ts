// The site renders Markdown with the options in src/lib/content/markdown.ts,
// and the content check renders with the same ones: what the check approves
// is what is published.
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { markdownOptions, markdownRenderer } from '../../src/lib/content/markdown.ts';

describe('one Markdown configuration', () => {
  it('astro.config.mjs takes its markdown options from the shared module', () => {
    const shared = markdownOptions(config.base ?? '/');
    const used = config.markdown as ReturnType<typeof markdownOptions>;
    expect(used.syntaxHighlight).toBe(shared.syntaxHighlight);
    expect(used.processor.name).toBe(shared.processor.name);
    expect(used.processor.options.features).toEqual({ gfm: true, smartPunctuation: true });
    expect(used.processor.options.mdastPlugins.map((p) => (p as { name?: string }).name)).toEqual(
      shared.processor.options.mdastPlugins.map((p) => (p as { name?: string }).name),
    );
  });

  it('renders GFM, smart quotes and links below the base path', async () => {
    const render = await markdownRenderer('/familie/');
    const { html } = await render('Siehe [Kontakt](/kontakt/), "Zitat" und ~~alt~~.\n\n| a |\n| - |\n| 1 |\n');
    expect(html).toContain('href="/familie/kontakt/"');
    expect(html).toContain('<del>alt</del>');
    expect(html).toContain('<table>');
    expect(html).not.toContain('"Zitat"');
  });
});
