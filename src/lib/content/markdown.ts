// The one Markdown configuration of the site. astro.config.mjs takes its
// `markdown` options from here, and the content check renders every body with
// a renderer made from the same options: what the check approves is exactly
// the HTML that is published (GFM, smart punctuation, links below the base path).
import { satteri } from '@astrojs/markdown-satteri';
import { defineMdastPlugin } from 'satteri';

/** Prefixes a root-relative site link ("/kontakt/") with the base path; other links stay as they are. */
export function withBase(url: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix.slice(0, -1) || url.startsWith(prefix)) return url;
  return `${prefix}${url.slice(1)}`;
}

/** Editors link to site pages as "/kontakt/"; below a base path those links get it in front. */
function baseLinks(base: string) {
  return defineMdastPlugin({
    name: 'base-path-links',
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

/** Astro's `markdown` options for a site published below `base`. */
export function markdownOptions(base: string) {
  return {
    // The site has no code blocks; Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false as const,
    // GitHub-flavoured Markdown (tables, strikethrough, bare links) and typographic quotes and dashes.
    processor: satteri({ mdastPlugins: [baseLinks(base)], features: { gfm: true, smartPunctuation: true } }),
  };
}

export interface RenderedBody {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[]; imagePaths: string[] };
}

export type RenderBody = (markdown: string) => Promise<RenderedBody>;

/** A renderer with the site's Markdown options, as Astro would make it from astro.config.mjs. */
export async function markdownRenderer(base: string): Promise<RenderBody> {
  const { processor, ...options } = markdownOptions(base);
  const renderer = await processor.createRenderer(options);
  return async (markdown) => {
    const { code, metadata } = await renderer.render(markdown, {});
    return {
      html: code,
      metadata: {
        headings: metadata.headings,
        imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])],
      },
    };
  };
}
