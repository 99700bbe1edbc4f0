/** "A", "A and B", "A, B and C": one list formatter for every page (each holds ICU data outside the JavaScript heap). */
const conjunction = new Intl.ListFormat('en-GB', { type: 'conjunction' });

export const formatByline = (authors: readonly string[]): string => conjunction.format(authors);
