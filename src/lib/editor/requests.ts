// `npm run report -- --anfragen`: one short German letter per partner that
// lists exactly the open questions of its offers (and its own), with the
// values the site shows today so the partner can confirm or correct them.
// The office sends one e-mail per partner and enters the answers. Nothing is
// added that the content does not say: an unknown value reads "noch nicht
// bekannt", and a protected place only by what may be published.
import type { Location } from '../../schemas/location.ts';
import type { Offer } from '../../schemas/offer.ts';
import type { Partner } from '../../schemas/partner.ts';
import { isPublished } from '../content/status.ts';
import { placeLine, publicLocation } from '../content/places.ts';
import { formatLocalMonth } from '../dates/format.ts';
import { costText, phoneText } from '../text/facts.ts';
import { describeSchedule } from '../text/schedule.ts';

export interface LetterInput {
  offers: readonly { id: string; data: Offer }[];
  partners: readonly { id: string; data: Partner }[];
  locations: readonly { id: string; data: Location }[];
  /** The partner entry of the alliance: it sends the letters and gets none for offers of its own with others. */
  senderId: string;
}

export interface OfferQuestions {
  id: string;
  title: string;
  questions: string[];
  /** What the site says now (known values only), as label and value, for the partner to confirm. */
  current: { label: string; value: string }[];
  /** "Dezember 2023": when these facts were last confirmed. */
  reviewed: string;
}

export interface PartnerLetter {
  partnerId: string;
  partnerName: string;
  /** The alliance's own list (offers it runs alone, its own questions): to clear up in the office, not to send. */
  internal: boolean;
  /** Where to send it; missing when the content has no e-mail address for the partner. */
  email?: string;
  /** The partner's own open questions (about itself, not an offer). */
  ownQuestions: string[];
  offers: OfferQuestions[];
}

function registrationValue(registration: Offer['registration']): string | undefined {
  if (registration.required === 'unbekannt') return registration.how;
  const base = registration.required === 'ja' ? 'ja, vorher anmelden' : 'nicht nötig';
  return registration.how ? `${base} (${registration.how})` : base;
}

function currentValues(offer: Offer, locations: ReadonlyMap<string, Location>): OfferQuestions['current'] {
  const schedule = offer.schedule ? describeSchedule(offer.schedule, { lang: 'de' }) : [];
  const location = offer.location ? locations.get(offer.location) : undefined;
  // Only what the site states: an unknown value is already among the open questions.
  const known: { label: string; value: string | undefined }[] = [
    { label: 'Wann', value: schedule.length > 0 ? schedule.join('; ') : undefined },
    { label: 'Wo', value: location ? placeLine(publicLocation(location)) : undefined },
    { label: 'Kosten', value: offer.cost.type === 'unbekannt' ? undefined : costText(offer.cost, 'de') },
    { label: 'Anmeldung', value: registrationValue(offer.registration) },
  ];
  return known.filter((c): c is { label: string; value: string } => c.value !== undefined);
}

/** Who is asked about an offer: its partners other than the sender; the sender only for offers it runs alone. */
function askedAbout(offer: Offer, senderId: string): string[] {
  const others = offer.partners.filter((id) => id !== senderId);
  return others.length > 0 ? others : offer.partners;
}

/** The letters, one per partner with at least one open question, by partner name. */
export function buildRequestLetters(input: LetterInput): PartnerLetter[] {
  const locations = new Map(input.locations.map((l) => [l.id, l.data]));
  const letters = new Map<string, PartnerLetter>();
  const letterOf = (id: string): PartnerLetter | undefined => {
    const partner = input.partners.find((p) => p.id === id);
    if (!partner) return undefined;
    let letter = letters.get(id);
    if (!letter) {
      letter = {
        partnerId: id,
        partnerName: partner.data.name,
        internal: id === input.senderId,
        ...(partner.data.email ? { email: partner.data.email } : {}),
        ownQuestions: [],
        offers: [],
      };
      letters.set(id, letter);
    }
    return letter;
  };
  for (const partner of input.partners) {
    if (partner.data.openQuestions.length > 0 && isPublished(partner.data)) letterOf(partner.id)?.ownQuestions.push(...partner.data.openQuestions);
  }
  const offers = [...input.offers].sort((a, b) => a.data.title.localeCompare(b.data.title, 'de'));
  for (const { id, data } of offers) {
    if (data.openQuestions.length === 0 || data.status === 'beendet' || !isPublished(data)) continue;
    const entry: OfferQuestions = { id, title: data.title, questions: [...data.openQuestions], current: currentValues(data, locations), reviewed: formatLocalMonth(data.reviewed, 'de') };
    for (const partnerId of askedAbout(data, input.senderId)) letterOf(partnerId)?.offers.push(entry);
  }
  return [...letters.values()].sort((a, b) => a.partnerName.localeCompare(b.partnerName, 'de'));
}

