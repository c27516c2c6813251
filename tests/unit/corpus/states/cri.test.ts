import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('CRI');

describe('CRI corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in September 2003', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2003-09-09' });
    expect(s.jurisdiction.groups).toEqual(['rcm', 'sica']);
  });

  it('punishes trafficking (Penal Code Art. 172) with 6 to 10 years', () => {
    expect(s.provision('CRI/cp/172').attributes.penalty).toMatchObject({ minYears: 6, maxYears: 10 });
  });

  it('raises the penalty to 8-16 years for every listed aggravating circumstance, including a victim under 18', () => {
    const ag = s.provision('CRI/cp/172').attributes.aggravating;
    expect(ag.length).toBeGreaterThan(0);
    expect(ag.every((g) => g.increase?.startsWith('8-16 years'))).toBe(true);
    expect(ag.map((g) => g.element)).toContain('crim.aggravating.child-victim');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('writes the means into the basic offence: means are required for adults, so the means-free model is absent', () => {
    const a = s.provision('CRI/cp/172').attributes;
    expect(a.meansRequired?.adults).toBe(true);
    expect(a.means).toHaveLength(8);
    expect(s.status('def.means-not-required')).toBe('absent');
  });

  it('does not claim that children are covered without means: the text read has no child exception', () => {
    expect(s.provision('CRI/cp/172').attributes.meansRequired?.children).toBe(true);
    expect(s.status('def.child-no-means')).toBe('not-assessed');
  });

  it('uses 18 as the child age threshold', () => {
    expect(s.provision('CRI/cp/172').attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('covers all five Protocol acts, inside or outside the country', () => {
    expect(s.provision('CRI/cp/172').attributes.acts).toEqual(
      expect.arrayContaining(['def.act.recruitment', 'def.act.transportation', 'def.act.transfer', 'def.act.harbouring', 'def.act.receipt']),
    );
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('lists the purposes read in the official text, but not organ removal', () => {
    const purposes = s.provision('CRI/cp/172').attributes.purposes;
    expect(purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
        'def.purpose.forced-begging',
      ]),
    );
    expect(purposes).not.toContain('def.purpose.organ-removal');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
  });

  it('leaves consent irrelevance not assessed', () => {
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('takes its current wording from Ley 10506 (2024), which amends the Penal Code', () => {
    expect(s.provision('CRI/cp/172').inForce.introducedBy).toBe('CRI/ley-10506');
    expect(s.instrument('CRI/ley-10506').amends).toContain('CRI/cp');
    expect(s.instrument('CRI/cp').amendedBy).toEqual(expect.arrayContaining(['CRI/ley-8720', 'CRI/ley-10506']));
  });

  it('meets the serious-crime threshold and makes trafficking a money-laundering predicate', () => {
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.status('crim.legal-persons')).toBe('not-assessed');
  });

  it('records the victim rights of Ley 9095 Art. 37 and witness protection of Ley 8720', () => {
    expect(s.status('prot.reflection-period')).toBe('full');
    expect(s.status('prot.housing')).toBe('full');
    expect(s.status('prot.free-legal-aid')).toBe('full');
    expect(s.status('prot.residence-permit')).toBe('full');
    expect(s.status('prot.privacy-identity')).toBe('full');
    expect(s.status('prot.witness-protection')).toBe('full');
    expect(s.status('prot.assistance-unconditional')).toBe('full');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.coverageOf('prot.reflection-period').provisions).toContain('CRI/ley-9095/37');
  });

  it('has CONATT as the coordinating body and FONATT as the dedicated fund', () => {
    expect(s.status('coop.coordinating-body')).toBe('full');
    expect(s.status('coop.dedicated-funding')).toBe('full');
  });
});
