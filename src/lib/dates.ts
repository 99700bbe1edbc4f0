/**
 * Dates as readers see them. The formatters are made once: each Intl.DateTimeFormat holds tens of
 * kilobytes of ICU data outside the JavaScript heap, so one per formatted date (tens of thousands
 * in a large build) piled up native memory until the garbage collector got round to them.
 */
const byDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const byMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats an ISO date at the precision it was recorded: "2016", "July 2015", "24 January 2022". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return (day === undefined ? byMonth : byDay).format(date);
}
