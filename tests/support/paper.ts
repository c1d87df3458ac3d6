// The paper pages of the built site (the guide's parts, the notices), from the content: tests of
// every page add the notices, which are deliberately not in the sitemap (noindex).
import { isRunning } from '../../src/lib/content/status.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { builtDeployment } from './dist.ts';
import { offers, site } from './content.ts';

/** The site's languages as route segments: "" for the default one. */
const segments = site.languages.map((lang, i) => (i === 0 ? '' : lang));

/** Offers that take place: in the guide, each with a notice. */
export const runningOffers = offers.filter((offer) => isRunning(offer.data));

/** Every notice (…/angebote/<id>/aushang/) in every language. */
export function posterPaths(): string[] {
  const { base } = builtDeployment();
  return segments.flatMap((lang) => runningOffers.map((offer) => routesFor(base, lang).offerPoster(offer.id))).sort();
}
