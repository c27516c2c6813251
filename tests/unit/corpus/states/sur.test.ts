import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('SUR');

describe('SUR corpus: verified legal facts', () => {
  it('records Suriname as party to the Trafficking in Persons Protocol since May 2007, in CARICOM', () => {
    expect(s.jurisdiction.protocol.status).toBe('party');
    expect(s.jurisdiction.protocol.date).toMatch(/^2007-05-/);
    expect(s.jurisdiction.officialLanguages).toEqual(['nl']);
    expect(s.jurisdiction.groups).toEqual(['caricom']);
  });

  it('punishes trafficking under art. 334 with up to 9 years and a fine of up to SRD 100,000', () => {
    const a = s.provision('SUR/wvs/334').attributes;
    expect(a.penalty).toMatchObject({ minYears: null, maxYears: 9 });
    expect(a.penalty?.fine).toMatch(/100,000/);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
  });

  it('raises the maximum to 12 years only for victims under 16, a partial child aggravation', () => {
    const a = s.provision('SUR/wvs/334').attributes;
    expect(a.ageThresholds.map((t) => t.age)).toEqual([16]);
    expect(a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim')?.increase).toBe('up to 12 years');
    expect(s.status('crim.aggravating.child-victim')).toBe('partial');
  });

  it('rests the age-16 threshold on two independent sources and rates the child age threshold partial, not full', () => {
    const p = s.provision('SUR/wvs/334');
    const sources = [p.source.url, ...(p.source.corroboration ?? []).map((c) => c.url)];
    expect(sources.some((u) => u.includes('state.gov'))).toBe(true);
    expect(sources.some((u) => /normlex\.ilo\.org.*4397588/.test(u))).toBe(true);
    expect(s.status('def.child-under-18')).toBe('partial');
    expect(s.coverageOf('def.child-under-18').shortcoming?.en).toMatch(/16/);
  });

  it('records that the pre-2015 trafficking offence was art. 307 (ILO CEACR 2008)', () => {
    expect(s.provision('SUR/wvs/334').source.note).toMatch(/art\. 307/);
    expect(s.instrument('SUR/wvs').source.note).toMatch(/art\. 307/);
  });

  it('covers sex and labour trafficking but does not claim a means rule or child rule it could not read', () => {
    const a = s.provision('SUR/wvs/334').attributes;
    expect(a.purposes).toEqual(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour']);
    expect(a.meansRequired).toBeUndefined();
    expect(s.status('def.means-not-required')).toBe('not-assessed');
    expect(s.status('def.child-no-means')).toBe('not-assessed');
  });

  it('the 2015 revision (S.B. 2015 no. 44, Act of 30 March 2015) amends the Criminal Code, both links agreeing', () => {
    const rev = s.instrument('SUR/sb-2015-44');
    expect(rev.dates.enacted).toBe('2015-03-30');
    expect(rev.amends).toEqual(['SUR/wvs']);
    expect(s.instrument('SUR/wvs').amendedBy).toEqual(['SUR/sb-2015-44']);
    expect(s.provision('SUR/wvs/334').inForce.introducedBy).toBe('SUR/sb-2015-44');
  });

  it('does not claim victim-protection rights found only in practice or policy', () => {
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
    expect(s.status('prot.free-legal-aid')).toBe('not-assessed');
    expect(s.status('prot.compensation')).toBe('not-assessed');
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
  });
});
