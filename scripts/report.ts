// npm run report: content health report for the editors (errors: npm run check).
// npm run report -- --anfragen: one letter per partner with the open questions of its offers,
// as text (for an e-mail) and printable HTML, written to anfragen/ (or --ordner=PFAD).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSite } from '../src/lib/content/check.ts';
import { errorsOnly } from '../src/lib/content/messages.ts';
import { buildReport, formatReport } from '../src/lib/editor/report.ts';
import { translationSections } from '../src/lib/editor/translation-report.ts';
import { legalPageOf } from '../src/lib/routes.ts';
import { buildRequestLetters, letterHtml, letterText, type Sender } from '../src/lib/editor/requests.ts';
import { now } from '../src/lib/dates/now.ts';
import { localDay } from '../src/lib/dates/zone.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import type { Location } from '../src/schemas/location.ts';
import type { Offer } from '../src/schemas/offer.ts';
import type { Partner } from '../src/schemas/partner.ts';

const at = now();
const today = localDay(at);
const { problems, entries, translations, site } = await checkSite(contentRoot(), { now: at });
const errors = errorsOnly(problems).length;

if (process.argv.includes('--anfragen')) {
  const valid = <T>(collection: string) =>
    entries.filter((e) => e.collection === collection && e.data).map((e) => ({ id: e.id, data: e.data as T }));
  const partners = valid<Partner>('partners');
  // The central contact: the partner entry content/site.yaml names in "contact".
  const senderId = site?.config.contact;
  const senderEntry = partners.find((p) => p.id === senderId)?.data;
  if (!senderId || !senderEntry) {
    console.error(`Anfragen: der zentrale Kontakt (content/site.yaml „contact“, content/partners/${senderId ?? '…'}.yaml) fehlt oder hat Fehler – „npm run check“`);
    process.exit(1);
  }
  const sender: Sender = {
    name: senderEntry.name,
    ...(senderEntry.contactPerson ? { contactPerson: senderEntry.contactPerson } : {}),
    ...(senderEntry.phone ? { phone: senderEntry.phone } : {}),
    ...(senderEntry.email ? { email: senderEntry.email } : {}),
  };
  const letters = buildRequestLetters({
    offers: valid<Offer>('offers'),
    partners,
    locations: valid<Location>('locations'),
    senderId,
  });
  const folder = resolve(process.argv.find((arg) => arg.startsWith('--ordner='))?.slice('--ordner='.length) || 'anfragen');
  mkdirSync(folder, { recursive: true });
  for (const letter of letters) {
    writeFileSync(join(folder, `${letter.partnerId}.txt`), letterText(letter, sender));
    writeFileSync(join(folder, `${letter.partnerId}.html`), letterHtml(letter, sender));
    const questions = letter.ownQuestions.length + letter.offers.reduce((sum, o) => sum + o.questions.length, 0);
    const to = letter.internal ? ' (eigene Liste, nicht zum Versenden)' : letter.email ? ` (an ${letter.email})` : ' (keine E-Mail-Adresse im Eintrag)';
    console.log(`${letter.partnerName}: ${questions} ${questions === 1 ? 'offene Frage' : 'offene Fragen'} → ${letter.partnerId}.txt / .html${to}`);
  }
  console.log(`${letters.length} ${letters.length === 1 ? 'Datei' : 'Dateien'} in ${folder}`);
  if (errors > 0) console.log(`Einträge mit Fehlern fehlen darin (${errors} Fehler): Details mit „npm run check“.`);
} else {
  // Legal pages stay binding in German: each language shows a summary from the interface texts instead (routes.ts).
  const languages = site?.config.languages ?? ['de'];
  const sections = [
    ...buildReport(entries, today, problems, at),
    ...translationSections({ entries, translations, languages, untranslated: (e) => e.collection === 'pages' && legalPageOf(e.id) !== undefined }),
  ];
  console.log(formatReport(sections, entries.length, today));
  if (errors > 0) console.log(`Außerdem ${errors} Fehler: Details mit „npm run check“.`);
}
