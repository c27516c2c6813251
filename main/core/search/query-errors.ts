/** Turns lunr's query parse errors into a sentence a delegate can act on. */
export function friendlyQueryError(e: Error, q: string): string {
  const msg = e.message ?? '';
  const field = /unrecognised field '([^']*)'/.exec(msg);
  if (field) return `"${field[1]}:" is not a field you can search. Use label:, heading:, digest:, concepts: or state: — or leave the colon out.`;
  if (/EDIT_DISTANCE/.test(msg)) return 'A "~" (fuzzy match) must follow a word, as in trafico~1.';
  if (/BOOST/.test(msg)) return 'A "^" (boost) must follow a word, as in trata^10.';
  if (/PRESENCE/.test(msg)) return 'A "+" or "-" must stand right before a word, as in +trata -migrantes.';
  if (/expecting term/.test(msg) || /FIELD/.test(msg)) return `A field name must be followed by a word, as in heading:${q.replace(/[:\s]+$/, '') ? 'trata' : 'trata'}.`;
  if (e.name === 'QueryParseError') return `This search could not be read (${msg}). Check the special characters : ~ ^ + - *.`;
  return 'This search could not be read. Check the special characters : ~ ^ + - *.';
}
