import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('PER');

describe('PER corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol on 23 January 2002, with no group membership', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2002-01-23' });
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual([]);
  });

  it('punishes trafficking under Art. 129-A with 8 to 15 years, 12 to 20 for victims aged 14-17 and at least 25 under 14', () => {
    const a = s.provision('PER/cp/129-a').attributes;
    expect(a.penalty).toMatchObject({ minYears: 8, maxYears: 15 });
    const b = s.provision('PER/cp/129-b').attributes;
    expect(b.penalty).toMatchObject({ minYears: 12, maxYears: 20 });
    expect(b.aggravating.filter((g) => g.element === 'crim.aggravating.child-victim').map((g) => g.increase)).toEqual([
      '12-20 years',
      'at least 25 years',
    ]);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires means for adults but not for children, for every purpose', () => {
    const a = s.provision('PER/cp/129-a').attributes;
    expect(a.meansRequired).toEqual({ adults: true, children: false });
    expect(a.means).toHaveLength(8);
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('lists the Protocol purposes plus begging and tissues in an open list, but not marriage, adoption or forced crime', () => {
    expect(s.provision('PER/cp/129-a').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.open-list',
        'def.purpose.forced-begging',
        'def.purpose.tissues-fluids',
      ]),
    );
    expect(s.status('def.purpose.open-list')).toBe('full');
    expect(s.status('def.purpose.forced-marriage')).toBe('absent');
    expect(s.status('def.purpose.illegal-adoption')).toBe('absent');
    expect(s.status('def.purpose.forced-criminality')).toBe('absent');
  });

  it('declares adult consent void once a means is used, without an express child consent clause', () => {
    expect(s.status('def.consent-irrelevant')).toBe('partial');
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('Ley 31146, published 30 March 2021, moved former Art. 153 to Art. 129-A; both sides of the amendment links agree', () => {
    const law = s.instrument('PER/ley-31146');
    expect(law.dates.published).toBe('2021-03-30');
    expect(law.amends).toEqual(expect.arrayContaining(['PER/cp', 'PER/ley-28950']));
    expect(s.instrument('PER/cp').amendedBy).toEqual(expect.arrayContaining(['PER/ley-28950', 'PER/ley-30963', 'PER/ley-31146']));
    expect(s.instrument('PER/ley-28950').amendedBy).toContain('PER/ley-31146');
    expect(s.instrument('PER/ley-28950').dates.published).toBe('2007-01-16');
    const p = s.provision('PER/cp/129-a');
    expect(p.inForce).toEqual({ from: '2021-03-30', introducedBy: 'PER/ley-31146' });
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ from: '2014-10-21', to: '2021-03-30', amendedBy: 'PER/ley-31146' });
  });

  it('since Ley 31146, Art. 9 of Ley 28950 fixes minimum reparation items; assistance duties are partial and unread protections not assessed', () => {
    expect(s.provision('PER/ley-28950/9').inForce).toEqual({ from: '2021-03-30', introducedBy: 'PER/ley-31146' });
    expect(s.status('prot.compensation')).toBe('partial');
    expect(s.status('prot.housing')).toBe('partial');
    expect(s.status('prot.medical-psychological')).toBe('partial');
    expect(s.coverageOf('prot.housing').provisions).toContain('PER/ley-28950/asistencia');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
  });

  it('Art. 29.2(k) of Decreto Legislativo 1350 opens humanitarian residence, with work, to trafficking victims: partial', () => {
    expect(s.instrument('PER/dl-1350').number).toBe('1350');
    const p = s.provision('PER/dl-1350/29');
    expect(p.attributes.elements).toEqual(expect.arrayContaining(['prot.residence-permit', 'prot.employment-education']));
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.coverageOf('prot.residence-permit').provisions).toEqual(['PER/dl-1350/29']);
    expect(s.status('prot.employment-education')).toBe('partial');
    expect(s.status('prot.asylum-non-refoulement')).toBe('not-assessed');
  });

  it('the Regulation (published 9 February 2016) and the Intersectoral Protocol (12 May 2016) carry return, identity and safety rules', () => {
    expect(s.instrument('PER/ds-001-2016-in').dates.published).toBe('2016-02-09');
    expect(s.instrument('PER/ds-005-2016-in')).toMatchObject({ type: 'regulation', dates: { published: '2016-05-12' } });
    expect(s.provision('PER/ds-001-2016-in/41-43').source.kind).toBe('official');
    expect(s.provision('PER/ds-005-2016-in/protocolo').source.kind).toBe('official');
    for (const e of [
      'prot.repatriation-safe',
      'prot.repatriation-documents',
      'prot.assistance-unconditional',
      'prot.privacy-identity',
      'prot.consular-access',
      'prot.physical-safety',
    ]) {
      expect(s.status(e)).toBe('partial');
      expect(s.coverageOf(e).provisions).toContain('PER/ds-005-2016-in/protocolo');
    }
    expect(s.coverageOf('prot.housing').provisions).toContain('PER/ds-001-2016-in/41-43');
    expect(s.status('coop.coordinating-body')).toBe('partial');
  });

  it('punishes clients of sexual exploitation (Art. 129-E, 9-12 years) and bribery, but not the knowing use of forced labour', () => {
    expect(s.provision('PER/cp/129-e').attributes.penalty).toMatchObject({ minYears: 9, maxYears: 12 });
    expect(s.provision('PER/cp/129-f').attributes.penalty).toMatchObject({ minYears: 6, maxYears: 8 });
    expect(s.status('crim.use-of-services')).toBe('partial');
    expect(s.status('prev.demand')).toBe('partial');
    expect(s.status('crim.corruption')).toBe('partial');
    expect(s.provision('PER/cp/393-398-a').attributes.penalty).toMatchObject({ minYears: 4, maxYears: 6 });
  });

  it('leaves limitation open: Art. 88-A made trafficking imprescriptible under the pre-2021 numbering only', () => {
    expect(s.provision('PER/cp/88-a').attributes.elements).toContain('crim.statute-of-limitations');
    expect(s.status('crim.statute-of-limitations')).toBe('not-assessed');
    expect(s.coverageOf('crim.statute-of-limitations').provisions).toEqual(expect.arrayContaining(['PER/cp/88-a', 'PER/cp/80']));
  });
});
