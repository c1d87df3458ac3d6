// What a life situation leads to, decided from the content: the offers of its
// topics and those it names (each once), and whether every word its home-page
// card promises is named by one of them or by one of its links. The content
// check reports a promise nothing keeps, so a card cannot drift from the
// offers it leads to (a card saying "Babykleidung" must lead to the Babykorb).
import type { Situation } from '../../schemas/situation.ts';
import type { Topic } from '../../schemas/vocabulary.ts';
import { foldWord } from '../search/fold.ts';

export interface OfferText {
  id: string;
  topics: readonly Topic[];
  /** Title, summary, keywords and body: what the offer's page and search say about it. */
  text: string;
}

type SituationLinks = Pick<Situation, 'topics' | 'offers'>;

/** Ids of the offers a situation leads to: those of its topics, then those it names; each once, in that order. */
export function situationOfferIds(situation: SituationLinks, offers: readonly { id: string; topics: readonly Topic[] }[]): string[] {
  const fromTopics = offers.filter((offer) => offer.topics.some((topic) => situation.topics.includes(topic))).map((offer) => offer.id);
  const known = new Set(offers.map((offer) => offer.id));
  return [...new Set([...fromTopics, ...situation.offers.filter((id) => known.has(id))])];
}

/** The words of the card that nothing on the situation's page names (folded, as the search folds words). */
export function unkeptWords(
  situation: Pick<Situation, 'topics' | 'offers' | 'partners' | 'words' | 'links' | 'note'>,
  offers: readonly OfferText[],
  partners: readonly { id: string; text: string }[] = [],
): string[] {
  const ids = new Set(situationOfferIds(situation, offers));
  const texts = [
    ...offers.filter((offer) => ids.has(offer.id)).map((offer) => offer.text),
    ...partners.filter((partner) => situation.partners.includes(partner.id)).map((partner) => partner.text),
    ...situation.links.map((link) => `${link.title} ${link.text}`),
    situation.note ?? '',
  ].map((word) => foldWord(word));
  return situation.words.filter((word) => !texts.some((text) => text.includes(foldWord(word))));
}
