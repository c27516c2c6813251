import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('SLV');

describe('El Salvador (SLV) corpus facts', () => {
  it('records the Protocol as ratified (deposit March 2004) and the RCM/SICA memberships', () => {
    expect(s.jurisdiction.protocol.status).toBe('party');
    expect(s.jurisdiction.protocol.action).toBe('ratification');
    expect(s.jurisdiction.protocol.date?.startsWith('2004-03')).toBe(true);
    expect([...s.jurisdiction.groups].sort()).toEqual(['rcm', 'sica']);
    expect(s.jurisdiction.subregion).toBe('central-america');
  });

  it('dates the Special Law against Trafficking in Persons (Decreto 824) to 16 Oct 2014, published 14 Nov 2014', () => {
    const law = s.instrument('SLV/dl-824-2014');
    expect(law.number).toBe('824');
    expect(law.dates).toMatchObject({ enacted: '2014-10-16', published: '2014-11-14' });
    expect(law.status).toBe('in-force');
  });

  it('punishes the basic offence (Art. 54) with 10 to 14 years', () => {
    expect(s.provision('SLV/dl-824-2014/54').attributes.penalty).toMatchObject({ minYears: 10, maxYears: 14 });
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
  });

  it('raises the penalty to 16-20 years under Art. 55 (child victim, public official, means used)', () => {
    const p55 = s.provision('SLV/dl-824-2014/55');
    expect(p55.attributes.penalty).toMatchObject({ minYears: 16, maxYears: 20 });
    const agg = p55.attributes.aggravating;
    expect(agg.find((a) => a.element === 'crim.aggravating.child-victim')?.increase).toBe('16-20 years');
    expect(agg.find((a) => a.element === 'crim.aggravating.public-official')?.increase).toBe('16-20 years');
    expect(p55.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
  });

  it('requires no means for adults or children; force, fraud and coercion only aggravate', () => {
    const p54 = s.provision('SLV/dl-824-2014/54');
    expect(p54.attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(p54.attributes.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('maps the Art. 5 forms of exploitation to purpose IDs and leaves open-list and tissues unassessed', () => {
    expect([...s.provision('SLV/dl-824-2014/5').attributes.purposes].sort()).toEqual(
      [
        'def.purpose.child-pornography',
        'def.purpose.forced-begging',
        'def.purpose.forced-labour',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
        'def.purpose.organ-removal',
        'def.purpose.servitude',
        'def.purpose.sexual-exploitation',
        'def.purpose.slavery',
      ].sort(),
    );
    expect(s.status('def.purpose.forced-criminality')).toBe('absent');
    expect(s.status('def.purpose.open-list')).toBe('not-assessed');
    expect(s.status('def.purpose.tissues-fluids')).toBe('not-assessed');
  });

  it('records the five acts of Art. 54, receipt included (ILO CEACR quotation), and no border or group requirement', () => {
    expect([...s.provision('SLV/dl-824-2014/54').attributes.acts].sort()).toEqual(
      ['def.act.harbouring', 'def.act.receipt', 'def.act.recruitment', 'def.act.transfer', 'def.act.transportation'].sort(),
    );
    expect(s.status('def.act.receipt')).toBe('full');
    expect(s.coverage.find((c) => c.element === 'def.act.receipt')?.provisions).toEqual(['SLV/dl-824-2014/54']);
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('does not claim an express consent-irrelevance clause', () => {
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('keeps the former Penal Code offence (Art. 367-B, 4-8 years) as repealed', () => {
    const old = s.provision('SLV/cp/367-b');
    expect(old.status).toBe('repealed');
    expect(old.attributes.penalty).toMatchObject({ minYears: 4, maxYears: 8 });
    expect(s.provision('SLV/cp/367-c').status).toBe('repealed');
  });

  it('rates the key victim protections as verified, never guessed', () => {
    expect(s.status('prot.witness-protection')).toBe('full');
    expect(s.status('prot.asylum-non-refoulement')).toBe('partial');
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.status('prot.compensation')).toBe('not-assessed');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('coop.coordinating-body')).toBe('partial');
    expect(s.status('proc.confiscation')).toBe('full');
    expect(s.status('crim.money-laundering-predicate')).toBe('not-assessed');
  });

  it('grounds temporary residence for foreign victims in the 2019 migration law (Arts. 109 No. 19, 136, 138)', () => {
    const res = s.provision('SLV/dl-286-2019/136');
    expect(res.instrument).toBe('SLV/dl-286-2019');
    expect(res.attributes.elements).toContain('prot.residence-permit');
    const cov = s.coverage.find((c) => c.element === 'prot.residence-permit');
    expect(cov?.provisions).toEqual(['SLV/dl-286-2019/136']);
    expect(cov?.shortcoming?.en).toMatch(/permanent/);
  });

  it('cites Art. 22 (national plan of action) and no longer rates planning or the Council full on a recital', () => {
    expect(s.provision('SLV/dl-824-2014/22').attributes.elements).toEqual(['prev.policies-programmes']);
    expect(s.status('prev.policies-programmes')).toBe('partial');
    expect(s.coverage.find((c) => c.element === 'prev.policies-programmes')?.provisions).toContain('SLV/dl-824-2014/22');
    expect(s.status('coop.coordinating-body')).toBe('partial');
  });

  it('still leaves consent, non-punishment and compensation unassessed for want of the operative text', () => {
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('prot.compensation')).toBe('not-assessed');
    expect(s.status('crim.accomplice')).toBe('not-assessed');
  });
});
