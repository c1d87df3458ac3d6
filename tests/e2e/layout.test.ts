// What axe cannot see: reflow at 320 CSS px (1280 px at 400 % zoom, WCAG
// 1.4.10) on every page, a visible focus indicator on every focusable
// element (2.4.7), target sizes of at least 24 × 24 px for controls outside
// running text (2.5.8), and no motion when the visitor asks for less.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { inTabs, useBrowser } from '../support/browser.ts';
import { builtDeployment, sitemapPaths } from '../support/dist.ts';
import { posterPaths } from '../support/paper.ts';
import { alliance, sampleOffer, site } from '../support/content.ts';
import { routesFor } from '../../src/lib/routes.ts';

const { routes } = builtDeployment();
// The notices (…/aushang/) are pages too, outside the sitemap (noindex).
const paths = [...sitemapPaths(), ...posterPaths(), routes.notFound()];
const session = useBrowser();
let narrow: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  narrow = await session.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
  desktop = await session.newContext({ viewport: { width: 1280, height: 800 } });
});

// Controls that stand alone; links inside a sentence are exempt from 2.5.8.
const CONTROLS = 'header a, nav a, .breadcrumbs a, footer a, button, input, select, .cards a, .situations a, .contact-details a, .date-list a';

describe('reflow at 320 px (400 % zoom)', () => {
  it('shows every page without horizontal scrolling, with controls of at least 24 × 24 px and none drawn over another in the header', async () => {
    const overflowing: string[] = [];
    const small: string[] = [];
    const overlapping: string[] = [];
    await inTabs(narrow, paths, async (page, path) => {
      await page.goto(session.url(path));
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (widths.scroll > widths.client) overflowing.push(`${path}: ${widths.scroll} px breit`);
      const tooSmall = await page.locator(CONTROLS).evaluateAll((els) =>
        els
          // Shown to the visitor: not display:none, nor inside a closed <details> (content-visibility: hidden).
          .filter((el) => (el as HTMLElement).checkVisibility())
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ el, box }) => `${el.tagName.toLowerCase()} „${el.textContent?.trim()}“ ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      small.push(...tooSmall.map((s) => `${path}: ${s}`));
      // In the header, no control is drawn over another: the site's name, the call button with its
      // label, the language, search and menu buttons (a long label once covered the site's name).
      const overlaps = await page.locator('header a, header button').evaluateAll((els) => {
        const shown = els.filter((el) => (el as HTMLElement).checkVisibility() && !els.some((other) => other !== el && other.contains(el)));
        const inked = shown.map((el) => {
          const boxes = [el, ...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
          return {
            name: el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 30) ?? '',
            left: Math.min(...boxes.map((b) => b.left)),
            right: Math.max(...boxes.map((b) => b.right)),
            top: Math.min(...boxes.map((b) => b.top)),
            bottom: Math.max(...boxes.map((b) => b.bottom)),
          };
        });
        const found: string[] = [];
        for (let i = 0; i < inked.length; i++) {
          for (let j = i + 1; j < inked.length; j++) {
            const [a, b] = [inked[i]!, inked[j]!];
            const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (width > 1 && height > 1) found.push(`„${a.name}“ über „${b.name}“`);
          }
        }
        return found;
      });
      overlapping.push(...overlaps.map((o) => `${path}: ${o}`));
    });
    expect(overflowing).toEqual([]);
    expect(small).toEqual([]);
    expect(overlapping).toEqual([]);
  }, 300_000);
});

describe('focus', () => {
  // Right to left too: the Arabic home and offer page, where the site offers Arabic.
  const arabic = site.languages.includes('ar') ? routesFor(routes.base, 'ar') : undefined;
  const rtl = arabic ? [arabic.home(), arabic.offer(sampleOffer.id)] : [];
  for (const path of [routes.home(), routes.offer(sampleOffer.id), routes.search(), routes.contact(), ...rtl]) {
    it(`${path}: every element reached with Tab shows a focus indicator and is in view`, async () => {
      const page = await desktop.newPage();
      await page.goto(session.url(path));
      // Only what is shown: the search page's topic list stays hidden until a search finds nothing.
      const count = await page
        .locator('a[href], input, button, select, textarea')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
      const problems: string[] = [];
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            name: `${el.tagName.toLowerCase()} „${el.textContent?.trim().slice(0, 40)}“`,
            visible: el.matches(':focus-visible'),
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            inView: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
          };
        });
        if (!state.visible || !state.outline) problems.push(`${state.name}: kein sichtbarer Fokus`);
        if (!state.inView) problems.push(`${state.name}: nicht im Bild`);
      }
      await page.close();
      expect(count).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    });
  }
});

describe('reduced motion', () => {
  it('runs no animation or transition when the visitor prefers reduced motion', async () => {
    const page = await narrow.newPage();
    const moving: string[] = [];
    for (const path of [routes.home(), routes.offers(), routes.search()]) {
      await page.goto(session.url(path));
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
      const found = await page.evaluate(() => {
        const slow = Array.from(document.querySelectorAll('*')).filter((el) => {
          const style = getComputedStyle(el);
          const longest = (list: string) => Math.max(...list.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
          return longest(style.transitionDuration) > 0.001 || longest(style.animationDuration) > 0.001;
        });
        // The reduced-motion CSS shortens transitions to 0.01 ms; such a
        // transition may still be listed for a frame, but it does not move.
        const running = document
          .getAnimations()
          .filter((a) => Number(a.effect?.getComputedTiming().duration ?? 0) > 1)
          .map((a) => `${a.constructor.name} ${(a as CSSTransition).transitionProperty ?? ''}`);
        return [...slow.map((el) => el.tagName), ...running];
      });
      moving.push(...found.map((f) => `${path}: ${f}`));
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    }
    await page.close();
    expect(moving).toEqual([]);
  });
});

describe('print', () => {
  it('prints an offer without navigation and with its facts and the contact', async () => {
    const page = await desktop.newPage();
    await page.goto(session.url(routes.offer(sampleOffer.id)));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.skip-link').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await page.locator('main dl').first().isVisible()).toBe(true);
    const contact = alliance.partner.phone ?? alliance.partner.email ?? '';
    expect((await page.locator('footer').innerText()).replace(/\s/g, ' ')).toContain(contact);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await page.close();
  });
});
