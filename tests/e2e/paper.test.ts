// Paper in Chromium: every notice printed to PDF is exactly one A4 page (in every language, and
// with the longest texts the schema allows); its QR code, read from the printed page by a QR
// reader, opens the offer's page; the print button opens the print dialog and is hidden where
// no script runs; printed, the guide keeps each offer on one sheet.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { PDFDocument } from 'pdf-lib';
import { inTabs, useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { site } from '../support/content.ts';
import { posterPaths, runningOffers } from '../support/paper.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { POSTER_LINE_CHARS, POSTER_STRIP_CHARS, POSTER_WHEN_LINES } from '../../src/lib/print/poster.ts';
import { offerSchema } from '../../src/schemas/offer.ts';

/** The schema's limit of an offer's text field: the longest an editor can write. */
function maxLength(field: 'title' | 'summary'): number {
  const max = (offerSchema.shape[field] as { maxLength?: number | null }).maxLength;
  if (!max) throw new Error(`offerSchema.${field} hat keine Höchstlänge`);
  return max;
}

const { base, site: SITE } = builtDeployment();
const session = useBrowser();
let context: BrowserContext;
const other = site.languages.find((lang, i) => i > 0 && lang === 'ar') ?? site.languages[1];

beforeAll(async () => {
  context = await session.newContext({ viewport: { width: 794, height: 1123 } });
});

async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

/** The text of the QR code in a PNG screenshot, read by jsQR. */
function decode(screenshot: Buffer): string | undefined {
  const png = PNG.sync.read(screenshot);
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}

/** The QR code in a screenshot of the whole page as printed (print media, A4 width), decoded. */
async function readQr(page: Page): Promise<string | undefined> {
  await page.emulateMedia({ media: 'print' });
  const text = decode(await page.screenshot({ fullPage: true }));
  await page.emulateMedia({ media: 'screen' });
  return text;
}

describe('notices (Aushang)', () => {
  it('has a notice to print for every offer that takes place', () => {
    expect(posterPaths().length).toBeGreaterThan(0);
  });

  it('prints every notice, in every language, on exactly one A4 page', async () => {
    const pages: string[] = [];
    await inTabs(context, posterPaths(), async (page, path) => {
      await page.goto(session.url(path));
      const count = await printedPages(page);
      if (count !== 1) pages.push(`${path}: ${count} Seiten`);
    });
    expect(pages).toEqual([]);
  });

  it.each([site.languages[0]!, other!])('%s: still one page with the longest texts the schema allows (title, summary) and every fact at the notice’s limit', async (lang) => {
    const page = await context.newPage();
    await page.goto(session.url(routesFor(base, lang === site.languages[0] ? '' : lang).offerPoster(runningOffers[0]!.id)));
    expect(await printedPages(page)).toBe(1);
    await page.evaluate(({ title, summary, lineChars, whenLines, stripChars }) => {
      const words = (n: number) => Array.from({ length: n }, (_, i) => ['Wochenende', 'Familienbildung', 'WWW', 'Beratung'][i % 4]).join(' ');
      const fill = (el: Element | null, text: string) => el && (el.textContent = text);
      const limit = (text: string, max: number) => text.slice(0, max);
      // A wide capital W's line breaks as late as German words do.
      fill(document.querySelector('.poster__title'), limit(words(20), title));
      document.querySelector('.poster__title')?.classList.add('poster__title--long');
      fill(document.querySelector('.poster__summary'), limit(words(40), summary));
      const [when, where, cost, registration] = [...document.querySelectorAll('.poster__facts dd')];
      const line = `${limit(words(20), lineChars - 1)}…`;
      when!.innerHTML = Array.from({ length: whenLines }, () => `<span class="poster__line">${line}</span>`).join('');
      // A place's name (up to a line of its own), the street and town, the note on a protected address.
      where!.innerHTML = `<address>${line}<br>${limit(words(10), 50)}<br>${limit(words(10), 50)}</address>`;
      fill(cost!, line);
      fill(registration!, line);
      if (!document.querySelector('.poster__cut')) {
        const cut = document.createElement('p');
        cut.className = 'poster__cut';
        cut.textContent = 'Mehr dazu im Internet oder am Telefon.';
        document.querySelector('.poster__facts')?.after(cut);
      }
      for (const strip of document.querySelectorAll('.poster__strip span:last-child')) strip.textContent = `${limit(words(20), stripChars - 1)}…`;
    }, { title: maxLength('title'), summary: maxLength('summary'), lineChars: POSTER_LINE_CHARS, whenLines: POSTER_WHEN_LINES, stripChars: POSTER_STRIP_CHARS });
    expect(await printedPages(page)).toBe(1);
    // Printed, every strip shows its whole phone number: nothing of it is cut off at the strip's edge.
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.locator('.poster__strips li').evaluateAll((strips) =>
      strips.filter((li) => {
        const strip = li.getBoundingClientRect();
        const phone = li.querySelector('.phone')!.getBoundingClientRect();
        return phone.left < strip.left - 0.5 || phone.right > strip.right + 0.5 || phone.top < strip.top - 0.5 || phone.bottom > strip.bottom + 0.5;
      }).length,
    );
    expect(clipped).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it.each([site.languages[0]!, other!])('%s: the printed QR code opens the offer’s page', async (lang) => {
    const routes = routesFor(base, lang === site.languages[0] ? '' : lang);
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const offer of runningOffers) {
      await page.goto(session.url(routes.offerPoster(offer.id)));
      expect(decode(await page.locator('.poster .qr').screenshot()), offer.id).toBe(new URL(routes.offer(offer.id), SITE).href);
    }
    await page.emulateMedia({ media: 'screen' });
    // Opened (on the test server in place of the published host), the code leads to the offer.
    const offer = runningOffers[0]!;
    await page.goto(session.url(routes.offerPoster(offer.id)));
    const decoded = new URL((await readQr(page))!);
    await page.goto(session.url(decoded.pathname));
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(decoded.href);
    expect(await page.locator('a[data-poster-link]').getAttribute('href')).toBe(routes.offerPoster(offer.id));
    await page.close();
  });
});

describe('Familienwegweiser', () => {
  it('every QR code of the printed guide opens its offer', async () => {
    const routes = routesFor(base);
    const page = await context.newPage();
    await page.goto(session.url(routes.guide()));
    const ids = await page.locator('article.guide-entry').evaluateAll((els) => els.map((el) => el.getAttribute('data-offer') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    for (const id of ids) {
      expect(decode(await page.locator(`article[data-offer="${id}"] .qr`).screenshot()), id).toBe(new URL(routes.offer(id), SITE).href);
    }
    await page.close();
  });

  it('keeps each offer on one sheet and each heading with what follows, printed', async () => {
    const page = await context.newPage();
    await page.goto(session.url(routesFor(base).guide()));
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      entries: [...document.querySelectorAll('.guide-entry')].map((el) => getComputedStyle(el).breakInside),
      headings: [...document.querySelectorAll('.guide h2, .guide h3')].map((el) => getComputedStyle(el).breakAfter),
      header: getComputedStyle(document.querySelector('.site-header')!).display,
    }));
    expect(new Set(styles.entries)).toEqual(new Set(['avoid']));
    expect(new Set(styles.headings)).toEqual(new Set(['avoid']));
    expect(styles.header).toBe('none');
    await page.close();
  });

  it('the print button opens the print dialog; without scripts it is not shown', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.goto(session.url(routesFor(base).guide()));
    await page.locator('button[data-print]').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
    const noScript = await session.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(session.url(routesFor(base).guide()));
    expect(await plain.locator('button[data-print]').isVisible()).toBe(false);
    await noScript.close();
  });
});
