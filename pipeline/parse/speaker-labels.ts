/**
 * A transcript's speaker labels set on lines of their own ("Xing Huina:" above her words, SCIO's
 * press conferences): each joins the answer under it, as a transcript that writes them inline has
 * them ("Shu Jueting: Friends from the press, …", MOFCOM), and the parser marks it strong.
 */
import type { PhrasingContent } from 'mdast';

/** A name or an outlet and a colon: capitalised words, a title ("Mr.") or a comma between them, a connective in lower case. */
const LABEL = /^(?<label>[\p{Lu}\p{sc=Han}][\p{L}\p{M}'’.-]*(?:,? [\p{L}\p{M}'’.&-]+){0,7})\s*[:：]$/u;
/** The words of a name or an outlet's name that are not capitalised ("China Financial and Economic News"). */
const CONNECTIVE = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'de', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'la', 'al', 'bin']);
/** An answer ends like a sentence, or is long enough to have been cut off inside one. */
const ANSWER_END = /[.!?。！？…]["”’»)）]*$/u;
const ANSWER_LONG = 200;
/** A transcript has this many labels over answers, or fewer with one label used twice. */
const TRANSCRIPT = { pairs: 3 };

interface Labelled {
  type: string;
  text: string;
  line: number;
  joined?: number[];
}

function labelOf(block: Labelled): string | undefined {
  if (block.type !== 'text') return undefined;
  const label = LABEL.exec(block.text)?.groups?.label;
  return label !== undefined && label.split(/,? /u).every((word) => !/^\p{Ll}/u.test(word) || CONNECTIVE.has(word)) ? label : undefined;
}

const isAnswer = (block: Labelled | undefined) => block?.type === 'text' && labelOf(block) === undefined && (ANSWER_END.test(block.text) || block.text.length >= ANSWER_LONG);

/**
 * The blocks with each speaker label joined to the answer under it (`speaker`: the label with its
 * colon), when the capture is a transcript: three labels or more over answers (a host, a question,
 * an answer), or two with one of them twice (a speaker speaks again). "Speakers:" above a list of
 * names, one "Note:" over a paragraph, or two labels each over one paragraph stay.
 */
export function joinSpeakerLabels<B extends Labelled>(blocks: readonly B[]): (B & { speaker?: string })[] {
  const pairs = blocks.flatMap((block, index) => {
    const label = labelOf(block);
    return label !== undefined && isAnswer(blocks[index + 1]) ? [index] : [];
  });
  const labels = pairs.map((index) => labelOf(blocks[index]));
  if (pairs.length < TRANSCRIPT.pairs && (pairs.length < 2 || new Set(labels).size === labels.length)) return [...blocks];
  const starts = new Set(pairs);
  return blocks.flatMap((block, index) => {
    if (starts.has(index)) return [];
    const label = starts.has(index - 1) ? blocks[index - 1] : undefined;
    if (!label) return [block];
    // The paragraph starts at the label's line; the answer's lines are joined into it, for the report.
    return [{ ...block, speaker: label.text, line: label.line, joined: [...(label.joined ?? []), block.line, ...(block.joined ?? [])] }];
  });
}

/** The start of an answer's paragraph: its speaker's label, strong, and a space. */
export const speakerLead = (speaker: string): PhrasingContent[] => [{ type: 'strong', children: [{ type: 'text', value: speaker }] }, { type: 'text', value: ' ' }];
