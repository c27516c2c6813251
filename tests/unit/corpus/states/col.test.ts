import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('COL');

describe('COL corpus: verified legal facts', () => {
  it('records Colombia as a party to the Trafficking Protocol by ratification, approved by Ley 800 of 13 March 2003', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toBe('2004-08-04');
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual([]);
    const approval = s.instrument('COL/ley-800-2003');
    expect(approval.dates).toMatchObject({ enacted: '2003-03-13', published: '2003-03-18' });
  });

  it('punishes trafficking (Penal Code Art. 188A) with 13 to 23 years and a fine of 800 to 1,500 monthly minimum wages', () => {
    const a = s.provision('COL/cp/188a').attributes;
    expect(a.penalty).toMatchObject({ minYears: 13, maxYears: 23 });
    expect(a.penalty?.fine).toMatch(/800 to 1,500/);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
  });

  it('requires no means for adults or children, so every means element and the child rule are covered', () => {
    const p = s.provision('COL/cp/188a');
    expect(p.attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(p.attributes.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
    for (const m of ['threat-force', 'coercion', 'abduction', 'fraud', 'deception', 'abuse-of-power', 'abuse-of-vulnerability', 'payments-to-controller']) {
      expect(s.status(`def.means.${m}`)).toBe('full');
    }
    expect(s.status('def.child-under-18')).toBe('not-assessed');
  });

  it('covers recruiting, moving, harbouring and receiving, in Colombia or abroad, for an open list of exploitation purposes, consent being irrelevant', () => {
    const p = s.provision('COL/cp/188a');
    expect(p.attributes.acts).toEqual(
      expect.arrayContaining(['def.act.recruitment', 'def.act.transfer', 'def.act.harbouring', 'def.act.receipt']),
    );
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.consent-irrelevant')).toBe('full');
    // exploitation is an open list including begging, servile marriage and organ removal
    expect(s.provision('COL/cp/188a').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.forced-begging',
        'def.purpose.forced-marriage',
        'def.purpose.open-list',
      ]),
    );
    expect(s.status('def.purpose.open-list')).toBe('full');
    expect(s.status('def.purpose.illegal-adoption')).toBe('partial');
  });

  it('gives Art. 188A its current wording through Ley 985 of 2005 (published 29 August 2005), with both sides of the links consistent', () => {
    const law = s.instrument('COL/ley-985-2005');
    expect(law.dates).toMatchObject({ enacted: '2005-08-26', published: '2005-08-29' });
    expect(law.amends).toContain('COL/cp');
    expect(s.instrument('COL/cp').amendedBy).toEqual(expect.arrayContaining(['COL/ley-985-2005', 'COL/ley-2168-2021']));
    expect(s.instrument('COL/ley-2168-2021').amends).toContain('COL/cp');
    const p = s.provision('COL/cp/188a');
    expect(p.inForce).toEqual({ from: '2005-08-29', introducedBy: 'COL/ley-985-2005' });
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ to: '2005-08-29', amendedBy: 'COL/ley-985-2005' });
  });

  it('makes trafficking a money-laundering predicate and covers attempt and participation through the general part', () => {
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.coverageOf('crim.money-laundering-predicate').provisions).toContain('COL/cp/323');
    expect(s.status('crim.attempt')).toBe('full');
    expect(s.status('crim.accomplice')).toBe('full');
    expect(s.status('crim.statute-of-limitations')).toBe('partial');
    expect(s.status('crim.aggravating.child-victim')).toBe('not-assessed');
  });

  it('regulates victim assistance in immediate and mediate stages (Ley 985 Art. 7, Decreto 1069 of 2014), time-limited, so protection is partial', () => {
    expect(s.instrument('COL/dto-1069-2014').dates).toMatchObject({ enacted: '2014-06-12' });
    expect(s.provision('COL/dto-1069-2014/asistencia').instrument).toBe('COL/dto-1069-2014');
    // Art. 7: privacy and identity; return on request, security, accommodation, medical/psychological/material help, legal advice
    const art7 = s.provision('COL/ley-985-2005/7');
    expect(art7.attributes.elements).toEqual(
      expect.arrayContaining(['prot.privacy-identity', 'prot.housing', 'prot.medical-psychological', 'prot.physical-safety', 'prot.repatriation-safe']),
    );
    expect(art7.digest.en).toMatch(/C-470/);
    expect(s.elementsRatedOtherThan('partial', [
      'prot.privacy-identity',
      'prot.housing',
      'prot.medical-psychological',
      'prot.physical-safety',
      'prot.counselling-language',
      'prot.free-legal-aid',
      'prot.repatriation-safe',
      'prot.assistance-unconditional',
      'prot.employment-education',
      'prot.reintegration',
      'prot.repatriation-documents',
    ])).toEqual([]);
    expect(s.coverageOf('prot.privacy-identity').provisions).toContain('COL/ley-985-2005/7');
    expect(s.coverageOf('prot.employment-education').provisions).toContain('COL/dto-1069-2014/asistencia');
    // not claimed: no text read on non-punishment, residence permits, reflection period or case-progress information
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.non-punishment', 'prot.residence-permit', 'prot.reflection-period', 'prot.information-proceedings'])).toEqual([]);
    expect(s.status('coop.coordinating-body')).toBe('partial');
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('COL/ley-985-2005/13-15');
  });

  it('reaches legal persons only through suspension or cancellation of legal personality and closure of premises (CPP Art. 91)', () => {
    const p = s.provision('COL/cpp/91');
    expect(p.instrument).toBe('COL/cpp');
    expect(p.attributes.elements).toContain('crim.legal-persons');
    expect(s.status('crim.legal-persons')).toBe('partial');
    expect(s.coverageOf('crim.legal-persons').provisions).toEqual(['COL/cpp/91']);
  });

  it('confiscates proceeds, instrumentalities and equivalent value of the convicted person only, and awards reparation on request after conviction', () => {
    expect(s.provision('COL/cpp/82').attributes.elements).toContain('proc.confiscation');
    expect(s.status('proc.confiscation')).toBe('partial');
    expect(s.coverageOf('proc.confiscation').shortcoming?.en).toMatch(/third party/);
    expect(s.provision('COL/cpp/102').attributes.elements).toContain('prot.compensation');
    expect(s.status('prot.compensation')).toBe('partial');
    expect(s.status('proc.seizure-freezing')).toBe('not-assessed');
  });
});
