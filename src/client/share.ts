// Share buttons that need JavaScript (components/ShareLinks.astro, the saved list's link):
// the system share sheet where navigator.share exists, and copying a link with a visible
// confirmation in a live region. The plain e-mail and WhatsApp links work without this.

/** Copies `text`; says in `status` (a role="status" element) whether it worked. */
export async function copyLink(text: string, status: HTMLElement | null, done: string, failed: string): Promise<void> {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    ok = false;
  }
  if (status) {
    // Emptied first, so a second copy is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = ok ? done : failed));
  }
}

for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  const native = box.querySelector<HTMLElement>('[data-share-native]');
  const nativeButton = native?.querySelector<HTMLButtonElement>('button');
  if (native && nativeButton && typeof navigator.share === 'function') {
    const data = { title: nativeButton.dataset['title'] ?? '', text: nativeButton.dataset['text'] ?? '', url: nativeButton.dataset['url'] ?? '' };
    if (!navigator.canShare || navigator.canShare(data)) {
      native.hidden = false;
      nativeButton.addEventListener('click', () => {
        // A dismissed share sheet rejects: nothing to report.
        navigator.share(data).catch(() => undefined);
      });
    }
  }
  const copy = box.querySelector<HTMLElement>('[data-share-copy]');
  const copyButton = copy?.querySelector<HTMLButtonElement>('button');
  if (copy && copyButton && navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copyButton.addEventListener('click', () => {
      void copyLink(copyButton.dataset['url'] ?? '', status, copyButton.dataset['done'] ?? '', copyButton.dataset['failed'] ?? '');
    });
  }
}
