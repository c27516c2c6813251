import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('CHL');

describe('CHL corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol (and UNTOC) deposited on 29 November 2004', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2004-11-29' });
    expect(s.jurisdiction.untoc).toMatchObject({ status: 'party', action: 'ratification', date: '2004-11-29' });
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual([]);
  });

  it('Ley 20.507, published 8 April 2011, inserted art. 411 quáter and amended four instruments, with both sides of the links agreeing', () => {
    const law = s.instrument('CHL/ley-20507');
    expect(law.number).toBe('20.507');
    expect(law.dates).toMatchObject({ published: '2011-04-08', inForce: '2011-04-08' });
    expect(law.amends).toEqual(expect.arrayContaining(['CHL/cp', 'CHL/cpp', 'CHL/dl-1094', 'CHL/dl-2460']));
    for (const k of law.amends) expect(s.instrument(k).amendedBy).toContain('CHL/ley-20507');
    expect(s.provision('CHL/cp/411-quater').inForce).toEqual({ from: '2011-04-08', introducedBy: 'CHL/ley-20507' });
    expect(s.instrument('CHL/ley-21325').amends).toEqual(expect.arrayContaining(['CHL/dl-1094', 'CHL/ley-20393']));
    expect(s.instrument('CHL/dl-1094').status).toBe('repealed');
  });

  it('punishes trafficking with 5 years and a day to 20 years, and 10 years and a day to 20 years for a child victim', () => {
    const a = s.provision('CHL/cp/411-quater').attributes;
    expect(a.penalty).toMatchObject({ minYears: 5, maxYears: 20 });
    expect(a.penalty?.fine).toMatch(/50 to 100/);
    const child = a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toBe('10-20 years');
    expect(a.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('partial');
  });

  it('requires one of the listed means for adults but none for victims under 18; consent is not expressly addressed', () => {
    const a = s.provision('CHL/cp/411-quater').attributes;
    expect(a.meansRequired).toEqual({ adults: true, children: false });
    expect(a.means).toEqual(
      expect.arrayContaining([
        'def.means.threat-force',
        'def.means.coercion',
        'def.means.deception',
        'def.means.abuse-of-power',
        'def.means.abuse-of-vulnerability',
        'def.means.payments-to-controller',
      ]),
    );
    expect(a.means).not.toContain('def.means.abduction');
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('def.consent-irrelevant')).toBe('partial');
    expect(s.status('def.means.abduction')).toBe('partial');
  });

  it('lists a closed set of purposes: sexual exploitation incl. pornography, forced labour or services, servitude, slavery, organ removal', () => {
    expect(s.provision('CHL/cp/411-quater').attributes.purposes.slice().sort()).toEqual(
      [
        'def.purpose.child-pornography',
        'def.purpose.forced-labour',
        'def.purpose.organ-removal',
        'def.purpose.servitude',
        'def.purpose.sexual-exploitation',
        'def.purpose.slavery',
      ].sort(),
    );
    expect(s.status('def.purpose.open-list')).toBe('absent');
    expect(s.status('def.purpose.forced-begging')).toBe('absent');
    expect(s.status('def.purpose.forced-marriage')).toBe('absent');
    expect(s.status('def.purpose.tissues-fluids')).toBe('absent');
  });

  it('before Ley 20.507 only cross-border movement for prostitution was punished (art. 367 bis, repealed in 2011)', () => {
    const old = s.provision('CHL/cp/367-bis');
    expect(old.status).toBe('repealed');
    expect(old.history).toHaveLength(1);
    expect(old.history[0]).toMatchObject({ to: '2011-04-08', amendedBy: 'CHL/ley-20507' });
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.coverageOf('def.no-transnationality').history[0]).toMatchObject({ until: '2011-04-08', status: 'absent' });
    expect(s.coverageOf('def.purpose.forced-labour').history[0]).toMatchObject({ until: '2011-04-08', status: 'absent' });
  });

  it('protects trafficking victims in criminal proceedings (CPP art. 78 bis); residence moved from DL 1.094 (six months, 2011) to Ley 21.325 in 2022', () => {
    expect(s.provision('CHL/cpp/78-bis').inForce).toEqual({ from: '2011-04-08', introducedBy: 'CHL/ley-20507' });
    expect(s.status('prot.physical-safety')).toBe('partial');
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.coverageOf('prot.residence-permit').provisions).toContain('CHL/ley-21325/13');
    expect(s.coverageOf('prot.residence-permit').history[0]).toMatchObject({ until: '2022-02-12', amendedBy: 'CHL/ley-21325', status: 'partial' });
    expect(s.provision('CHL/dl-1094/33-bis').status).toBe('repealed');
  });

  it('covers attempt, participation, laundering and special investigative techniques; legal persons only partly', () => {
    expect(s.status('crim.attempt')).toBe('full');
    expect(s.status('crim.accomplice')).toBe('full');
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.status('proc.special-investigative-techniques')).toBe('full');
    expect(s.status('crim.legal-persons')).toBe('partial');
  });
});
