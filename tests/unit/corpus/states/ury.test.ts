import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('URY');

describe('URY corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in March 2005, as a MERCOSUR state', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2005-03-/);
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual(['mercosur']);
  });

  it('punishes trafficking under art. 78 of Ley 18.250 with 4 to 16 years, raised by a third to a half for a child victim', () => {
    const a = s.provision('URY/ley-18250/78').attributes;
    expect(a.penalty).toMatchObject({ minYears: 4, maxYears: 16 });
    const child = a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toBe('+1/3 to +1/2');
    expect(a.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires no means for adults or children; violence, intimidation or deception only aggravate (art. 81)', () => {
    const p = s.provision('URY/ley-18250/78');
    expect(p.attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(p.attributes.means).toEqual([]);
    expect(s.provision('URY/ley-18250/81').attributes.means).toEqual(
      expect.arrayContaining(['def.means.threat-force', 'def.means.deception']),
    );
    expect(s.status('def.means-not-required')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('covers all five acts and the Protocol purposes plus an open clause on activities undermining human dignity', () => {
    const a = s.provision('URY/ley-18250/78').attributes;
    expect(a.acts).toHaveLength(5);
    expect(a.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.sexual-exploitation',
        'def.purpose.organ-removal',
        'def.purpose.open-list',
      ]),
    );
    expect(a.purposes).not.toContain('def.purpose.forced-begging');
    expect(s.status('def.purpose.forced-begging')).toBe('partial');
    expect(s.status('def.purpose.tissues-fluids')).toBe('partial');
  });

  it('Ley 19.643 (2018) made consent expressly irrelevant and amended the Penal Code and Ley 17.815, not art. 78 of Ley 18.250', () => {
    const law = s.instrument('URY/ley-19643');
    expect(law.dates).toMatchObject({ enacted: '2018-07-20', published: '2018-08-14' });
    expect(law.amends).toEqual(expect.arrayContaining(['URY/cp', 'URY/ley-17815']));
    expect(s.instrument('URY/cp').amendedBy).toContain('URY/ley-19643');
    expect(s.instrument('URY/ley-17815').amendedBy).toContain('URY/ley-19643');
    expect(s.instrument('URY/ley-18250').amendedBy).toEqual([]);
    expect(s.provision('URY/ley-18250/78').history).toEqual([]);
    expect(s.provision('URY/cp/280').inForce).toEqual({ introducedBy: 'URY/ley-19643' });
    expect(s.provision('URY/cp/280').history[0]).toMatchObject({ amendedBy: 'URY/ley-19643' });
    expect(s.status('def.consent-irrelevant')).toBe('full');
    expect(s.coverageOf('def.consent-irrelevant').history[0]).toMatchObject({ until: '2018-08-14', status: 'partial' });
  });

  it('grants foreign victims permanent residence and a reflection period of up to 180 days, and bars punishing victims', () => {
    expect(s.status('prot.residence-permit')).toBe('full');
    expect(s.coverageOf('prot.residence-permit').provisions).toContain('URY/ley-19643/24');
    expect(s.status('prot.reflection-period')).toBe('partial');
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.coverageOf('prot.non-punishment').provisions).toEqual(['URY/ley-19643/40']);
    expect(s.status('prot.assistance-unconditional')).toBe('full');
    expect(s.status('prot.compensation')).toBe('partial');
  });

  it('has the National Council and a fund fed by confiscated assets; confiscation and special techniques come from the anti-laundering law, where trafficking is a predicate', () => {
    expect(s.status('coop.coordinating-body')).toBe('partial');
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('URY/ley-19643/7');
    expect(s.status('coop.dedicated-funding')).toBe('full');
    expect(s.status('proc.assets-to-victims')).toBe('partial');
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.provision('URY/ley-19574/34').attributes.elements).toContain('crim.money-laundering-predicate');
    expect(s.status('proc.confiscation')).toBe('full');
    expect(s.coverageOf('proc.confiscation').provisions).toEqual(expect.arrayContaining(['URY/ley-19574/50', 'URY/ley-19574/51']));
    expect(s.status('proc.special-investigative-techniques')).toBe('full');
    expect(s.status('prot.witness-protection')).toBe('partial');
  });

  it('does not claim rules it could not read (legal persons, joint teams, document security)', () => {
    expect(s.elementsRatedOtherThan('not-assessed', ['crim.legal-persons', 'proc.joint-investigations', 'border.document-security'])).toEqual([]);
    const ids = s.coverage.map((c) => c.element);
    expect(ids).toHaveLength(102);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of s.provisions) {
      expect(p.source.checked).toBe('2026-11-23');
      if (p.source.kind === 'secondary') expect(p.source.corroboration?.length ?? 0).toBeGreaterThan(0);
    }
  });
});
