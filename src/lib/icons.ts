// The site's pictograms: Lucide icons (lucide-static, ISC licence), inlined
// as SVG at build time so nothing is loaded from elsewhere. An icon is never
// the only thing that says something: it always stands beside its text and is
// hidden from screen readers.
import {
  AArrowUp,
  Baby,
  BookOpen,
  Bus,
  Calendar,
  CircleHelp,
  Clock,
  Coffee,
  Euro,
  Globe,
  Hand,
  HandHelping,
  HeartHandshake,
  LifeBuoy,
  Mail,
  MapPin,
  Menu,
  MonitorSmartphone,
  Phone,
  Route,
  Search,
  Siren,
  Sprout,
  Users,
} from 'lucide-static';
import type { Pictogram } from '../schemas/vocabulary.ts';

const SVGS = {
  baby: Baby,
  book: BookOpen,
  bus: Bus,
  calendar: Calendar,
  clock: Clock,
  coffee: Coffee,
  euro: Euro,
  globe: Globe,
  hand: Hand,
  help: HandHelping,
  heart: HeartHandshake,
  lifebuoy: LifeBuoy,
  mail: Mail,
  pin: MapPin,
  menu: Menu,
  phone: Phone,
  question: CircleHelp,
  route: Route,
  screen: MonitorSmartphone,
  search: Search,
  siren: Siren,
  sprout: Sprout,
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

/** The icon as inline SVG markup, sized by CSS (class "icon"), hidden from assistive technology. */
export function iconSvg(name: IconName): string {
  return SVGS[name]
    .trim()
    .replace(/\s(width|height)="24"/g, '')
    .replace(/class="lucide [^"]*"/, `class="icon icon--${name}" aria-hidden="true" focusable="false"`)
    .replace(/\n\s*/g, ' ');
}
