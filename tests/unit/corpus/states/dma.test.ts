import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('DMA');

describe('DMA corpus: verified legal facts', () => {
  it('records accession to the Trafficking in Persons Protocol on 17 May 2013, and CARICOM membership', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2013-05-17' });
    expect(s.jurisdiction.protocol.source.kind).toBe('secondary');
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
  });

  it('places the offence in the Transnational Organized Crime (Prevention and Control) Act, Act 13 of 2013, with no amendment recorded', () => {
    const act = s.instrument('DMA/toca-2013');
    expect(act.number).toBe('13 of 2013');
    expect(act.status).toBe('in-force');
    expect(act.amends).toEqual([]);
    expect(act.amendedBy).toEqual([]);
    expect(s.instruments).toHaveLength(1);
    for (const p of s.provisions) expect(p.history).toEqual([]);
  });

  it('punishes trafficking under s. 13 with a fine, up to 15 years or both, so the penalty element is only partial', () => {
    const a = s.provision('DMA/toca-2013/13').attributes;
    expect(a.penalty).toMatchObject({ minYears: null, maxYears: 15 });
    expect(a.penalty?.fine).toMatch(/alternative/);
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
    expect(s.coverageOf('crim.serious-crime-penalty').shortcoming?.en).toMatch(/adult victim.*fine alone/);
  });

  it('raises the penalty to life imprisonment for a child victim under s. 13, a child being anyone under 18 (s. 2)', () => {
    const a = s.provision('DMA/toca-2013/13').attributes;
    expect(a.aggravating).toHaveLength(1);
    expect(a.aggravating[0]).toMatchObject({ element: 'crim.aggravating.child-victim', increase: 'life imprisonment' });
    expect(a.ageThresholds.map((t) => t.age)).toEqual([18]);
    const def = s.provision('DMA/toca-2013/2');
    expect(def.label).toBe('s. 2');
    expect(def.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(def.attributes.elements).toEqual(['def.child-under-18']);
    expect(s.coverageOf('crim.aggravating.child-victim')).toMatchObject({
      status: 'full',
      provisions: ['DMA/toca-2013/13', 'DMA/toca-2013/2'],
    });
    expect(s.coverageOf('def.child-under-18')).toMatchObject({
      status: 'full',
      provisions: ['DMA/toca-2013/2', 'DMA/toca-2013/13'],
    });
    // Both rest on the ILO's Convention No. 182 comments of 2021 and 2024, not on the Act's text.
    expect(def.source.url).toMatch(/4117304/);
    expect(def.source.corroboration?.map((c) => c.url).join(' ')).toMatch(/4411408/);
  });

  it('requires one of the Protocol means in both limbs of s. 8, and does not claim a child rule it could not read', () => {
    for (const key of ['DMA/toca-2013/8-1', 'DMA/toca-2013/8-5']) {
      const p = s.provision(key);
      expect(p.attributes.means).toHaveLength(8);
      expect(p.attributes.meansRequired).toBeUndefined();
    }
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.coverageOf('def.child-no-means').rationale.en).toMatch(/ss\. 2, 8, 10 and 13/);
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
    expect(s.status('def.means.abuse-of-vulnerability')).toBe('not-assessed');
  });

  it('names the five Protocol acts in s. 8(5); s. 8(1) covers cross-border sexual or labour exploitation; purposes stay not assessed', () => {
    expect(s.provision('DMA/toca-2013/8-5').attributes.acts).toHaveLength(5);
    for (const act of ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt']) {
      expect(s.status(`def.act.${act}`)).toBe('full');
    }
    expect(s.provision('DMA/toca-2013/8-1').attributes.purposes).toEqual(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour']);
    expect(s.provision('DMA/toca-2013/8-5').attributes.purposes).toEqual([]);
    for (const p of ['sexual-exploitation', 'forced-labour', 'slavery', 'servitude', 'organ-removal', 'open-list']) {
      expect(s.status(`def.purpose.${p}`)).toBe('not-assessed');
    }
    expect(s.status('def.no-transnationality')).toBe('not-assessed');
    expect(s.coverageOf('def.no-transnationality').rationale.en).toMatch(/Department of Labor/);
  });

  it('lets the court order restitution to the victim, but only as a discretionary power (partial compensation)', () => {
    const c = s.coverageOf('prot.compensation');
    expect(c.status).toBe('partial');
    expect(c.provisions).toEqual(['DMA/toca-2013/13']);
    expect(c.shortcoming?.en).toMatch(/discretionary/);
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
  });

  it('rests every provision on secondary sources: Act 13 of 2013 itself was not read', () => {
    for (const p of s.provisions) {
      expect(p.source.kind).toBe('secondary');
    }
  });
});
