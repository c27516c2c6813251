import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('BHS');

describe('BHS corpus: verified legal facts', () => {
  it('records The Bahamas as a CARICOM state in the Caribbean that ratified the Trafficking Protocol on 26 September 2008 (its entry into force, 26 October, is not the deposit)', () => {
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toBe('2008-09-26');
  });

  it('the Trafficking in Persons (Prevention and Suppression) Act is Act No. 27 of 2008, assented 9 December and in force 10 December 2008, with no amendment recorded', () => {
    const act = s.instrument('BHS/tipa-2008');
    expect(act.number).toBe('27 of 2008');
    expect(act.dates).toEqual({ enacted: '2008-12-09', inForce: '2008-12-10' });
    expect(act.status).toBe('in-force');
    expect(act.amends).toEqual([]);
    expect(act.amendedBy).toEqual([]);
    expect(s.provision('BHS/tipa-2008/3').inForce).toEqual({ from: '2008-12-10', introducedBy: 'BHS/tipa-2008' });
    expect(s.provision('BHS/tipa-2008/3').history).toEqual([]);
  });

  it('punishes trafficking (s. 3) with 3 years to life imprisonment, flagged partial because a fine may reportedly replace prison', () => {
    const a = s.provision('BHS/tipa-2008/3').attributes;
    expect(a.penalty).toMatchObject({ minYears: 3, maxYears: null, life: true });
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
  });

  it('requires means for adult victims but none for children under 18 (s. 3(4))', () => {
    const a = s.provision('BHS/tipa-2008/3').attributes;
    expect(a.meansRequired).toEqual({ adults: true, children: false });
    expect(a.means).toHaveLength(8);
    expect(a.acts).toHaveLength(5);
    expect(a.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('names commercial sexual exploitation, forced labour, slavery-like practices and servitude, but organ removal is unconfirmed', () => {
    expect(s.provision('BHS/tipa-2008/2').attributes.purposes).toEqual([
      'def.purpose.sexual-exploitation',
      'def.purpose.forced-labour',
      'def.purpose.slavery',
      'def.purpose.servitude',
    ]);
    expect(s.status('def.purpose.servitude')).toBe('full');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    expect(s.status('crim.intentional-offence')).toBe('not-assessed');
  });

  it('provides restitution, victim immunity and an immigration regime, and links victims to the Justice Protection Programme; none is rated beyond not-assessed', () => {
    for (const n of ['6', '10', '14', '13']) expect(s.provision(`BHS/tipa-2008/${n}`).status).toBe('in-force');
    expect(s.coverageOf('prot.witness-protection').provisions).toEqual(['BHS/tipa-2008/13', 'BHS/jpa-2006/9']);
    expect(s.instrument('BHS/cewaa-2011').dates.inForce).toBe('2011-11-03');
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.compensation', 'prot.non-punishment', 'prot.residence-permit', 'prot.witness-protection'])).toEqual([]);
  });

  it('covers all 102 elements and every full status cites a provision', () => {
    expect(s.coverage).toHaveLength(102);
    for (const c of s.coverage.filter((x) => x.status === 'full')) expect(c.provisions.length).toBeGreaterThan(0);
  });
});
