// The share links of an offer or event page: plain links built at build time, so nothing is
// requested from another host before the visitor clicks (no share buttons' scripts, no counters).
export interface ShareInput {
  /** The page's canonical absolute URL. */
  url: string;
  title: string;
  /** One sentence that goes before the link ("Das könnte für uns passen: …"). */
  text: string;
  /** The site's name, for the e-mail's subject. */
  site: string;
}

export interface ShareLinks {
  email: string;
  whatsapp: string;
}

const enc = encodeURIComponent;

export function shareLinks({ url, title, text, site }: ShareInput): ShareLinks {
  return {
    // RFC 6068: no recipient, subject and body percent-encoded (spaces as %20, not +).
    email: `mailto:?subject=${enc(`${title} – ${site}`)}&body=${enc(`${text}\n${url}`)}`,
    // WhatsApp's documented click-to-chat link: the text with the link, the visitor picks the chat.
    whatsapp: `https://wa.me/?text=${enc(`${text} ${url}`)}`,
  };
}
