import { diffAligned } from '../../main/core/compare/article-align';
import { diffTexts } from '../../main/core/compare/text-diff';
import { measure, ms, ratio, row } from './bench-util';
import { seededRandom } from './synthetic-corpus';

const VOCAB = 'la autoridad competente adoptará medidas para proteger víctimas trata personas explotación pena prisión años multa agravante funcionario menor consentimiento captación traslado acogida recepción'.split(' ');

/** A law of `words` words in articles of 100 words, and a copy with `rate` of its words replaced. */
function pair(words: number, rate: number, seed: number): { left: string; right: string } {
  const rand = seededRandom(seed);
  const w = Array.from({ length: words }, () => VOCAB[Math.floor(rand() * VOCAB.length)]);
  const changed = w.map((x) => (rand() < rate ? `${x}X` : x));
  const asLaw = (ws: string[]) => ws.map((x, i) => (i % 100 === 0 ? `\nArtículo ${i / 100 + 1}. ${x}` : x)).join(' ');
  return { left: asLaw(w), right: asLaw(changed) };
}

export async function diffBench(): Promise<void> {
  console.log('\ncompare: word-level diff, plain vs article-aligned (articles of 100 words)');
  row('', 'plain p50', 'aligned p50', 'plain/aligned');
  const results: Record<string, { plain: number; aligned: number }> = {};
  for (const rate of [0.01, 0.1]) {
    for (const words of [1_000, 10_000, 100_000]) {
      const { left, right } = pair(words, rate, words + Math.round(rate * 100));
      const runs = words >= 100_000 ? 3 : 7;
      const plain = await measure(() => diffTexts(left, right, 'word'), runs, 1);
      const aligned = await measure(() => diffAligned(left, right, 'word'), runs, 1);
      results[`${words}:${rate}`] = { plain: plain.median, aligned: aligned.median };
      row(`${words.toLocaleString('en')} words, ${rate * 100}% changed`, ms(plain.median), ms(aligned.median), ratio(plain.median, aligned.median));
    }
  }
  for (const rate of [0.01, 0.1]) {
    const r = (w: number) => results[`${w}:${rate}`];
    console.log(
      `  growth per 10x size at ${rate * 100}%: plain ${ratio(r(10_000).plain, r(1_000).plain)} then ${ratio(r(100_000).plain, r(10_000).plain)}; aligned ${ratio(r(10_000).aligned, r(1_000).aligned)} then ${ratio(r(100_000).aligned, r(10_000).aligned)}`,
    );
  }
}
