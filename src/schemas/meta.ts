// What every field of a content schema declares for the people who fill it
// in, besides its type: a short German label, a hint, and what the type alone
// does not say (the collection a reference points into, the kind of input).
// Written with zod's `.meta()`, exported by z.toJSONSchema, read by
// src/lib/content/fields.ts for the CMS, the editor guide, the file templates
// and the content check's messages.

/** What a text field holds, where its type does not say it. */
export type FieldInput = 'date' | 'datetime' | 'time' | 'phone' | 'url' | 'multiline' | 'color' | 'image';

export interface FieldMeta {
  /** Short German label (the CMS label, the guide's name for the field): a noun phrase, no sentence. */
  title?: string;
  /** The editor's hint: what to write, with an example. No field ids, no folder names. */
  description?: string;
  /** The collection whose entries this field names by id. */
  ref?: 'offers' | 'partners' | 'events' | 'locations' | 'pages' | 'situations' | 'helplines';
  input?: FieldInput;
  /**
   * Text a family reads that a translation file may carry (content/offers/netz-cafe.en.md):
   * a text or a list of texts is replaced as a whole, an object or list of objects only in
   * those of its fields that are marked too. Facts (times, places, references) never are.
   */
  translate?: boolean;
}

declare module 'zod/v4/core' {
  interface GlobalMeta {
    ref?: FieldMeta['ref'];
    input?: FieldInput;
    translate?: boolean;
  }
}
