// Grouping and ordering of entries for lists: pure, so it is unit-tested
// without building the site.
import { TOPICS, type Topic } from '../../schemas/vocabulary.ts';
import { slugify } from '../text/slug.ts';

export interface Listable {
  id: string;
  title: string;
  topics: readonly Topic[];
  status?: string;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export function byTitle<T extends { title: string }>(a: T, b: T): number {
  return collator.compare(a.title, b.title);
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}

export interface TopicGroup<T> {
  topic: Topic;
  anchor: string;
  /** Entries whose first topic this is: each entry is listed (as a card) once, under its first topic. */
  entries: T[];
  /** Entries that have this topic too, listed under another one: named as "see also", not repeated. */
  also: T[];
}

/**
 * Groups offers by topic, in the vocabulary's order: each offer under its
 * first topic (so a list shows it once), and named under its other topics.
 * Topics without any offer are left out.
 */
export function groupByTopic<T extends Listable>(entries: readonly T[]): TopicGroup<T>[] {
  return TOPICS.map((topic) => ({
    topic,
    anchor: topicAnchor(topic),
    entries: entries.filter((entry) => entry.topics[0] === topic).sort(byTitle),
    also: entries.filter((entry) => entry.topics.indexOf(topic) > 0).sort(byTitle),
  })).filter((group) => group.entries.length + group.also.length > 0);
}

export function topicAnchor(topic: Topic): string {
  return `thema-${slugify(topic)}`;
}
