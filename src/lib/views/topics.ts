// The offers of each topic, for the topic pages of a large directory (/angebote/thema/<slug>/):
// every offer that has the topic, first or not, in the order given (A to Z). Pure.
import { TOPICS, type Topic } from '../../schemas/vocabulary.ts';
import { slugify } from '../text/slug.ts';

export interface TopicList<T> {
  topic: Topic;
  /** The topic's folder below /angebote/thema/. */
  slug: string;
  entries: T[];
}

export function topicSlug(topic: Topic): string {
  return slugify(topic);
}

/** Topics in the vocabulary's order, each with its offers; topics without any are left out. */
export function topicLists<T extends { topics: readonly Topic[] }>(entries: readonly T[]): TopicList<T>[] {
  return TOPICS.map((topic) => ({ topic, slug: topicSlug(topic), entries: entries.filter((entry) => entry.topics.includes(topic)) })).filter(
    (list) => list.entries.length > 0,
  );
}
