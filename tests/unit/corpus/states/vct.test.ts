import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('VCT');

describe('VCT corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in October 2010, as a CARICOM state', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2010-10-/);
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
  });

  it('the Prevention of Trafficking in Persons Act is No. 27 of 2011, passed on 29 September 2011, and the 2023 Amendment Act amends it (both sides linked)', () => {
    const act = s.instrument('VCT/ptipa-2011');
    expect(act.number).toBe('27 of 2011');
    expect(act.dates.enacted).toBe('2011-09-29');
    expect(act.amendedBy).toEqual(['VCT/ptip-amendment-2023']);
    const amendment = s.instrument('VCT/ptip-amendment-2023');
    expect(amendment.amends).toEqual(['VCT/ptipa-2011']);
    expect(amendment.dates.enacted).toBe('2023-02-23');
  });

  it('section 5 carried a fine of EC$250,000 or 15 years (or both) until 2023; since then up to 15 years with no fine in lieu', () => {
    const p = s.provision('VCT/ptipa-2011/5');
    expect(p.attributes.penalty).toMatchObject({ minYears: null, maxYears: 15 });
    expect(p.attributes.penalty?.fine).toBeUndefined();
    expect(p.inForce.introducedBy).toBe('VCT/ptip-amendment-2023');
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ to: '2023-02-23', amendedBy: 'VCT/ptip-amendment-2023' });
    expect(p.history[0].attributes.penalty).toMatchObject({ maxYears: 15 });
    expect(p.history[0].attributes.penalty?.fine).toContain('250,000');
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.coverageOf('crim.serious-crime-penalty').history[0]).toMatchObject({ until: '2023-02-23', status: 'partial' });
  });

  it('section 5(2) covers a child under 18 without means; the adult means rule was not read and is not claimed', () => {
    const p = s.provision('VCT/ptipa-2011/5');
    expect(p.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(p.attributes.meansRequired).toBeUndefined();
    expect(p.attributes.means).toEqual([]);
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('def.means-not-required')).toBe('not-assessed');
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('section 5(1) punishes attempt, assistance and organising or directing with the same penalty, and needs no group', () => {
    expect(s.status('crim.attempt')).toBe('full');
    expect(s.status('crim.accomplice')).toBe('full');
    expect(s.status('crim.organizing-directing')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('the Act reaches sexual and labour exploitation, but the section 2 list of purposes is not assessed', () => {
    expect(s.provision('VCT/ptipa-2011/5').attributes.purposes).toEqual(
      expect.arrayContaining(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour']),
    );
    expect(s.status('def.purpose.sexual-exploitation')).toBe('not-assessed');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    expect(s.provision('VCT/ptipa-2011/7').attributes.penalty).toMatchObject({ maxYears: 12 });
  });

  it('section 8 adds up to 20 years when the victim is a child', () => {
    const child = s.provision('VCT/ptipa-2011/8').attributes.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toBe('up to 20 additional years');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('section 11 relieves victims of criminal liability only (partial); residence permits and the Task Force are not assessed', () => {
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.coverageOf('prot.non-punishment').provisions).toEqual(['VCT/ptipa-2011/11']);
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('VCT/ptipa-2011/part-5');
  });
});
