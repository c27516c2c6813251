import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('NIC');

describe('NIC corpus: verified legal facts', () => {
  it('records Nicaragua as bound by the Trafficking in Persons Protocol since October 2004', () => {
    expect(s.jurisdiction.protocol.status).toBe('party');
    expect(s.jurisdiction.protocol.date).toMatch(/^2004-10-/);
    expect(s.jurisdiction.groups).toEqual(['rcm', 'sica']);
    expect(s.jurisdiction.subregion).toBe('central-america');
  });

  it('Ley 896, the Law against Trafficking in Persons, was approved on 28 January 2015, published on 25 February 2015 and rewrote Art. 182 of the Penal Code', () => {
    const law = s.instrument('NIC/ley-896');
    expect(law.number).toBe('896');
    expect(law.dates).toEqual({ enacted: '2015-01-28', published: '2015-02-25' });
    expect(law.amends).toEqual(['NIC/cp']);
    expect(s.instrument('NIC/cp').amendedBy).toEqual(['NIC/ley-896']);
    expect(s.instrument('NIC/cp').dates.enacted).toBe('2007-11-13');
    expect(s.provision('NIC/cp/182').inForce).toEqual({ introducedBy: 'NIC/ley-896' });
  });

  it('the 2008 wording of Art. 182 punished trafficking with 7 to 10 years, and 10 to 12 when the victim was under 18', () => {
    const [v2008] = s.provision('NIC/cp/182').history;
    expect(s.provision('NIC/cp/182').history).toHaveLength(1);
    expect(v2008).toMatchObject({ to: '2015-02-25', amendedBy: 'NIC/ley-896' });
    expect(v2008.attributes.penalty).toMatchObject({ minYears: 7, maxYears: 10 });
    expect(v2008.attributes.aggravating.find((g) => g.element === 'crim.aggravating.child-victim')?.increase).toBe('10-12 years');
    expect(v2008.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(v2008.attributes.purposes).toEqual(['def.purpose.sexual-exploitation', 'def.purpose.slavery', 'def.purpose.illegal-adoption']);
    expect(s.coverageOf('crim.serious-crime-penalty').history[0]).toMatchObject({ until: '2015-02-25', status: 'full' });
  });

  it('does not claim the current penalty, means rule, consent rule or child rule, which could not be read', () => {
    const a = s.provision('NIC/cp/182').attributes;
    expect(a.penalty).toBeUndefined();
    expect(a.meansRequired).toBeUndefined();
    expect(a.means).toEqual([]);
    expect(s.elementsRatedOtherThan('not-assessed', ['crim.serious-crime-penalty', 'def.means-not-required', 'def.means.deception', 'def.consent-irrelevant', 'def.child-no-means', 'def.child-under-18'])).toEqual([]);
  });

  it('the current Art. 182 covers recruitment, transport and harbouring, for sexual exploitation, inside or outside the country', () => {
    expect(s.elementsRatedOtherThan('full', ['def.act.recruitment', 'def.act.transportation', 'def.act.harbouring', 'def.purpose.sexual-exploitation', 'def.no-transnationality'])).toEqual([]);
    expect(s.provision('NIC/cp/182').attributes.purposes).toEqual(
      expect.arrayContaining(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour', 'def.purpose.organ-removal']),
    );
    expect(s.status('def.act.receipt')).toBe('not-assessed');
    expect(s.coverageOf('def.act.receipt').history[0]).toMatchObject({ status: 'full', amendedBy: 'NIC/ley-896' });
  });

  it('Ley 896 reaches internal trafficking and foreign victims whatever their migration status, but victim-protection measures are not assessed', () => {
    expect(s.provision('NIC/ley-896/1').attributes.elements).toContain('def.no-transnationality');
    expect(s.coverageOf('def.no-transnationality').provisions).toEqual(['NIC/cp/182', 'NIC/ley-896/1']);
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.witness-protection', 'prot.residence-permit', 'prot.non-punishment', 'prot.compensation', 'prot.repatriation-safe'])).toEqual([]);
  });

  it('Ley 896 creates the National Coalition and a dedicated fund, whose details were not read', () => {
    expect(s.coverageOf('coop.coordinating-body').provisions).toEqual(['NIC/ley-896/coalicion']);
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
    expect(s.coverageOf('coop.dedicated-funding').provisions).toEqual(['NIC/ley-896/fondo']);
    expect(s.status('coop.dedicated-funding')).toBe('not-assessed');
  });
});
