import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('MEX');

describe('MEX corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol, deposited on 4 March 2003', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2003-03-04' });
    expect(s.jurisdiction.groups).toEqual(['rcm']);
    expect(s.jurisdiction.subregion).toBe('central-america');
  });

  it('dates the general law to its DOF publication of 14 June 2012 and links the laws its decree reformed', () => {
    expect(s.instrument('MEX/lgpsedmtp').dates.published).toBe('2012-06-14');
    for (const k of ['MEX/cpf', 'MEX/lfdo', 'MEX/lpspt']) {
      expect(s.instrument('MEX/lgpsedmtp').amends).toContain(k);
      expect(s.instrument(k).amendedBy).toContain('MEX/lgpsedmtp');
    }
    expect(s.instrument('MEX/lpspt').status).toBe('repealed');
  });

  it('punishes the base offence (Art. 10) with 5 to 15 years and 1,000-20,000 days fine', () => {
    const { penalty } = s.provision('MEX/lgpsedmtp/10').attributes;
    expect(penalty).toMatchObject({ minYears: 5, maxYears: 15 });
    expect(penalty?.fine).toContain('1,000-20,000');
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
  });

  it('requires no means in Art. 10, for adults or children', () => {
    const a = s.provision('MEX/lgpsedmtp/10').attributes;
    expect(a.meansRequired).toEqual({ adults: false, children: false });
    expect(a.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
  });

  it('covers all five Protocol acts', () => {
    expect(s.provision('MEX/lgpsedmtp/10').attributes.acts).toEqual(
      expect.arrayContaining(['def.act.recruitment', 'def.act.transportation', 'def.act.transfer', 'def.act.harbouring', 'def.act.receipt']),
    );
  });

  it('lists a closed set of purposes wider than the Protocol minimum', () => {
    expect(s.provision('MEX/lgpsedmtp/10').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.tissues-fluids',
        'def.purpose.forced-begging',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
        'def.purpose.forced-criminality',
      ]),
    );
    expect(s.status('def.purpose.open-list')).toBe('partial');
    expect(s.status('def.purpose.forced-criminality')).toBe('partial');
  });

  it('uses 18 as the child threshold', () => {
    expect(s.provision('MEX/lgpsedmtp/10').attributes.ageThresholds.map((t) => t.age)).toContain(18);
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('makes consent expressly irrelevant (Art. 40)', () => {
    expect(s.status('def.consent-irrelevant')).toBe('full');
    expect(s.coverageOf('def.consent-irrelevant').provisions).toEqual(['MEX/lgpsedmtp/40']);
  });

  it('needs no border crossing and no organised group', () => {
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('requires means for adults but not children in the sexual-exploitation offence of Art. 13 (15-30 years)', () => {
    const a = s.provision('MEX/lgpsedmtp/13').attributes;
    expect(a.meansRequired).toEqual({ adults: true, children: false });
    expect(a.penalty).toMatchObject({ minYears: 15, maxYears: 30 });
  });

  it('raises penalties by up to one half under Art. 42 for child victims, officials, organised crime, serious harm and other circumstances', () => {
    const ag = s.provision('MEX/lgpsedmtp/42').attributes.aggravating;
    expect(ag.map((a) => a.element).sort()).toEqual([
      'crim.aggravating.child-victim',
      'crim.aggravating.organized-group',
      'crim.aggravating.other',
      'crim.aggravating.public-official',
      'crim.aggravating.serious-harm',
    ]);
    for (const a of ag) expect(a.increase).toBe('up to +1/2');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
    expect(s.status('crim.aggravating.organized-group')).toBe('full');
    expect(s.status('crim.aggravating.serious-harm')).toBe('full');
    expect(s.status('crim.aggravating.other')).toBe('full');
    // no disqualification from office was found, so the official aggravation is only partial
    expect(s.status('crim.aggravating.public-official')).toBe('partial');
    expect(s.provision('MEX/lgpsedmtp/43').attributes.aggravating[0].increase).toBe('up to +2/3');
  });

  it('punishes knowingly using a victim\'s services with 2 to 40 years (Art. 35)', () => {
    expect(s.provision('MEX/lgpsedmtp/35').attributes.penalty).toMatchObject({ minYears: 2, maxYears: 40 });
    expect(s.status('crim.use-of-services')).toBe('full');
  });

  it('punishes forced marriage with 4 to 10 years and nullity (Art. 28)', () => {
    expect(s.provision('MEX/lgpsedmtp/28').attributes.penalty).toMatchObject({ minYears: 4, maxYears: 10 });
  });

  it('makes attempt and facilitation punishable in the general law itself (Arts. 39 and 41)', () => {
    expect(s.coverageOf('crim.attempt').provisions).toContain('MEX/lgpsedmtp/39');
    expect(s.coverageOf('crim.accomplice').provisions).toContain('MEX/lgpsedmtp/41');
  });

  it('treats trafficking as a money-laundering predicate and subjects its proceeds to forfeiture', () => {
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.status('proc.confiscation')).toBe('full');
    expect(s.instrument('MEX/lned').dates).toMatchObject({ published: '2019-08-09', inForce: '2019-08-10' });
  });

  it('records the verified victim-protection statuses', () => {
    expect(s.status('prot.residence-permit')).toBe('full');
    expect(s.status('prot.witness-protection')).toBe('full');
    expect(s.status('prot.privacy-identity')).toBe('full');
    expect(s.status('prot.asylum-non-refoulement')).toBe('full');
    expect(s.status('prot.repatriation-safe')).toBe('full');
    expect(s.status('prot.medical-psychological')).toBe('full');
    expect(s.status('crim.legal-persons')).toBe('partial');
  });

  it('orders reparation in every conviction, backed by the victims funds (Arts. 48, 52, 81)', () => {
    expect(s.status('prot.compensation')).toBe('full');
    expect(s.coverageOf('prot.compensation').provisions).toEqual(
      expect.arrayContaining(['MEX/lgpsedmtp/48', 'MEX/lgpsedmtp/52', 'MEX/lgpsedmtp/81']),
    );
    expect(s.status('coop.dedicated-funding')).toBe('full');
    expect(s.status('prot.civil-action')).toBe('partial');
  });

  it('shields victims from prosecution only where no other conduct was exigible, and bans their detention (Arts. 37, 38, 75)', () => {
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.coverageOf('prot.non-punishment').provisions).toEqual(['MEX/lgpsedmtp/37', 'MEX/lgpsedmtp/38']);
    expect(s.status('prot.non-detention')).toBe('partial');
    expect(s.coverageOf('prot.non-detention').provisions).toContain('MEX/lgpsedmtp/75');
  });

  it('creates the Inter-Ministerial Commission in Art. 84 and leaves unread matters not assessed', () => {
    expect(s.provision('MEX/lgpsedmtp/comision-intersecretarial').label).toBe('Arts. 84-88');
    expect(s.status('coop.coordinating-body')).toBe('full');
    expect(s.status('coop.data-collection')).toBe('full');
    expect(s.status('prot.reflection-period')).toBe('not-assessed');
    expect(s.status('crim.statute-of-limitations')).toBe('not-assessed');
    expect(s.status('proc.specialized-units')).toBe('not-assessed');
  });
});
