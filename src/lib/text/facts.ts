// Plain-German phrases for offer facts (cost, ages, registration), shared by
// the offer page, cards and structured data.
import { t } from '../../i18n/de.ts';
import type { Offer } from '../../schemas/offer.ts';
import { isRunning } from '../content/status.ts';

/** Why an offer does not take place ("Dieses Angebot macht gerade Pause."); nothing while it runs. */
export function offerStatusText(offer: Pick<Offer, 'status'>): string | undefined {
  if (isRunning(offer)) return undefined;
  return t(`offer.status.${offer.status as Exclude<Offer['status'], 'aktiv'>}`);
}

export function costText(cost: Offer['cost']): string {
  switch (cost.type) {
    case 'kostenlos':
      return t('cost.kostenlos');
    case 'spende':
      return cost.text ? `${t('cost.spende')}: ${cost.text}` : t('cost.spende');
    case 'gebühr':
      return cost.text;
    case 'unbekannt':
      return t('cost.unbekannt');
  }
}

export function ageText(range: Offer['ageRange']): string | undefined {
  if (!range) return undefined;
  const { from, to } = range;
  if (from !== undefined && to !== undefined) return t('ages.range', { from, to });
  if (from !== undefined) return t('ages.from', { from });
  if (to !== undefined) return t('ages.to', { to });
  return undefined;
}

export function registrationText(registration: Offer['registration']): string {
  const base = t(`registration.${registration.required}`);
  return registration.how ? `${base} ${registration.how}` : base;
}

/** Strips spaces and separators so a phone number can be dialled from a tel: link. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number as shown: non-breaking spaces, so it never wraps mid-number. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}
