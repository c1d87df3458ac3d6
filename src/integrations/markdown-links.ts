// Markdown links and images that point into the site ("/kontakt/") follow the
// configured base path, so content works wherever the site is published.
import { defineMdastPlugin } from 'satteri';
import { withBase } from '../lib/base-path.ts';

export function baseLinks(base: string) {
  return defineMdastPlugin({
    name: 'familiennetz-base-links',
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    image(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
