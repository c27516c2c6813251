import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('JAM');

describe('JAM corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol and UNTOC on 29 September 2003', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2003-09-29' });
    expect(s.jurisdiction.untoc).toMatchObject({ status: 'party', date: '2003-09-29' });
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
  });

  it('the 2007 Act was amended in 2013, 2018 and 2021, and both sides of every link agree', () => {
    const act = s.instrument('JAM/tipa-2007');
    expect(act.amendedBy).toEqual(['JAM/tipa-amend-2013', 'JAM/tipa-amend-2018', 'JAM/tipa-amend-2021']);
    for (const key of act.amendedBy) expect(s.instrument(key).amends).toContain('JAM/tipa-2007');
    expect(s.instrument('JAM/tipa-amend-2021').amends).toContain('JAM/ccpa');
    expect(s.instrument('JAM/ccpa').amendedBy).toEqual(['JAM/tipa-amend-2021']);
  });

  it('punishes trafficking with up to 20 years (raised from 10 in 2013), up to 10 more when aggravated, and no fine-only penalty since 2021 (comparability with rape doubtful)', () => {
    const a = s.provision('JAM/tipa-2007/offence').attributes;
    expect(a.penalty).toMatchObject({ minYears: null, maxYears: 20 });
    const agg = s.provision('JAM/tipa-2007/aggravation');
    expect(agg.inForce.introducedBy).toBe('JAM/tipa-amend-2013');
    expect(agg.attributes.aggravating.map((g) => g.increase)).toEqual(['up to +10 years (maximum 30 years)', 'up to +10 years (maximum 30 years)']);
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
    expect(s.coverageOf('crim.serious-crime-penalty').shortcoming?.en).toMatch(/rape/);
    expect(s.provision('JAM/ccpa/10').attributes.penalty).toMatchObject({ maxYears: 10 });
  });

  it('places the offence in s. 4 and the definitions in s. 2 (child: under 18), per the ILO Committee of Experts', () => {
    const offence = s.provision('JAM/tipa-2007/offence');
    expect(offence.number).toBe('4');
    const defs = s.provision('JAM/tipa-2007/2');
    expect(defs.number).toBe('2');
    expect(defs.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(defs.source.kind).toBe('secondary');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.coverageOf('def.child-under-18').provisions).toEqual(['JAM/tipa-2007/2', 'JAM/ccpa/10']);
  });

  it('records the Act as Act 1 of 2007 and the 2018 amendment as Act 7 of 2018', () => {
    expect(s.instrument('JAM/tipa-2007').number).toBe('1 of 2007');
    expect(s.instrument('JAM/tipa-amend-2018').number).toBe('7 of 2018');
    expect(s.instrument('JAM/tipa-amend-2021').number).toBeUndefined();
  });

  it('requires one of the eight Protocol means for adults and does not claim a child rule it could not read', () => {
    const p = s.provision('JAM/tipa-2007/offence');
    expect(p.attributes.means).toHaveLength(8);
    expect(p.attributes.acts).toHaveLength(5);
    expect(p.attributes.meansRequired).toBeUndefined();
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('covers prostitution, forced labour, slavery and servitude (debt bondage added in 2013); organ removal is not assessed', () => {
    expect(s.provision('JAM/tipa-2007/offence').attributes.purposes).toEqual([
      'def.purpose.sexual-exploitation',
      'def.purpose.forced-labour',
      'def.purpose.slavery',
      'def.purpose.servitude',
    ]);
    expect(s.status('def.purpose.servitude')).toBe('full');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    expect(s.status('crim.intentional-offence')).toBe('not-assessed');
  });

  it('provides restitution since 2013, in-camera hearings and a witness-protection programme (in force 4 August 2008) that leaves out relatives of witnesses', () => {
    expect(s.provision('JAM/tipa-2007/restitution').inForce.introducedBy).toBe('JAM/tipa-amend-2013');
    expect(s.coverageOf('prot.compensation').provisions).toContain('JAM/tipa-2007/restitution');
    expect(s.coverageOf('prot.privacy-identity').provisions).toContain('JAM/tipa-2007/in-camera');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.provision('JAM/jpa/3').inForce).toEqual({ from: '2008-08-04', introducedBy: 'JAM/jpa' });
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
  });

  it('confiscation under the Proceeds of Crime Act is partial because instrumentalities are not covered', () => {
    expect(s.status('proc.confiscation')).toBe('partial');
    expect(s.coverageOf('proc.confiscation').provisions).toEqual(['JAM/poca/5']);
    expect(s.status('proc.seizure-freezing')).toBe('partial');
  });
});
