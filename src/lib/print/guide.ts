// The printed Familienwegweiser: every running offer once, under its first topic (as the offers
// directory lists it), and named under its other topics with the topic where it stands; on
// paper a link means nothing, so the reference names the section instead. A guide too long for
// one light page is split into parts at topic boundaries where possible (lib/views/paging.ts
// addresses), each part a document of its own to print.
import type { Topic } from '../../schemas/vocabulary.ts';
import { groupByTopic, topicAnchor, type Listable } from '../content/directory.ts';
import { isRunning } from '../content/status.ts';

/** Offers in one part of the guide: about 2.5 KB each (a QR code of ~1.6 KB and the facts), so that a part, header and footer included, stays within the 50 KB of HTML every page keeps (tests/build/page-budget-scale.test.ts), in every language. */
export const GUIDE_PART_SIZE = 10;

export interface GuideSection<T> {
  topic: Topic;
  anchor: string;
  /** Offers whose first topic this is, by title. */
  entries: T[];
  /** Offers listed under another topic that belong here too, with that topic. */
  also: { entry: T; listedUnder: Topic }[];
  /** The section goes on from the previous part. */
  continued: boolean;
}

export interface GuidePart<T> {
  /** 1-based. */
  number: number;
  count: number;
  sections: GuideSection<T>[];
}

/** The sections of the guide: running offers only, each once under its first topic. */
export function guideSections<T extends Listable>(offers: readonly T[]): GuideSection<T>[] {
  const running = offers.filter((offer) => isRunning(offer));
  return groupByTopic(running)
    .filter((group) => group.entries.length > 0 || group.also.length > 0)
    .map((group) => ({
      topic: group.topic,
      anchor: group.anchor,
      entries: group.entries,
      also: group.also.map((entry) => ({ entry, listedUnder: entry.topics[0]! })),
      continued: false,
    }));
}

/**
 * The guide in parts of at most `size` offers. A topic stays in one part when it fits; a topic
 * larger than a part is split, its later pieces marked `continued`. "See also" lines stay with
 * the topic's last piece. One part when everything fits.
 */
export function guideParts<T>(sections: readonly GuideSection<T>[], size = GUIDE_PART_SIZE): GuidePart<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Teilgröße muss eine ganze Zahl ab 1 sein: ${size}`);
  const parts: GuideSection<T>[][] = [[]];
  let filled = 0;
  for (const section of sections) {
    let rest = section.entries;
    let continued = false;
    do {
      if (filled > 0 && filled + Math.min(rest.length, size) > size) {
        parts.push([]);
        filled = 0;
      }
      const piece = rest.slice(0, size - filled);
      rest = rest.slice(piece.length);
      parts.at(-1)!.push({ ...section, entries: piece, also: rest.length === 0 ? section.also : [], continued });
      filled += piece.length;
      continued = true;
    } while (rest.length > 0);
  }
  return parts.map((sections, i) => ({ number: i + 1, count: parts.length, sections }));
}

/** Where each topic's section starts: the part's number, for the table of contents of every part. */
export function topicParts<T>(parts: readonly GuidePart<T>[]): Map<Topic, number> {
  const where = new Map<Topic, number>();
  for (const part of parts) for (const section of part.sections) if (!where.has(section.topic)) where.set(section.topic, part.number);
  return where;
}

export { topicAnchor };
