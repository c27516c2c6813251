import type { ReactNode } from 'react';

/** Text with matched ranges wrapped in <mark>; ranges come from lunr's match positions. */
export function HighlightedText({ text, ranges }: { text: string; ranges: Array<[number, number]> }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [rawStart, rawLen] of ranges) {
    // lunr's positions include punctuation stuck to a word: mark only the word.
    let start = rawStart;
    let end = rawStart + rawLen;
    while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
    while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
    const len = end - start;
    if (len <= 0 || start < at || start >= text.length) continue;
    parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, start + len)}</mark>);
    at = start + len;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
