// The closed lists of the schemas (topics, audiences) in the page's language.
// Content stores the German word; pages, cards, filters and structured data
// show it through these tables, so a new word in a list is a type error here
// until it has a text in src/i18n/.
import { t, type LanguageCode, type MessageKey } from '../../i18n/index.ts';
import type { Audience, PARTNER_KINDS, Topic } from '../../schemas/vocabulary.ts';

type PartnerKind = (typeof PARTNER_KINDS)[number];

const TOPIC_KEYS = {
  Beratung: 'topic.beratung',
  Kinderbetreuung: 'topic.kinderbetreuung',
  Treffpunkt: 'topic.treffpunkt',
  'Schwangerschaft & Geburt': 'topic.schwangerschaft',
  Gesundheit: 'topic.gesundheit',
  'Praktische Hilfe': 'topic.praktischeHilfe',
  'Freizeit & Feste': 'topic.freizeit',
} as const satisfies Record<Topic, MessageKey>;

const AUDIENCE_KEYS = {
  Eltern: 'audience.eltern',
  Schwangere: 'audience.schwangere',
  Väter: 'audience.vaeter',
  Alleinerziehende: 'audience.alleinerziehende',
  Patchworkfamilien: 'audience.patchwork',
  'Familien mit Kindern 0–3': 'audience.kleinkinder',
  Kinder: 'audience.kinder',
  Jugendliche: 'audience.jugendliche',
  Ehrenamtliche: 'audience.ehrenamtliche',
  Alle: 'audience.alle',
} as const satisfies Record<Audience, MessageKey>;

export function topicText(topic: Topic, lang: LanguageCode): string {
  return t(lang, TOPIC_KEYS[topic]);
}

export function audienceText(audience: Audience, lang: LanguageCode): string {
  return t(lang, AUDIENCE_KEYS[audience]);
}

const PARTNER_KIND_KEYS = {
  Stadt: 'partnerKind.stadt',
  Kreis: 'partnerKind.kreis',
  'freier Träger': 'partnerKind.freierTraeger',
  Beratungsstelle: 'partnerKind.beratungsstelle',
  Kita: 'partnerKind.kita',
  Familienzentrum: 'partnerKind.familienzentrum',
  Schule: 'partnerKind.schule',
  Praxis: 'partnerKind.praxis',
  Verein: 'partnerKind.verein',
  Initiative: 'partnerKind.initiative',
} as const satisfies Record<PartnerKind, MessageKey>;

export function partnerKindText(kind: PartnerKind, lang: LanguageCode): string {
  return t(lang, PARTNER_KIND_KEYS[kind]);
}
