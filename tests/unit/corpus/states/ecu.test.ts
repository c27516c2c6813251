import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('ECU');

describe('ECU corpus: verified legal facts', () => {
  it('records Ecuador as a party to the Trafficking in Persons Protocol by ratification, in South America with no group', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2002-09-17' });
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual([]);
  });

  it('the COIP was published on 10 February 2014 and took effect on 10 August 2014; its 2019 reform took effect on 21 June 2020', () => {
    expect(s.instrument('ECU/coip').dates).toEqual({ published: '2014-02-10', inForce: '2014-08-10' });
    const reform = s.instrument('ECU/ley-reformatoria-coip-2019');
    expect(reform.dates).toEqual({ published: '2019-12-24', inForce: '2020-06-21' });
    expect(reform.amends).toEqual(['ECU/coip']);
    expect(s.instrument('ECU/coip').amendedBy).toContain('ECU/ley-reformatoria-coip-2019');
  });

  it('punishes trafficking with 13 to 16 years, 16 to 19 for child victims, 19 to 22 for serious harm and 22 to 26 for death', () => {
    const a = s.provision('ECU/coip/92').attributes;
    expect(a.penalty).toMatchObject({ minYears: 13, maxYears: 16 });
    expect(a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim')?.increase).toBe('16-19 years');
    expect(a.aggravating.filter((g) => g.element === 'crim.aggravating.serious-harm').map((g) => g.increase)).toEqual(['19-22 years', '22-26 years']);
    expect(a.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('required no means for anyone until the 2020 amendment, which made means an element for adults and children alike', () => {
    const p = s.provision('ECU/coip/91');
    expect(p.inForce).toEqual({ from: '2020-06-21', introducedBy: 'ECU/ley-reformatoria-coip-2019' });
    expect(p.attributes.meansRequired).toEqual({ adults: true, children: true });
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ from: '2014-08-10', to: '2020-06-21', amendedBy: 'ECU/ley-reformatoria-coip-2019' });
    expect(p.history[0].attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(p.history[0].attributes.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.coverageOf('def.means-not-required').history[0]).toMatchObject({ until: '2020-06-21', status: 'full' });
    expect(s.status('def.child-no-means')).toBe('absent');
    expect(s.coverageOf('def.child-no-means').history[0]).toMatchObject({ until: '2020-06-21', status: 'full' });
  });

  it('names all five Protocol acts and applies inside the country or across borders, with no group required', () => {
    expect(s.provision('ECU/coip/91').attributes.acts).toEqual([
      'def.act.recruitment',
      'def.act.transportation',
      'def.act.transfer',
      'def.act.harbouring',
      'def.act.receipt',
    ]);
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('defines exploitation with an open list that goes beyond the Protocol but does not name slavery', () => {
    expect(s.provision('ECU/coip/91').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.organ-removal',
        'def.purpose.open-list',
        'def.purpose.forced-begging',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
        'def.purpose.forced-criminality',
        'def.purpose.tissues-fluids',
      ]),
    );
    expect(s.provision('ECU/coip/91').attributes.purposes).not.toContain('def.purpose.slavery');
    expect(s.status('def.purpose.open-list')).toBe('full');
    expect(s.status('def.purpose.slavery')).toBe('partial');
    expect(s.status('def.purpose.servitude')).toBe('partial');
  });

  it('does not claim victim-protection, consent or procedural rules it could not read', () => {
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
    expect(s.status('crim.legal-persons')).toBe('not-assessed');
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.residence-permit', 'prot.compensation', 'coop.coordinating-body'])).toEqual([]);
    expect(s.instrument('ECU/lomh').dates).toEqual({ enacted: '2017-01-28', published: '2017-02-06' });
  });

  it('shields trafficking victims from punishment under Art. 93, but only criminal liability is shown', () => {
    const p = s.provision('ECU/coip/93');
    expect(p.attributes.elements).toEqual(['prot.non-punishment']);
    expect(p.inForce).toEqual({ from: '2014-08-10' });
    expect(p.source.kind).toBe('secondary');
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.coverageOf('prot.non-punishment').provisions).toEqual(['ECU/coip/93']);
  });

  it('has a prosecutor-led victim and witness protection system (Constitution Art. 198, COIP Arts. 445-447) whose measures were not read', () => {
    expect(s.instrument('ECU/constitucion').type).toBe('constitution');
    expect(s.provision('ECU/constitucion/198').attributes.elements).toEqual(['prot.witness-protection']);
    expect(s.provision('ECU/coip/445').label).toBe('Arts. 445-447');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.coverageOf('prot.witness-protection').provisions).toEqual(['ECU/constitucion/198', 'ECU/coip/445']);
  });

  it('punishes forced labour separately with 10 to 13 years (Art. 105)', () => {
    expect(s.provision('ECU/coip/105').attributes.penalty).toMatchObject({ minYears: 10, maxYears: 13 });
    expect(s.status('crim.related-offences')).toBe('partial');
  });

  it('dates the COIP reform to Registro Oficial 107-S of 24 December 2019, corroborated by the ILO', () => {
    const reform = s.instrument('ECU/ley-reformatoria-coip-2019');
    expect(reform.source.corroboration?.some((c) => c.url.includes('3956171'))).toBe(true);
  });
});