export interface Sender {
  name: string;
  contactPerson?: string;
  phone?: string;
  email?: string;
}

/** The subject line of the e-mail. */
export function subject(sender: Sender): string {
  return `Ihre Angaben auf der Website ${sender.name} – bitte kurz prüfen`;
}

const GREETING = 'Guten Tag,';
const CONFIRM = 'Stimmt das noch?';

function reviewedLine(offer: OfferQuestions): string {
  return `(Stand unserer Angaben: ${offer.reviewed})`;
}

function internalTitle(letter: PartnerLetter): string {
  return `Offene Fragen zu ${letter.partnerName} und den eigenen Angeboten – zum Klären im Büro, nicht zum Versenden`;
}

function intro(letter: PartnerLetter, sender: Sender): string {
  return (
    `auf der Website ${sender.name} stellen wir Familien ${letter.offers.length > 0 ? 'Ihre Einrichtung und Ihre Angebote' : 'Ihre Einrichtung'} vor. ` +
    'Damit sich Familien auf die Angaben verlassen können, fehlen uns noch ein paar Dinge. ' +
    'Könnten Sie uns kurz antworten – gern direkt auf diese E-Mail? Auch eine Antwort zu einem Teil hilft schon.'
  );
}

/** The letter as plain text (for the body of an e-mail). */
export function letterText(letter: PartnerLetter, sender: Sender): string {
  const lines: string[] = [];
  if (letter.internal) lines.push(`${internalTitle(letter)}`, '');
  else lines.push(`Betreff: ${subject(sender)}`, '', GREETING, '', intro(letter, sender), '');
  if (letter.ownQuestions.length > 0) {
    lines.push(`Zu ${letter.partnerName}:`, ...letter.ownQuestions.map((q) => `  – ${q}`), '');
  }
  letter.offers.forEach((offer, index) => {
    lines.push(`${index + 1}. ${offer.title}`, '   Noch offen:', ...offer.questions.map((q) => `   – ${q}`));
    if (offer.current.length > 0) lines.push(`   ${CONFIRM}`, ...offer.current.map((c) => `   ${c.label}: ${c.value}`));
    lines.push(`   ${reviewedLine(offer)}`, '');
  });
  if (letter.internal) return `${lines.join('\n')}\n`;
  lines.push('Vielen Dank für Ihre Hilfe!', '', 'Mit freundlichen Grüßen');
  if (sender.contactPerson) lines.push(sender.contactPerson);
  lines.push(sender.name);
  if (sender.phone) lines.push(`Telefon: ${sender.phone}`);
  if (sender.email) lines.push(`E-Mail: ${sender.email}`);
  return `${lines.join('\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same letter as a printable HTML page (one file, no external resources). */
export function letterHtml(letter: PartnerLetter, sender: Sender): string {
  const e = escapeHtml;
  const list = (items: readonly string[]) => `<ul>${items.map((q) => `<li>${e(q)}</li>`).join('')}</ul>`;
  const offers = letter.offers
    .map(
      (offer) =>
        `<section><h2>${e(offer.title)}</h2><h3>Noch offen</h3>${list(offer.questions)}` +
        (offer.current.length > 0 ? `<h3>${CONFIRM}</h3><dl>${offer.current.map((c) => `<dt>${e(c.label)}</dt><dd>${e(c.value)}</dd>`).join('')}</dl>` : '') +
        `<p>${e(reviewedLine(offer))}</p></section>`,
    )
    .join('\n');
  const own = letter.ownQuestions.length > 0 ? `<section><h2>Zu ${e(letter.partnerName)}</h2>${list(letter.ownQuestions)}</section>` : '';
  const signature = [sender.contactPerson, sender.name, sender.phone ? `Telefon: ${phoneText(sender.phone)}` : undefined, sender.email ? `E-Mail: ${sender.email}` : undefined]
    .filter((line): line is string => Boolean(line))
    .map(e)
    .join('<br>');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Anfrage an ${e(letter.partnerName)}</title>
<style>
body { font: 12pt/1.5 system-ui, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.5em; } h3 { font-size: 1em; margin-bottom: 0.2em; }
dt { font-weight: bold; } dd { margin: 0 0 0.4em 0; }
section { break-inside: avoid; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
${
  letter.internal
    ? `<h1>${e(internalTitle(letter))}</h1>`
    : `<p>An: ${e(letter.partnerName)}${letter.email ? ` &lt;${e(letter.email)}&gt;` : ''}</p>
<h1>${e(subject(sender))}</h1>
<p>${e(GREETING)}</p>
<p>${e(intro(letter, sender))}</p>`
}
${own}
${offers}
${letter.internal ? '' : `<p>Vielen Dank für Ihre Hilfe!</p>\n<p>Mit freundlichen Grüßen<br>${signature}</p>`}
</body>
</html>
`;
}
