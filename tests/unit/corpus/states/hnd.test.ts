import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('HND');

describe('HND corpus: verified legal facts', () => {
  it('records Honduras as a party to the Trafficking in Persons Protocol (2008)', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2008-04-01' });
    expect(s.jurisdiction.groups).toEqual(['rcm', 'sica']);
    expect(s.jurisdiction.subregion).toBe('central-america');
  });

  it('dates the 2019 Penal Code: published 10 May 2019, in force 25 June 2020, taking over from Decreto 59-2012', () => {
    expect(s.instrument('HND/cp').dates).toMatchObject({ published: '2019-05-10', inForce: '2020-06-25' });
    expect(s.instrument('HND/cp').amends).toContain('HND/dto-59-2012');
    expect(s.instrument('HND/dto-59-2012').amendedBy).toContain('HND/cp');
    expect(s.instrument('HND/dto-59-2012').status).toBe('partially-repealed');
  });

  it('punishes trafficking under Art. 219 with a reported 10 to 15 years, meeting the serious-crime threshold', () => {
    const p = s.provision('HND/cp/219');
    expect(p.attributes.penalty).toMatchObject({ minYears: 10, maxYears: 15 });
    expect(p.inForce).toMatchObject({ from: '2020-06-25', introducedBy: 'HND/cp' });
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.intentional-offence')).toBe('full');
  });

  it('names Legislative Decree 93-2021 as the amendment of Art. 219 without modelling an unread decree', () => {
    const p = s.provision('HND/cp/219');
    expect(p.digest.en).toMatch(/Decree 93-2021/);
    expect(p.source.note).toMatch(/93-2021/);
    expect(s.instrument('HND/cp').source.note).toMatch(/Legislative Decree 93-2021/);
    expect(s.instrument('HND/cp').amendedBy).toEqual([]);
    expect(p.history).toEqual([]);
  });

  it('does not claim a child rule for Art. 219 it could not confirm', () => {
    expect(s.provision('HND/cp/219').attributes.meansRequired).toBeUndefined();
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.status('def.child-under-18')).toBe('not-assessed');
  });

  it('requires means for adults since 2020: means-not-required is absent now and was full under Art. 52', () => {
    const c = s.coverageOf('def.means-not-required');
    expect(c.status).toBe('absent');
    expect(c.history).toEqual([expect.objectContaining({ until: '2020-06-25', amendedBy: 'HND/cp', status: 'full', provisions: ['HND/dto-59-2012/52'] })]);
  });

  it('keeps the repealed 2012 offence (Art. 52): no means for anyone, 10 to 15 years, a wide closed list of purposes', () => {
    const p = s.provision('HND/dto-59-2012/52');
    expect(p.status).toBe('repealed');
    expect(p.attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(p.attributes.penalty).toMatchObject({ minYears: 10, maxYears: 15 });
    expect(p.attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.forced-begging',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
        'def.purpose.forced-criminality',
      ]),
    );
  });

  it('lists the purposes of the amended Art. 219 read in one item: slavery, servitude, forced labour, begging, criminal activity (general clause only, so partial)', () => {
    expect(s.provision('HND/cp/219').attributes.purposes).toEqual([
      'def.purpose.sexual-exploitation',
      'def.purpose.forced-labour',
      'def.purpose.slavery',
      'def.purpose.servitude',
      'def.purpose.forced-begging',
      'def.purpose.forced-criminality',
    ]);
    for (const id of [
      'def.purpose.sexual-exploitation',
      'def.purpose.forced-labour',
      'def.purpose.slavery',
      'def.purpose.servitude',
      'def.purpose.forced-begging',
    ]) {
      expect(s.status(id)).toBe('full');
      expect(s.coverageOf(id).provisions).toContain('HND/cp/219');
    }
    // forcing a person to commit crimes is named in general terms only: no express clause on gangs recruiting children was read
    expect(s.status('def.purpose.forced-criminality')).toBe('partial');
    for (const id of ['def.purpose.slavery', 'def.purpose.servitude', 'def.purpose.forced-begging', 'def.purpose.forced-criminality']) {
      expect(s.coverageOf(id).history[0]).toMatchObject({ status: 'full', until: '2020-06-25', provisions: ['HND/dto-59-2012/52'] });
    }
  });

  it('keeps the purposes not found in the item read (organs, marriage, adoption) and the open list not assessed', () => {
    expect(s.elementsRatedOtherThan('not-assessed', ['def.purpose.organ-removal', 'def.purpose.forced-marriage', 'def.purpose.illegal-adoption', 'def.purpose.open-list'])).toEqual([]);
    expect(s.coverageOf('def.purpose.organ-removal').history[0]).toMatchObject({ status: 'full', until: '2020-06-25' });
  });

  it('leaves consent, the list of means, transnationality and harbouring not assessed', () => {
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
    expect(s.status('def.means.threat-force')).toBe('not-assessed');
    expect(s.status('def.no-transnationality')).toBe('not-assessed');
    expect(s.status('def.act.harbouring')).toBe('not-assessed');
    expect(s.status('def.act.recruitment')).toBe('full');
  });

  it('records smuggling (Art. 297) separately: 4 to 6 years', () => {
    expect(s.provision('HND/cp/297').attributes.penalty).toMatchObject({ minYears: 4, maxYears: 6 });
  });

  it('records the verified protection statuses', () => {
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.coverageOf('prot.witness-protection').provisions).toContain('HND/dto-63-2007/1');
    expect(s.status('prot.privacy-identity')).toBe('partial');
    expect(s.status('prot.special-needs-children')).toBe('partial');
    expect(s.status('prot.compensation')).toBe('not-assessed');
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
    expect(s.status('prot.repatriation-safe')).toBe('not-assessed');
  });

  it('limits extradition of nationals to drug trafficking, organised crime and terrorism (Const. Art. 102)', () => {
    expect(s.status('proc.extradition')).toBe('partial');
    expect(s.coverageOf('proc.extradition').provisions).toEqual(['HND/constitucion/102']);
  });

  it('does not claim UNTOC-derived elements it could not read', () => {
    expect(s.status('crim.money-laundering-predicate')).toBe('not-assessed');
    expect(s.status('crim.legal-persons')).toBe('not-assessed');
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
  });
});
