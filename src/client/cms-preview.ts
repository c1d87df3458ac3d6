// The CMS's preview pane as a page of the site: the site's own stylesheet
// (Sveltia then renders the preview in a frame that loads it) and, for
// offers, events, partners and pages, the page's structure with its
// wording from src/lib/editor/preview.ts. Bundled into /admin/preview.js and
// loaded right after Sveltia's script; `data-style` on that script tag names
// the site's stylesheet.
import { PREVIEW_COLLECTIONS, previewOf, type PreviewContext } from '../lib/editor/preview.ts';
import type { CollectionName } from '../schemas/index.ts';

interface ImmutableLike {
  toJS(): unknown;
  getIn(path: unknown[]): unknown;
}

interface TemplateProps {
  entry: ImmutableLike;
  fieldsMetaData?: ImmutableLike;
  widgetFor(name: string): unknown;
}

type Element = unknown;
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

declare global {
  interface Window {
    CMS?: {
      registerPreviewStyle(url: string): void;
      registerPreviewTemplate(name: string, component: (props: TemplateProps) => Element): void;
    };
    h?: CreateElement;
  }
}

/** Reference fields and the collections they point at, for names in the preview. */
const REFERENCES: Record<string, CollectionName> = { partners: 'partners', organisers: 'partners', location: 'locations' };

function context(props: TemplateProps): PreviewContext {
  return {
    now: new Date(),
    nameOf(collection, id) {
      for (const [field, target] of Object.entries(REFERENCES)) {
        if (target !== collection) continue;
        const data = props.fieldsMetaData?.getIn([field, collection, id]) as ImmutableLike | undefined;
        const entry = data?.toJS() as { name?: string; title?: string } | undefined;
        if (entry?.name ?? entry?.title) return entry.name ?? entry.title;
      }
      return undefined;
    },
  };
}

function template(collection: (typeof PREVIEW_COLLECTIONS)[number], h: CreateElement) {
  return (props: TemplateProps): Element => {
    const data = (props.entry.getIn(['data']) as ImmutableLike | undefined)?.toJS() ?? {};
    const page = previewOf(collection, data, context(props));
    // The page's own frame: the container that sets its width and margins, and its main region.
    return h(
      'div',
      { className: 'container' },
      h(
        'main',
        { id: 'inhalt' },
      h('h1', null, page.title),
      ...page.notices.map((notice) => h('p', { className: 'notice' }, h('strong', null, notice))),
      page.lead ? h('p', { className: 'lead' }, page.lead) : null,
      page.facts.length > 0
        ? h(
            'dl',
            { className: 'facts' },
            ...page.facts.flatMap((fact) => [
              h('dt', null, fact.label),
              h('dd', null, ...fact.lines.flatMap((line, i) => (i > 0 ? [h('br', null), line] : [line]))),
            ]),
          )
        : null,
        collection === 'partners' ? null : h('div', { className: 'prose' }, props.widgetFor('body')),
      ),
    );
  };
}

const { CMS, h } = window;
const style = (document.currentScript as HTMLScriptElement | null)?.dataset['style'];
if (CMS && h) {
  if (style) CMS.registerPreviewStyle(style);
  for (const collection of PREVIEW_COLLECTIONS) CMS.registerPreviewTemplate(collection, template(collection, h));
}
