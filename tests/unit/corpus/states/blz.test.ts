import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('BLZ');

describe('BLZ corpus: verified legal facts', () => {
  it('records Belize as a party to the Trafficking in Persons Protocol, by accession deposited on 26 September 2003, in CARICOM, the RCM and SICA', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2003-09-26' });
    expect(s.jurisdiction.subregion).toBe('central-america');
    expect(s.jurisdiction.groups).toEqual(['caricom', 'rcm', 'sica']);
  });

  it('the 2003 Act (in force 1 August 2003) was replaced, not amended, by the 2013 Act', () => {
    const old = s.instrument('BLZ/tippa-2003');
    expect(old.dates).toMatchObject({ enacted: '2003-06-23', inForce: '2003-08-01' });
    expect(old.status).toBe('repealed');
    const current = s.instrument('BLZ/tippa-2013');
    expect(current.status).toBe('in-force');
    for (const i of s.instruments) {
      expect(i.amends).toEqual([]);
      expect(i.amendedBy).toEqual([]);
    }
    expect(s.provision('BLZ/tippa-2003/offence').status).toBe('repealed');
  });

  it('punishes trafficking with 1 to 8 years for adult victims and up to 12 years for child victims', () => {
    const a = s.provision('BLZ/tippa-2013/offence').attributes;
    expect(a.penalty).toMatchObject({ minYears: 1, maxYears: 8 });
    const child = a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toBe('up to 12 years');
    expect(s.status('crim.intentional-offence')).toBe('full');
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
  });

  it('places the child penalty in s. 11(2), for victims under 18, and rates the child threshold and aggravation on that basis', () => {
    const o = s.provision('BLZ/tippa-2013/offence');
    expect(o.label).toMatch(/s\. 11$/);
    expect(o.number).toBe('11');
    expect(o.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
    expect(s.coverageOf('crim.aggravating.child-victim').provisions).toEqual(['BLZ/tippa-2013/offence']);
    expect(s.status('crim.aggravating.serious-harm')).toBe('not-assessed');
  });

  it('the CSEC Act defines a child as under 18 (s. 2) and punishes exploitation by a person in authority with ten years (s. 6(1))', () => {
    const p = s.provision('BLZ/csec-2013/6');
    expect(p.instrument).toBe('BLZ/csec-2013');
    expect(p.attributes.penalty).toMatchObject({ minYears: null, maxYears: 10 });
    expect(p.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.coverageOf('def.child-under-18').provisions).toContain('BLZ/csec-2013/6');
  });

  it('defines trafficking with the five Protocol acts and all eight means, but leaves the means requirement and child rule unassessed', () => {
    const d = s.provision('BLZ/tippa-2013/definition').attributes;
    expect(d.acts).toHaveLength(5);
    expect(d.means).toHaveLength(8);
    expect(d.meansRequired).toBeUndefined();
    expect(s.status('def.means-not-required')).toBe('not-assessed');
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('covers sexual and labour exploitation; other purposes of the 2013 Act are not verified', () => {
    expect(s.provision('BLZ/tippa-2013/offence').attributes.purposes).toEqual([
      'def.purpose.sexual-exploitation',
      'def.purpose.forced-labour',
    ]);
    expect(s.status('def.purpose.sexual-exploitation')).toBe('full');
    expect(s.status('def.purpose.forced-labour')).toBe('full');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    expect(s.provision('BLZ/tippa-2003/offence').attributes.purposes).toContain('def.purpose.organ-removal');
  });

  it('the CSEC Act protects children under 18 from being prostituted but not 16- and 17-year-olds from paid sex', () => {
    const ages = s.provision('BLZ/csec-2013/child-prostitution').attributes.ageThresholds.map((t) => t.age);
    expect(ages).toEqual([18, 16]);
  });

  it('has a non-punishment clause in s. 27 and a statutory ATIP Council, both not rated for lack of the text', () => {
    expect(s.provision('BLZ/tippa-2013/27').label).toMatch(/s\. 27/);
    expect(s.provision('BLZ/tippa-2013/27').attributes.elements).toContain('prot.non-punishment');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('BLZ/tippa-2013/atip-council');
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
  });

  it('rests every provision on secondary sources: no official text of a Belizean law was read', () => {
    for (const p of s.provisions) {
      expect(p.source.kind).toBe('secondary');
    }
  });
});
