// What an event's page shows beyond its facts, decided from the data: whether
// it is over, and then which event of the same series comes next. Text that
// depends on the date ("the next festival") is never written into the prose,
// where it would go stale.
import type { Event } from '../../schemas/event.ts';
import { isPast } from '../content/status.ts';

export interface SeriesEvent {
  id: string;
  data: Pick<Event, 'series' | 'start' | 'end' | 'status' | 'title'>;
}

export interface EventPast {
  /** The event is over as of the build. */
  past: boolean;
  /**
   * For an event of a series: the next one that is neither over nor cancelled
   * (as of the build), or null when none is planned yet. Undefined for an
   * event without a series.
   */
  next: SeriesEvent | null | undefined;
}

export function eventPast(event: SeriesEvent, all: readonly SeriesEvent[], now: Date): EventPast {
  const past = isPast(event.data, now);
  if (!event.data.series) return { past, next: undefined };
  const next = all
    .filter((other) => other.id !== event.id && other.data.series === event.data.series)
    .filter((other) => other.data.start > event.data.start && other.data.status !== 'abgesagt' && !isPast(other.data, now))
    .sort((a, b) => a.data.start.localeCompare(b.data.start))[0];
  return { past, next: next ?? null };
}
