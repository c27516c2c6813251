/** Dates as the user's language writes them; corpus dates are calendar dates, so no time zone shift. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
}

export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}
