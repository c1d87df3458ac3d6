// Keyboard-only helpers: move focus with Tab as a person would and report
// what has focus, so journeys can be tested without mouse or locators.
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  text: string;
  href: string;
  id: string;
  label: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el?.getAttribute('href') ?? '',
      id: el?.id ?? '',
      label: el?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`Mit ${max}× Tab nicht erreicht: ${what}`);
}
