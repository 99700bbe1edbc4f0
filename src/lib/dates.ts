/** Formats an ISO date at the precision it was recorded: "2016", "July 2015", "24 January 2022". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
