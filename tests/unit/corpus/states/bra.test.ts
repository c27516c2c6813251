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

  it('reaches accomplices and organisers through the Penal Code general part (arts. 29 and 62 I)', () => {
    expect(s.status('crim.accomplice')).toBe('full');
    expect(s.coverageOf('crim.accomplice').provisions).toEqual(['BRA/cp/29']);
    expect(s.status('crim.organizing-directing')).toBe('full');
    expect(s.coverageOf('crim.organizing-directing').provisions).toEqual(expect.arrayContaining(['BRA/cp/29', 'BRA/cp/62']));
  });

  it('punishes bribery with 2 to 12 years and witness bribery and coercion in proceedings with imprisonment', () => {
    expect(s.provision('BRA/cp/317').attributes.penalty).toMatchObject({ minYears: 2, maxYears: 12 });
    expect(s.provision('BRA/cp/333').attributes.penalty).toMatchObject({ minYears: 2, maxYears: 12 });
    expect(s.provision('BRA/cp/343').attributes.penalty).toMatchObject({ minYears: 3, maxYears: 4 });
    expect(s.provision('BRA/cp/344').attributes.penalty).toMatchObject({ minYears: 1, maxYears: 4 });
    expect(s.status('crim.corruption')).toBe('full');
    expect(s.status('crim.obstruction-of-justice')).toBe('full');
  });

  it('applies the ubiquity rule at home but makes jurisdiction over offences abroad conditional (CP arts. 5-7)', () => {
    expect(s.status('crim.jurisdiction-territorial')).toBe('partial');
    expect(s.coverageOf('crim.jurisdiction-territorial').provisions).toEqual(expect.arrayContaining(['BRA/cp/5-6', 'BRA/cp/7']));
    expect(s.status('crim.jurisdiction-nationality')).toBe('partial');
    expect(s.coverageOf('crim.jurisdiction-nationality').provisions).toContain('BRA/cp/7');
  });

  it('gives trafficking investigators data and location powers inserted in the CPP by Lei 13.344', () => {
    expect(s.instrument('BRA/lei-13344-2016').amends).toContain('BRA/cpp');
    expect(s.instrument('BRA/cpp').amendedBy).toContain('BRA/lei-13344-2016');
    for (const key of ['BRA/cpp/13-a', 'BRA/cpp/13-b']) {
      expect(s.provision(key).inForce.introducedBy).toBe('BRA/lei-13344-2016');
    }
    expect(s.status('proc.special-investigative-techniques')).toBe('partial');
    expect(s.status('proc.cooperating-offenders')).toBe('partial');
  });

  it('extradites for trafficking but never surrenders Brazilians by birth (Migration Law arts. 81-84)', () => {
    expect(s.status('proc.extradition')).toBe('partial');
    expect(s.coverageOf('proc.extradition').provisions).toEqual(['BRA/lei-13445-2017/81-84']);
    expect(s.provision('BRA/lei-13445-2017/30').source.kind).toBe('official');
  });

  it('lets victims follow and take part in proceedings and testify safely (CPP arts. 201, 217, 268-273; Lei 9.807)', () => {
    expect(s.status('prot.views-in-proceedings')).toBe('partial');
    expect(s.coverageOf('prot.information-proceedings').provisions).toContain('BRA/cpp/201');
    expect(s.coverageOf('prot.witness-protection').provisions).toEqual(
      expect.arrayContaining(['BRA/lei-9807-1999/5-11', 'BRA/cpp/217']),
    );
    expect(s.status('prot.physical-safety')).toBe('partial');
    expect(s.status('prot.counselling-language')).toBe('partial');
    expect(s.status('proc.evidence-without-victim')).toBe('not-assessed');
  });
});
