import { describe, expect, it } from 'vitest';
import { ElementMatcher } from '../../../main/core/search/element-matcher';
import { friendlyQueryError } from '../../../main/core/search/query-errors';
import { compileTerm, findTerms } from '../../../main/core/suggest/lexicon-matcher';

const el = (id: string, source: string, en: string, es: string, lexicon: Partial<Record<'en' | 'es' | 'pt' | 'fr', string[]>> = {}) => ({
  id,
  source,
  label: { en, es },
  lexicon: { en: [], es: [], pt: [], fr: [], ...lexicon },
});

const ELEMENTS = [
  el('def.consent-irrelevant', 'TIP 3(b)', "Victim's consent irrelevant", 'Consentimiento de la víctima irrelevante'),
  el('def.purpose.organ-removal', 'TIP 3(a)', 'Purpose: removal of organs', 'Fin: extracción de órganos', { pt: ['remocao de orgaos', 'orgao*'] }),
  el('prot.non-punishment', 'OHCHR 7', 'Non-punishment of victims', 'No punibilidad de las víctimas'),
  el('def.no-transnationality', 'UNTOC 34(2)', 'Internal trafficking covered', 'Trata interna cubierta'),
];

describe('element-aware search', () => {
  const m = new ElementMatcher(ELEMENTS);
  it.each([
    ['consentimiento irrelevante', 'def.consent-irrelevant'],
    ['consent irrelevant', 'def.consent-irrelevant'],
    ['art. 3(b)', 'def.consent-irrelevant'],
    ['Article 3 (b)', 'def.consent-irrelevant'],
    ['extracción de órganos', 'def.purpose.organ-removal'],
    ['extraccion de organos', 'def.purpose.organ-removal'],
    ['non-punishment', 'prot.non-punishment'],
    ['no punibilidad', 'prot.non-punishment'],
  ])('"%s" names %s first', (q, id) => {
    expect(m.match(q)[0]?.element).toBe(id);
  });

  it('does not read a generic word as an element', () => {
    expect(m.match('trata')).toEqual([]);
    expect(m.match('ab')).toEqual([]);
  });
});

describe('lexicon terms', () => {
  it('fold accents and case on both sides, with prefix words and regexes', () => {
    expect(findTerms('La Extracción de órganos', [compileTerm('extraccion de organos')])).toHaveLength(1);
    expect(findTerms('recrutamento e aliciamento', [compileTerm('recrut*')]).map((x) => x.match)).toEqual(['recrutamento']);
    expect(findTerms('the consent of the victim shall be irrelevant', [compileTerm('/consent\\W+(\\w+\\W+){0,6}irrelevant/')])).toHaveLength(1);
    expect(findTerms('unrecruited', [compileTerm('recruit*')])).toHaveLength(0);
  });
});

describe('query errors', () => {
  it('are sentences a delegate can act on', () => {
    expect(friendlyQueryError(Object.assign(new Error("unrecognised field 'titulo', possible fields: 'label'"), { name: 'QueryParseError' }), 'titulo:x')).toMatch(/"titulo:" is not a field/);
    expect(friendlyQueryError(Object.assign(new Error('expected either a field or a term, found EDIT_DISTANCE'), { name: 'QueryParseError' }), '~')).toMatch(/must follow a word/);
  });
});
