// "Für unterwegs speichern" (components/OfflineChoice.astro). Nothing is registered or stored
// before the visitor clicks: then the service worker (/sw.js) is registered and, once it is
// active, this language's home, contact and saved-list pages and the current page are put in
// the pages' cache, so they open without a connection. "Delete" unregisters the worker and
// deletes every cache of the site.
import { ASSETS_CACHE, PAGES_CACHE } from '../lib/offline/paths.ts';

const box = document.querySelector<HTMLElement>('[data-offline]');

async function keepPages(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(PAGES_CACHE);
  // One by one: a page that fails (offline right now) does not stop the others.
  await Promise.all(urls.map((url) => cache.add(url).catch(() => undefined)));
}

if (box && 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext) {
  const on = box.querySelector<HTMLButtonElement>('[data-offline-on]')!;
  const off = box.querySelector<HTMLButtonElement>('[data-offline-off]')!;
  const status = box.querySelector<HTMLElement>('[data-offline-status]')!;
  const say = (key: string): void => {
    status.textContent = box.dataset[key] ?? '';
  };
  const paint = (active: boolean): void => {
    on.hidden = active;
    off.hidden = !active;
  };
  const scope = new URL(box.dataset['scope'] ?? '/', location.href).href;
  // Asking whether a worker is registered stores nothing.
  void navigator.serviceWorker.getRegistration(scope).then((registration) => paint(registration !== undefined));
  box.hidden = false;

  on.addEventListener('click', async () => {
    say('enabling');
    on.disabled = true;
    try {
      await navigator.serviceWorker.register(box.dataset['worker'] ?? '', { scope });
      await navigator.serviceWorker.ready;
      await keepPages([...(box.dataset['pages'] ?? '').split(' ').filter(Boolean), location.pathname]);
      paint(true);
      say('enabled');
      off.focus();
    } catch {
      say('failed');
    } finally {
      on.disabled = false;
    }
  });

  off.addEventListener('click', async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.filter((r) => r.scope === scope).map((r) => r.unregister()));
    // This site's caches only (another site may share the host below another base path).
    const ours = (name: string): boolean => name === PAGES_CACHE || name === ASSETS_CACHE || name.includes(scope);
    await Promise.all((await caches.keys()).filter(ours).map((name) => caches.delete(name)));
    paint(false);
    say('disabled');
    on.focus();
  });
}
