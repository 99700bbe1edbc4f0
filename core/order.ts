/**
 * Plain string order by UTF-16 code units, not by locale: the same on every machine, which keeps
 * the generated files and pages byte-identical from build to build.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
