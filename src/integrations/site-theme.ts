// The colours of content/site.yaml as CSS custom properties, bundled into the
// site's one stylesheet: the layout imports "virtual:site-theme.css", which
// this Vite plugin makes from the checked settings. No inline style (the CSP
// allows none) and no extra request.
import type { AstroIntegration } from 'astro';
import { themeCss, type Theme } from '../lib/theme/palette.ts';

export const THEME_MODULE = 'virtual:site-theme.css';
// A resolved id Vite's CSS pipeline handles like a file (it ends in .css).
const RESOLVED = '/@site-theme/theme.css';

export function siteTheme(theme: Theme): AstroIntegration {
  return {
    name: 'site:theme',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site:theme-css',
                resolveId: (id: string) => (id === THEME_MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? themeCss(theme) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
