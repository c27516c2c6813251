import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('BRA');

describe('BRA corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol, deposited on 29 January 2004', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2004-01-29' });
    expect(s.jurisdiction.officialNames.pt).toBe('República Federativa do Brasil');
    expect(s.jurisdiction.groups).toEqual(['mercosur']);
  });

  it('punishes trafficking (Penal Code art. 149-A) with 4 to 8 years, raised by 1/3 to 1/2 for child victims', () => {
    const a = s.provision('BRA/cp/149-a').attributes;
    expect(a.penalty).toMatchObject({ minYears: 4, maxYears: 8 });
    const child = a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toBe('+1/3 to +1/2');
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires one of five means for adults and children alike, so child trafficking without means is not covered', () => {
    const a = s.provision('BRA/cp/149-a').attributes;
    expect(a.meansRequired).toEqual({ adults: true, children: true });
    expect(a.means).not.toContain('def.means.payments-to-controller');
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('absent');
    expect(s.status('def.means.payments-to-controller')).toBe('absent');
    expect(s.status('def.consent-irrelevant')).toBe('absent');
    expect(s.provision('BRA/eca/244-a').attributes.penalty).toMatchObject({ minYears: 4, maxYears: 10 });
  });

  it('lists a closed set of five purposes: organs and tissues, slave-like labour, servitude, illegal adoption, sexual exploitation', () => {
    expect(s.provision('BRA/cp/149-a').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.organ-removal',
        'def.purpose.tissues-fluids',
        'def.purpose.forced-labour',
        'def.purpose.servitude',
        'def.purpose.illegal-adoption',
        'def.purpose.sexual-exploitation',
      ]),
    );
    expect(s.status('def.purpose.open-list')).toBe('absent');
    expect(s.status('def.purpose.forced-marriage')).toBe('absent');
    expect(s.status('def.purpose.illegal-adoption')).toBe('full');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('Lei 13.344/2016 inserted art. 149-A and repealed the sexual-exploitation-only offences of arts. 231 and 231-A', () => {
    const law = s.instrument('BRA/lei-13344-2016');
    expect(law.dates).toMatchObject({ enacted: '2016-10-06', published: '2016-10-07' });
    expect(law.amends).toEqual(expect.arrayContaining(['BRA/cp', 'BRA/lei-6815-1980']));
    expect(s.instrument('BRA/cp').amendedBy).toContain('BRA/lei-13344-2016');
    expect(s.provision('BRA/cp/149-a').inForce.introducedBy).toBe('BRA/lei-13344-2016');
    for (const key of ['BRA/cp/231', 'BRA/cp/231-a']) {
      const p = s.provision(key);
      expect(p.status).toBe('repealed');
      expect(p.history[0]).toMatchObject({ amendedBy: 'BRA/lei-13344-2016' });
      expect(p.history[0].attributes.purposes).toEqual(['def.purpose.sexual-exploitation']);
    }
    expect(s.coverageOf('def.purpose.forced-labour').history[0]).toMatchObject({ status: 'absent', amendedBy: 'BRA/lei-13344-2016' });
    expect(s.coverageOf('def.child-no-means').history[0]).toMatchObject({ status: 'partial', amendedBy: 'BRA/lei-13344-2016' });
  });

  it('promises care regardless of nationality or cooperation, and moved victim residence from the Aliens Statute to the Migration Law', () => {
    expect(s.status('prot.assistance-unconditional')).toBe('full');
    expect(s.coverageOf('prot.assistance-unconditional').provisions).toEqual(['BRA/lei-13344-2016/2']);
    expect(s.provision('BRA/lei-13344-2016/6').attributes.elements).toEqual(
      expect.arrayContaining(['prot.housing', 'prot.privacy-identity', 'prev.revictimization']),
    );
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.coverageOf('prot.residence-permit').history[0]).toMatchObject({ amendedBy: 'BRA/lei-13445-2017' });
    expect(s.instrument('BRA/lei-6815-1980')).toMatchObject({ status: 'repealed' });
    expect(s.instrument('BRA/lei-6815-1980').amendedBy).toEqual(['BRA/lei-13344-2016', 'BRA/lei-13445-2017']);
  });

  it('treats the proceeds of any offence as laundering predicates, and lets judges freeze and forfeit trafficking assets', () => {
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.status('proc.seizure-freezing')).toBe('partial');
    expect(s.status('proc.confiscation')).toBe('partial');
    expect(s.status('crim.legal-persons')).toBe('not-assessed');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
  });
});
