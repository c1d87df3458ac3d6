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
  entries: T[];
}

/** Groups offers under each of their topics, in the vocabulary's order; empty topics are left out. */
export function groupByTopic<T extends Listable>(entries: readonly T[]): TopicGroup<T>[] {
  return TOPICS.map((topic) => ({
    topic,
    anchor: `thema-${slugify(topic)}`,
    entries: entries.filter((entry) => entry.topics.includes(topic)).sort(byTitle),
  })).filter((group) => group.entries.length > 0);
}

export function topicAnchor(topic: Topic): string {
  return `thema-${slugify(topic)}`;
}
