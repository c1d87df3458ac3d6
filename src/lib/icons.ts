// The site's pictograms: Lucide icons (lucide-static, ISC licence), inlined
// as SVG at build time so nothing is loaded from elsewhere. An icon is never
// the only thing that says something: it always stands beside its text and is
// hidden from screen readers.
import {
  AArrowUp,
  Baby,
  Blocks,
  BookOpen,
  Bus,
  Calendar,
  CalendarCheck,
  ClipboardList,
  CircleHelp,
  Clock,
  Coffee,
  Euro,
  Globe,
  Hand,
  HandHelping,
  HeartHandshake,
  Languages,
  LifeBuoy,
  Mail,
  MapPin,
  Menu,
  MessagesSquare,
  MonitorSmartphone,
  PartyPopper,
  Phone,
  Route,
  Search,
  Siren,
  Sprout,
  Stethoscope,
  Users,
} from 'lucide-static';
import type { Pictogram, Topic } from '../schemas/vocabulary.ts';

const SVGS = {
  baby: Baby,
  blocks: Blocks,
  book: BookOpen,
  bus: Bus,
  calendar: Calendar,
  calendarCheck: CalendarCheck,
  clipboard: ClipboardList,
  clock: Clock,
  coffee: Coffee,
  euro: Euro,
  globe: Globe,
  hand: Hand,
  help: HandHelping,
  heart: HeartHandshake,
  languages: Languages,
  lifebuoy: LifeBuoy,
  mail: Mail,
  pin: MapPin,
  menu: Menu,
  messages: MessagesSquare,
  party: PartyPopper,
  phone: Phone,
  question: CircleHelp,
  route: Route,
  screen: MonitorSmartphone,
  search: Search,
  siren: Siren,
  sprout: Sprout,
  stethoscope: Stethoscope,
  textSize: AArrowUp,
  users: Users,
} as const;

export type IconName = keyof typeof SVGS;

/** The editors' pictogram words (content vocabulary) and the icon each stands for. */
export const PICTOGRAM_ICONS: Readonly<Record<Pictogram, IconName>> = {
  familie: 'users',
  hilfe: 'help',
  kaffee: 'coffee',
  telefon: 'phone',
  'e-mail': 'mail',
  ort: 'pin',
  bus: 'bus',
  gebaerden: 'hand',
  internet: 'screen',
  schrift: 'textSize',
  lesen: 'book',
  frage: 'question',
  kalender: 'calendar',
  suche: 'search',
  notfall: 'siren',
  geld: 'euro',
  baby: 'baby',
  entwicklung: 'sprout',
};

/** Each topic's icon, beside the topic's name in headings, cards and filters. */
export const TOPIC_ICONS: Readonly<Record<Topic, IconName>> = {
  Beratung: 'messages',
  Kinderbetreuung: 'blocks',
  Treffpunkt: 'coffee',
  'Schwangerschaft & Geburt': 'baby',
  Gesundheit: 'stethoscope',
  'Praktische Hilfe': 'help',
  'Freizeit & Feste': 'party',
};

/** The icon beside each fact of an offer or event page ("Wann", "Wo", "Kosten" …). */
export const FACT_ICONS = {
  forWhom: 'users',
  ages: 'baby',
  when: 'clock',
  where: 'pin',
  cost: 'euro',
  registration: 'clipboard',
  languages: 'languages',
  runBy: 'heart',
  contact: 'phone',
  reviewed: 'calendarCheck',
} as const satisfies Record<string, IconName>;

/** Lucide's drawing attributes, the same on every icon: set once in the stylesheet (.icon), not on each of the page's icons. */
const SHARED_ATTRIBUTES = /\s(?:width|height)="24"|\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"|\sfill="none"|\sstroke="currentColor"|\sstroke-width="2"|\sstroke-linecap="round"|\sstroke-linejoin="round"/g;

/** The icon as inline SVG markup, sized and drawn by CSS (class "icon"), hidden from assistive technology. */
export function iconSvg(name: IconName): string {
  return SVGS[name]
    .trim()
    .replace(SHARED_ATTRIBUTES, '')
    .replace(/class="lucide [^"]*"/, `class="icon icon--${name}" aria-hidden="true" focusable="false"`)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/\s+(\/?)>/g, '$1>');
}
