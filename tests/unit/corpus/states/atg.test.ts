import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('ATG');

describe('ATG corpus: verified legal facts', () => {
  it('records Antigua and Barbuda as party to the Trafficking in Persons Protocol by accession deposited on 17 February 2010, in CARICOM', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2010-02-17' });
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.subregion).toBe('caribbean');
  });

  it('the 2010 Act is No. 12 of 2010, gazetted on 11 November 2010, amended in 2015, 2018 and 2019 with both sides of the links agreeing', () => {
    const act = s.instrument('ATG/tipa-2010');
    expect(act.number).toBe('No. 12 of 2010');
    expect(act.dates.published).toBe('2010-11-11');
    const amendments = ['ATG/tipa-amend-2015', 'ATG/tipa-amend-2018', 'ATG/tipa-amend-2019'];
    expect(act.amendedBy).toEqual(amendments);
    for (const key of amendments) expect(s.instrument(key).amends).toEqual(['ATG/tipa-2010']);
  });

  it('since 2018 punishes trafficking on indictment with up to 20 years and a fine of up to EC$400,000, cumulatively', () => {
    const p = s.provision('ATG/tipa-2010/13');
    expect(p.attributes.penalty).toMatchObject({ minYears: null, maxYears: 20 });
    expect(p.attributes.penalty?.fine).toContain('400,000');
    expect(p.inForce.introducedBy).toBe('ATG/tipa-amend-2018');
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.accomplice')).toBe('full');
  });

  it('raises the maximum to 25 years for child victims but does not claim a child rule or means requirement it could not read', () => {
    const child = s.provision('ATG/tipa-2010/15').attributes;
    expect(child.penalty).toMatchObject({ maxYears: 25 });
    expect(child.aggravating[0]).toMatchObject({ element: 'crim.aggravating.child-victim', increase: 'up to 25 years' });
    expect(s.provision('ATG/tipa-2010/13').attributes.meansRequired).toBeUndefined();
    expect(s.elementsRatedOtherThan('not-assessed', ['def.means-not-required', 'def.child-no-means', 'def.child-under-18', 'crim.aggravating.child-victim'])).toEqual([]);
  });

  it('defines exploitation as sexual exploitation, forced labour, slavery and similar practices, servitude, illegal activity and organ removal', () => {
    expect(s.provision('ATG/tipa-2010/2').attributes.purposes).toEqual([
      'def.purpose.sexual-exploitation',
      'def.purpose.forced-labour',
      'def.purpose.slavery',
      'def.purpose.servitude',
      'def.purpose.organ-removal',
      'def.purpose.forced-criminality',
    ]);
    expect(s.elementsRatedOtherThan('full', ['def.purpose.sexual-exploitation', 'def.purpose.forced-labour', 'def.purpose.slavery', 'def.purpose.servitude', 'def.purpose.organ-removal'])).toEqual([]);
    expect(s.status('def.purpose.forced-criminality')).toBe('partial');
  });

  it('punishes knowingly benefiting from trafficking, and leaves the unread immunity and consent sections not assessed', () => {
    expect(s.status('crim.use-of-services')).toBe('partial');
    expect(s.coverageOf('prot.non-punishment')).toMatchObject({ status: 'not-assessed', provisions: ['ATG/tipa-2010/28'] });
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
  });

  it('treats the s. 2 list of exploitative purposes as closed (partial open-list) and records debt bondage as a separate offence (partial related offences)', () => {
    const open = s.coverageOf('def.purpose.open-list');
    expect(open).toMatchObject({ status: 'partial', provisions: ['ATG/tipa-2010/2'] });
    expect(open.shortcoming?.en).toMatch(/closed/);
    expect(s.coverageOf('crim.related-offences')).toMatchObject({ status: 'partial', provisions: ['ATG/tipa-2010/17'] });
    expect(s.provision('ATG/tipa-2010/17').attributes.elements).toEqual(['crim.related-offences']);
  });

  it('cites s. 14 (directing, conspiring, inciting) for organizers without claiming its unread penalty, and dates the s. 24(1) advertising offence to 2018', () => {
    expect(s.provision('ATG/tipa-2010/14').attributes.elements).toEqual(['crim.organizing-directing']);
    expect(s.coverageOf('crim.organizing-directing')).toMatchObject({ status: 'not-assessed', provisions: ['ATG/tipa-2010/14'] });
    const s24 = s.provision('ATG/tipa-2010/24');
    expect(s24.inForce.introducedBy).toBe('ATG/tipa-amend-2018');
    expect(s24.attributes.penalty).toBeUndefined();
  });
});
