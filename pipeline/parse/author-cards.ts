/**
 * An author card set inside the text (Carnegie Endowment's posts, one per author between
 * paragraphs): the author's name alone, which the byline check drops, then a short paragraph
 * about them ("Matt Sheehan is a fellow at …"). That paragraph goes too (`parser: author-card`).
 * A paragraph opening with the name without the name alone above it, or a long one, stays.
 */

interface CardBlock {
  type: string;
  raw: string;
}

/** A card's bio is a sentence or two. */
const BIO_MAX = 400;

/**
 * The bio paragraphs of the author cards among `blocks`. `authors` and `fold` as the byline check
 * uses them: the front matter's names, and the folding that compares a line with them.
 */
export function authorCards(blocks: readonly CardBlock[], authors: readonly string[], fold: (text: string) => string): Set<number> {
  const bios = new Set<number>();
  if (authors.length === 0) return bios;
  // Only a line about as long as a name is folded: most blocks are paragraphs.
  const longest = Math.max(...authors.map((author) => author.length)) + 8;
  blocks.forEach((block, index) => {
    const bio = blocks[index + 1];
    if (block.raw.length > longest || bio?.type !== 'text' || bio.raw.length > BIO_MAX) return;
    const line = fold(block.raw);
    const name = authors.find((author) => line === author);
    if (!name) return;
    const opening = fold(bio.raw);
    if ([' is ', ' was ', ', '].some((after) => opening.startsWith(name + after))) bios.add(index + 1);
  });
  return bios;
}
