// The only script /admin/index.html loads: it starts Sveltia CMS (and the
// preview templates) by adding their scripts, in order, when this page is on
// the live site's origin (lib/editor/admin-origin.ts). Anywhere else it shows
// the page's notice with the link to the live /admin/ and loads nothing: no
// CMS, no sign-in, no token in this origin's storage. Data attributes of its
// own <script> tag say what to load and which origin is live.
import { mayStartCms } from '../lib/editor/admin-origin.ts';

interface ScriptToLoad {
  src: string;
  data?: Record<string, string>;
}

const self = document.currentScript as HTMLScriptElement | null;
const live = self?.dataset['live'] ?? '';
const scripts = JSON.parse(self?.dataset['load'] ?? '[]') as ScriptToLoad[];

if (self && mayStartCms(window.location, live)) {
  for (const item of scripts) {
    const script = document.createElement('script');
    script.src = item.src;
    // Run in the order given, like the script tags they replace.
    script.async = false;
    for (const [key, value] of Object.entries(item.data ?? {})) script.dataset[key] = value;
    document.body.append(script);
  }
} else {
  document.querySelector<HTMLElement>('[data-elsewhere]')?.removeAttribute('hidden');
}
