import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('PRY');

describe('PRY corpus: verified legal facts', () => {
  it('records Paraguay as a MERCOSUR state that ratified the Trafficking in Persons Protocol in 2004', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2004-/);
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual(['mercosur']);
  });

  it('rests on Ley 4788 of 2012, promulgated on 13 December 2012, with no amending law recorded', () => {
    const law = s.instrument('PRY/ley-4788');
    expect(law.number).toBe('4788');
    expect(law.dates.enacted).toBe('2012-12-13');
    expect(law.amendedBy).toEqual([]);
    expect(s.provisions.every((p) => p.history.length === 0)).toBe(true);
    expect(s.provision('PRY/ley-4788/5').inForce.introducedBy).toBe('PRY/ley-4788');
  });

  it('punishes trafficking (Art. 5) with up to 8 years, 2-15 years for victims aged 14-18 (Art. 6) and up to 20 years under 14 (Art. 7)', () => {
    expect(s.provision('PRY/ley-4788/5').attributes.penalty).toMatchObject({ maxYears: 8 });
    const art6 = s.provision('PRY/ley-4788/6').attributes;
    expect(art6.penalty).toMatchObject({ minYears: 2, maxYears: 15 });
    expect(art6.aggravating.find((g) => g.element === 'crim.aggravating.child-victim')?.increase).toBe('2-15 years');
    expect(art6.ageThresholds.map((t) => t.age)).toEqual([18, 14]);
    const art7 = s.provision('PRY/ley-4788/7').attributes;
    expect(art7.penalty).toMatchObject({ maxYears: 20 });
    expect(art7.ageThresholds.map((t) => t.age)).toEqual([14]);
    const means = s.provision('PRY/ley-4788/agravantes').attributes.aggravating;
    expect(means.find((g) => g.element === 'crim.aggravating.other')?.increase).toBe('2-15 years');
    expect(means.some((g) => g.element === 'crim.aggravating.child-victim')).toBe(false);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
    expect(s.coverageOf('crim.aggravating.child-victim').provisions).toEqual(['PRY/ley-4788/6', 'PRY/ley-4788/7']);
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('requires no means for adults or children: force, fraud and coercion only aggravate', () => {
    const a = s.provision('PRY/ley-4788/5').attributes;
    expect(a.meansRequired).toEqual({ adults: false, children: false });
    expect(a.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.elementsRatedOtherThan('full', ['def.means.threat-force', 'def.means.coercion', 'def.means.deception', 'def.means.abuse-of-vulnerability'])).toEqual([]);
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('lists sexual exploitation, servitude, servile marriage, forced labour and slavery as purposes, leaving organ removal unassessed', () => {
    expect(s.provision('PRY/ley-4788/5').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.servitude',
        'def.purpose.forced-marriage',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
      ]),
    );
    expect(s.status('def.purpose.servitude')).toBe('partial');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    expect(s.status('def.act.harbouring')).toBe('not-assessed');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('lets foreign victims stay during recovery with deportation suspended and obtain a renewable six-month residence', () => {
    expect(s.provision('PRY/ley-4788/40').attributes.elements).toContain('prot.reflection-period');
    expect(s.provision('PRY/ley-4788/41').digest.en).toMatch(/six months/);
    expect(s.status('prot.reflection-period')).toBe('partial');
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.status('prot.asylum-non-refoulement')).toBe('partial');
  });

  it('keeps compensation orders alive after the victim leaves (Art. 19), but rates compensation partial', () => {
    expect(s.provision('PRY/ley-4788/19').attributes.elements).toContain('prot.compensation');
    expect(s.coverageOf('prot.compensation').provisions).toEqual(
      expect.arrayContaining(['PRY/ley-4788/18', 'PRY/ley-4788/19', 'PRY/ley-4788/20']),
    );
    expect(s.status('prot.compensation')).toBe('partial');
    expect(s.status('coop.dedicated-funding')).toBe('not-assessed');
  });

  it('applies the Penal Code general part (Art. 4): attempt of a crimen (Arts. 13, 27) and participation (Arts. 29-31) are punishable', () => {
    expect(s.provision('PRY/cp/27').attributes.elements).toContain('crim.attempt');
    expect(s.provision('PRY/cp/29-31').attributes.elements).toContain('crim.accomplice');
    expect(s.status('crim.attempt')).toBe('full');
    expect(s.status('crim.accomplice')).toBe('full');
    expect(s.coverageOf('crim.attempt').provisions).toEqual(expect.arrayContaining(['PRY/cp/27', 'PRY/cp/4']));
    expect(s.status('crim.organizing-directing')).toBe('not-assessed');
    expect(s.status('crim.legal-persons')).toBe('not-assessed');
  });

  it('records Ley 3440/08 as amending the Penal Code and leaves the articles it rewrote (jurisdiction, limitation) unassessed', () => {
    expect(s.instrument('PRY/cp').amendedBy).toEqual(['PRY/ley-3440']);
    expect(s.instrument('PRY/ley-3440').amends).toEqual(['PRY/cp']);
    expect(s.instrument('PRY/ley-3440').dates.published).toBe('2008-08-20');
    expect(s.elementsRatedOtherThan('not-assessed', ['crim.jurisdiction-territorial', 'crim.jurisdiction-nationality', 'crim.statute-of-limitations'])).toEqual([]);
  });

  it('rates confiscation partial: proceeds and their value must be confiscated, instruments only when dangerous (Arts. 86-95)', () => {
    expect(s.provision('PRY/cp/86-95').attributes.elements).toContain('proc.confiscation');
    expect(s.status('proc.confiscation')).toBe('partial');
    expect(s.coverageOf('proc.confiscation').shortcoming?.en).toMatch(/Art\. 86/);
  });

  it('knows the Mesa Interinstitucional and the victims fund only from secondary sources, so their coverage stays unassessed', () => {
    expect(s.provision('PRY/ley-4788/institucional').digest.es).toMatch(/Fondo Nacional de Inversión/);
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
    expect(s.status('proc.special-investigative-techniques')).toBe('not-assessed');
    expect(s.provision('PRY/ley-4788/3').attributes.elements).toContain('def.no-transnationality');
  });
});
