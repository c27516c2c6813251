import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('BOL');

describe('BOL corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol deposited on 18 May 2006, and MERCOSUR membership', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toBe('2006-05-18');
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual(['mercosur']);
  });

  it('Ley 263 of 31 July 2012 rewrote Penal Code Art. 281 bis, and both sides of the amendment link agree', () => {
    const law = s.instrument('BOL/ley-263');
    expect(law.number).toBe('263');
    expect(law.dates.enacted).toBe('2012-07-31');
    expect(law.amends).toEqual(['BOL/cp']);
    expect(s.instrument('BOL/cp').amendedBy).toContain('BOL/ley-263');
    const p = s.provision('BOL/cp/281-bis');
    expect(p.inForce).toEqual({ from: '2012-07-31', introducedBy: 'BOL/ley-263' });
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ to: '2012-07-31', amendedBy: 'BOL/ley-263' });
  });

  it('punishes trafficking with 10 to 15 years, and 15 to 20 when the victim is a child', () => {
    const a = s.provision('BOL/cp/281-bis').attributes;
    expect(a.penalty).toMatchObject({ minYears: 10, maxYears: 15 });
    const child = a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toBe('15-20 years');
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires means for adults and for children alike, so the child no-means rule is absent', () => {
    expect(s.provision('BOL/cp/281-bis').attributes.meansRequired).toEqual({ adults: true, children: true });
    expect(s.status('def.child-no-means')).toBe('absent');
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('crim.intentional-offence')).toBe('partial');
    // the list of means itself was not read: no means element is claimed
    expect(s.provision('BOL/cp/281-bis').attributes.means).toEqual([]);
    expect(s.status('def.means.deception')).toBe('not-assessed');
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('covers purposes beyond the Protocol, including illegal adoption without further exploitation', () => {
    expect(s.provision('BOL/cp/281-bis').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.illegal-adoption',
        'def.purpose.organ-removal',
      ]),
    );
    expect(s.status('def.purpose.illegal-adoption')).toBe('full');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    expect(s.status('def.purpose.slavery')).toBe('full');
    expect(s.status('def.purpose.forced-marriage')).toBe('partial');
  });

  it('makes paying a child for sexual acts an offence of 8 to 12 years (Art. 322, added by Ley 263)', () => {
    const p = s.provision('BOL/cp/322');
    expect(p.attributes.penalty).toMatchObject({ minYears: 8, maxYears: 12 });
    expect(p.inForce.introducedBy).toBe('BOL/ley-263');
    expect(s.status('crim.use-of-services')).toBe('partial');
  });

  it('punishes officials who reveal a trafficking victim’s identity with 3 to 8 years; witness protection under Ley 458 is partial', () => {
    expect(s.provision('BOL/cp/321-ter').attributes.penalty).toMatchObject({ minYears: 3, maxYears: 8 });
    expect(s.status('prot.privacy-identity')).toBe('partial');
    expect(s.coverageOf('prot.privacy-identity').provisions).toContain('BOL/cp/321-ter');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
  });

  it('has the Plurinational Council chaired by Justice (Ley 263 art. 8), rated partial', () => {
    expect(s.status('coop.coordinating-body')).toBe('partial');
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('BOL/ley-263/8');
  });
});
