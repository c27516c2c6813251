import { describe, expect, it } from 'vitest';
import { loadElements, stateCodes } from '../../support/source-corpus';
import { loadState } from '../../support/state-facts';

/**
 * The corpus issues allow `not-assessed` on a mandatory element only when its reason says what source
 * is missing. A bare "unknown" would let a legal adviser mistake a research gap for a legal one, so
 * every such rationale must be substantive and speak of the texts or sources that were (not) read.
 */
const mandatory = new Set(loadElements().filter((e) => e.level === 'mandatory').map((e) => e.id));
const states = stateCodes();
const SPEAKS_OF_SOURCES = /\b(read|source|sources|text|found|looked|reached|report|reports|article|law|code|act|decree|provision|wording|quotation|checked|verified|confirmed|established|needed|section|legislation|reviewed)\b/i;
const HABLA_DE_FUENTES = /\b(le[ií]d[oa]s?|leer|fuentes?|texto|encontr|report|art[ií]culo|ley|c[oó]digo|decreto|disposici[oó]n|norma|redacci[oó]n|cita|comprob|verific|confirm|falta|secci[oó]n|informe|establec|legislaci[oó]n|revis)/i;

describe('not-assessed on a mandatory element always says what source is missing', () => {
  it('finds the mandatory elements and the states', () => {
    expect(mandatory.size).toBeGreaterThan(40);
    expect(states.length).toBeGreaterThan(3);
  });

  it.each(states)('%s', (code) => {
    const offending = loadState(code)
      .coverage.filter((c) => c.status === 'not-assessed' && mandatory.has(c.element))
      .filter(
        (c) =>
          c.rationale.en.length < 30 ||
          !SPEAKS_OF_SOURCES.test(c.rationale.en) ||
          c.rationale.es.length < 30 ||
          !HABLA_DE_FUENTES.test(c.rationale.es),
      )
      .map((c) => `${c.element}: ${c.rationale.en}`);
    expect(offending).toEqual([]);
  });
});
