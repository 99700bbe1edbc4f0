/**
 * A news page's box of related links copied with the text (China Daily's pages of 2008-2012):
 * under "Related readings:" each link is its thumbnail's alt text, which is the article's own
 * title, glued to the linked story's headline ("China to crack down on 'illegal' activities on
 * Internet Investors flock to China's mobile Internet industry"). The label and those links go
 * (`parser: related`). A label over lines that do not start with the title stays, and so do they.
 */

interface RelatedBlock {
  raw: string;
}

/** The box's label, a line of its own ending on a colon. */
const LABEL = /^(?:related (?:readings?|stories|articles|news|links|reports?|coverage)|see also)\s*:$/iu;
/** A box lists a few links; past this many the run is not a box. */
const LINKS_MAX = 12;

/**
 * The blocks of each related-links box, label and links, to drop. `startsWithTitle(raw)`: whether a
 * line is the article's title with more text after it.
 */
export function relatedLinks(blocks: readonly RelatedBlock[], startsWithTitle: (raw: string) => boolean): Set<number> {
  const drop = new Set<number>();
  for (let label = 0; label < blocks.length; label++) {
    if (!LABEL.test(blocks[label].raw.trim())) continue;
    let end = label + 1;
    while (end < blocks.length && end - label <= LINKS_MAX && startsWithTitle(blocks[end].raw)) end++;
    if (end === label + 1) continue;
    for (let index = label; index < end; index++) drop.add(index);
    label = end - 1;
  }
  return drop;
}
