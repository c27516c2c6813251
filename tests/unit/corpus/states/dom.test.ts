import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('DOM');

describe('DOM corpus: verified legal facts', () => {
  it('records the Dominican Republic as a party to the Trafficking in Persons Protocol by ratification deposited on 5 February 2008, in the caribbean, RCM and SICA', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2008-02-05' });
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['rcm', 'sica']);
  });

  it('Ley 137-03 is dated 7 August 2003, published 8 October 2003, and is amended by the 2024 reform on both sides of the link', () => {
    const law = s.instrument('DOM/ley-137-03');
    expect(law.number).toBe('137-03');
    expect(law.dates).toMatchObject({ enacted: '2003-08-07', published: '2003-10-08' });
    expect(law.amendedBy).toEqual(['DOM/ley-reforma-137-03-2024']);
    expect(s.instrument('DOM/ley-reforma-137-03-2024').amends).toEqual(['DOM/ley-137-03']);
    expect(s.provision('DOM/ley-137-03/3').inForce.introducedBy).toBe('DOM/ley-reforma-137-03-2024');
    expect(s.provision('DOM/ley-137-03/3-1').inForce.introducedBy).toBe('DOM/ley-reforma-137-03-2024');
  });

  it('punishes trafficking with 10 to 20 years, and 20 to 30 years when the victim is a child, disabled or vulnerable', () => {
    const a = s.provision('DOM/ley-137-03/3-1').attributes;
    expect(a.penalty).toMatchObject({ minYears: 10, maxYears: 20 });
    const child = a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toMatch(/^20-30 years/);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires means for adult victims but none for children, and declares consent no defence', () => {
    const p = s.provision('DOM/ley-137-03/3');
    expect(p.attributes.meansRequired).toEqual({ adults: true, children: false });
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.consent-irrelevant')).toBe('full');
    expect(s.provision('DOM/ley-136-03/25').attributes.penalty).toMatchObject({ minYears: 20, maxYears: 30 });
  });

  it('names the five acts and the Protocol purposes plus begging, servile marriage, irregular adoption and pornography', () => {
    const a = s.provision('DOM/ley-137-03/3').attributes;
    expect(a.acts).toHaveLength(5);
    expect(a.purposes).toEqual(
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
    expect(s.status('def.purpose.forced-marriage')).toBe('partial');
    expect(s.status('def.purpose.open-list')).toBe('not-assessed');
  });

  it('makes legal persons criminally liable, makes trafficking a laundering predicate, and needs neither a border crossing nor an organised group', () => {
    expect(s.status('crim.legal-persons')).toBe('full');
    expect(s.coverageOf('crim.legal-persons').provisions).toEqual(['DOM/ley-137-03/4']);
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.instrument('DOM/ley-74-25').type).toBe('code');
    expect(s.status('crim.attempt')).toBe('not-assessed');
  });

  it('has a coordinating commission created only by decree, and does not claim victim-protection rules it could not read', () => {
    expect(s.status('coop.coordinating-body')).toBe('partial');
    expect(s.instrument('DOM/dto-575-07').type).toBe('decree');
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.compensation', 'prot.non-punishment', 'prot.residence-permit', 'prot.repatriation-safe', 'prot.witness-protection'])).toEqual([]);
  });

  it('rests the child-sale offence of Article 25 of the Child Code on the ILO CEACR as well as the TIP Reports', () => {
    const src = s.provision('DOM/ley-136-03/25').source;
    const urls = (src.corroboration ?? []).map((c) => c.url);
    expect(urls.some((u) => u.includes('ilo.org'))).toBe(true);
    expect(urls.some((u) => u.includes('state.gov'))).toBe(true);
    expect(s.provision('DOM/ley-136-03/25').attributes.meansRequired).toEqual({ adults: false, children: false });
  });
});
