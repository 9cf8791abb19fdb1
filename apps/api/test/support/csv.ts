/**
 * Minimal RFC 4180 reader for assertions: quoted cells may hold commas, quotes and line breaks;
 * records end with CRLF or LF (PostgreSQL's COPY writes LF).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\r' && char !== '\n')) {
      cell += char;
    } else if (char === ',') {
      record.push(cell);
      cell = '';
    } else {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      if (char === '\r' && text[i + 1] === '\n') i++;
    }
  }
  return records;
}
