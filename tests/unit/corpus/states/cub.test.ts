import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('CUB');

describe('CUB corpus: verified legal facts', () => {
  it('records accession to the Trafficking in Persons Protocol, deposited on 20 June 2013, and no group membership', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2013-06-20' });
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual([]);
  });

  it('the 2022 Penal Code (Ley 151) replaced the 1987 Code (Ley 62): published 1 September 2022, in force 1 December 2022', () => {
    const code = s.instrument('CUB/ley-151');
    expect(code.number).toBe('151/2022');
    expect(code.dates).toMatchObject({ published: '2022-09-01', inForce: '2022-12-01' });
    expect(code.amends).toEqual(['CUB/ley-62']);
    expect(s.instrument('CUB/ley-62')).toMatchObject({ status: 'repealed', amendedBy: ['CUB/ley-151'] });
    expect(s.provision('CUB/ley-151/363').inForce).toEqual({ from: '2022-12-01', introducedBy: 'CUB/ley-151' });
    expect(s.provision('CUB/ley-62/302').status).toBe('repealed');
  });

  it('punishes trafficking under Art. 363 with 7 to 15 years (4 to 10 under the old Art. 302), above the serious-crime threshold', () => {
    expect(s.provision('CUB/ley-151/363').attributes.penalty).toMatchObject({ minYears: 7, maxYears: 15 });
    expect(s.provision('CUB/ley-62/302').attributes.penalty).toMatchObject({ minYears: 4, maxYears: 10 });
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
  });

  it('makes threat, coercion, violence, deception and abuse of vulnerability elements for adults since 2022; the 1987 Art. 302 required no means', () => {
    const a = s.provision('CUB/ley-151/363').attributes;
    expect(a.means).toEqual(
      expect.arrayContaining(['def.means.threat-force', 'def.means.coercion', 'def.means.deception', 'def.means.abuse-of-vulnerability']),
    );
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.coverageOf('def.means-not-required').history[0]).toMatchObject({
      until: '2022-12-01',
      amendedBy: 'CUB/ley-151',
      status: 'full',
    });
    expect(s.provision('CUB/ley-62/302').attributes.meansRequired).toEqual({ adults: false, children: false });
  });

  it('names all five Protocol acts; recruitment, transport and receipt were only partly covered before 2022', () => {
    expect(s.provision('CUB/ley-151/363').attributes.acts).toHaveLength(5);
    for (const act of ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt']) {
      expect(s.status(`def.act.${act}`)).toBe('full');
    }
    expect(s.coverageOf('def.act.recruitment').history[0]).toMatchObject({ until: '2022-12-01', status: 'partial' });
  });

  it('covers sexual and labour exploitation; slavery, servitude, organs, consent and the child rule stay not assessed', () => {
    expect(s.provision('CUB/ley-151/363').attributes.purposes).toEqual([
      'def.purpose.sexual-exploitation',
      'def.purpose.forced-labour',
    ]);
    expect(s.coverageOf('def.purpose.forced-labour').history[0]).toMatchObject({ status: 'partial' });
    expect(s.elementsRatedOtherThan('not-assessed', ['def.purpose.slavery', 'def.purpose.servitude', 'def.purpose.organ-removal', 'def.consent-irrelevant', 'def.child-no-means'])).toEqual([]);
    expect(s.provision('CUB/ley-151/363').attributes.meansRequired).toBeUndefined();
    expect(s.coverageOf('def.child-under-18').history[0]).toMatchObject({ status: 'partial', provisions: ['CUB/ley-62/310', 'CUB/ley-62/316'] });
  });

  it('gives victims procedural rights under Art. 141 of Ley 143 (in force 1 January 2022), but no assistance right is claimed', () => {
    expect(s.instrument('CUB/ley-143').dates.inForce).toBe('2022-01-01');
    expect(s.status('prot.information-proceedings')).toBe('partial');
    expect(s.status('prot.views-in-proceedings')).toBe('partial');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.coverageOf('prot.views-in-proceedings').provisions).toContain('CUB/ley-143/141');
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.housing', 'prot.medical-psychological', 'prot.non-punishment', 'prot.residence-permit', 'prot.compensation'])).toEqual([]);
  });
});
