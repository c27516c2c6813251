import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('GTM');

describe('GTM corpus: verified legal facts', () => {
  it('records the accession to the Trafficking in Persons Protocol on 1 April 2004', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2004-04-01' });
  });

  it('Art. 202 Ter was inserted into the Penal Code by Decreto 9-2009, which amends the Code', () => {
    expect(s.provision('GTM/cp/202-ter').inForce.introducedBy).toBe('GTM/dto-9-2009');
    expect(s.instrument('GTM/dto-9-2009').amends).toContain('GTM/cp');
    expect(s.instrument('GTM/cp').amendedBy).toContain('GTM/dto-9-2009');
  });

  it('punishes trafficking with 8 to 18 years and a fine of 300,000-500,000 quetzales', () => {
    const { penalty } = s.provision('GTM/cp/202-ter').attributes;
    expect(penalty).toMatchObject({ minYears: 8, maxYears: 18 });
    expect(penalty?.fine).toContain('300,000-500,000 quetzales');
  });

  it('requires no means, for adults or for children', () => {
    const a = s.provision('GTM/cp/202-ter').attributes;
    expect(a.meansRequired).toEqual({ adults: false, children: false });
    expect(a.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
  });

  it('covers all five Protocol acts', () => {
    expect(s.provision('GTM/cp/202-ter').attributes.acts).toEqual(
      expect.arrayContaining(['def.act.recruitment', 'def.act.transportation', 'def.act.transfer', 'def.act.harbouring', 'def.act.receipt']),
    );
  });

  it('lists the Protocol purposes and the wider national ones', () => {
    expect(s.provision('GTM/cp/202-ter').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.forced-begging',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
        'def.purpose.child-pornography',
      ]),
    );
    expect(s.status('def.purpose.open-list')).toBe('partial');
    expect(s.status('def.purpose.forced-criminality')).toBe('partial');
  });

  it('needs no border crossing and no organised group', () => {
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('leaves consent irrelevance not assessed: the express clause was not confirmed', () => {
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('raises trafficking penalties by one third for the Art. 204 circumstances, including public officials', () => {
    const ag = s.provision('GTM/cp/204').attributes.aggravating;
    expect(ag.every((g) => g.increase === '+1/3')).toBe(true);
    expect(ag.map((g) => g.element)).toContain('crim.aggravating.public-official');
    expect(s.status('crim.aggravating.public-official')).toBe('full');
  });

  it('aggravates by the age of the victim only in Art. 202 Quáter (under 14 and under 10)', () => {
    const a = s.provision('GTM/cp/202-quater').attributes;
    expect(a.penalty).toMatchObject({ minYears: 6, maxYears: 8 });
    expect(a.ageThresholds.map((t) => t.age)).toEqual([14, 10]);
    expect(a.aggravating.map((g) => g.increase)).toEqual([expect.stringContaining('+2/3'), expect.stringContaining('x2')]);
    expect(s.status('crim.aggravating.child-victim')).toBe('partial');
    expect(s.status('crim.use-of-services')).toBe('full');
  });

  it('meets the serious-crime threshold and holds legal persons liable', () => {
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.legal-persons')).toBe('full');
  });

  it('records the verified victim-protection statuses', () => {
    expect(s.status('prot.privacy-identity')).toBe('full');
    expect(s.status('prev.revictimization')).toBe('full');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.status('prot.compensation')).toBe('partial');
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
    expect(s.status('prot.repatriation-safe')).toBe('not-assessed');
  });

  it('has SVET as the coordinating body created by law', () => {
    expect(s.status('coop.coordinating-body')).toBe('full');
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('GTM/dto-9-2009/4');
  });

  it('does not claim a money-laundering predicate it could not read', () => {
    expect(s.status('crim.money-laundering-predicate')).toBe('not-assessed');
  });
});
