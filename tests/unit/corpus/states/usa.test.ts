import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('USA');

describe('USA corpus: verified legal facts (federal law only)', () => {
  it('records ratification of the Trafficking in Persons Protocol deposited on 3 November 2005 (in force 3 December 2005)', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification', date: '2005-11-03' });
    expect(s.jurisdiction.subregion).toBe('north-america');
    expect(s.jurisdiction.groups).toEqual(['rcm']);
  });

  it('punishes sex trafficking (18 U.S.C. 1591) with 15 years to life, and labour trafficking (1589, 1590) with up to 20 years or a fine', () => {
    const sex = s.provision('USA/usc-18/1591').attributes;
    expect(sex.penalty).toMatchObject({ minYears: 15, maxYears: null, life: true });
    expect(sex.ageThresholds.map((t) => t.age)).toEqual([18, 14]);
    for (const key of ['USA/usc-18/1589', 'USA/usc-18/1590']) {
      expect(s.provision(key).attributes.penalty).toMatchObject({ minYears: 0, maxYears: 20 });
    }
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
    expect(s.status('crim.attempt')).toBe('full');
  });

  it('requires means for adults; a child needs no means only for commercial sex, not for labour trafficking', () => {
    expect(s.provision('USA/usc-18/1591').attributes.meansRequired).toEqual({ adults: true, children: false });
    expect(s.provision('USA/usc-18/1589').attributes.meansRequired).toEqual({ adults: true, children: true });
    expect(s.provision('USA/usc-18/1590').attributes.meansRequired).toEqual({ adults: true, children: true });
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('partial');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('def.means.fraud')).toBe('partial');
  });

  it('covers commercial sex and forced labour, servitude and slavery, but not removal of organs, in a closed list', () => {
    expect(s.provision('USA/usc-18/1591').attributes.purposes).toEqual(['def.purpose.sexual-exploitation']);
    expect(s.provision('USA/usc-18/1590').attributes.purposes).toEqual(
      expect.arrayContaining(['def.purpose.forced-labour', 'def.purpose.slavery', 'def.purpose.servitude']),
    );
    expect(s.status('def.purpose.organ-removal')).toBe('absent');
    expect(s.status('def.purpose.open-list')).toBe('absent');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('dates the TVPA (28 Oct 2000), the 2008 and 2015 reauthorizations, and records the amendments of s. 1591 in both directions', () => {
    expect(s.instrument('USA/tvpa-2000').dates.enacted).toBe('2000-10-28');
    expect(s.instrument('USA/tvpra-2008').dates.enacted).toBe('2008-12-23');
    expect(s.instrument('USA/jvta-2015').dates.enacted).toBe('2015-05-29');
    expect(s.instrument('USA/usc-18').amendedBy).toEqual(
      expect.arrayContaining(['USA/tvpa-2000', 'USA/tvpra-2008', 'USA/jvta-2015', 'USA/pl-119-73']),
    );
    expect(s.instrument('USA/jvta-2015').amends).toContain('USA/usc-18');
    const p = s.provision('USA/usc-18/1591');
    expect(p.inForce).toEqual({ from: '2015-05-29', introducedBy: 'USA/jvta-2015' });
    expect(p.history.map((h) => [h.to, h.amendedBy])).toEqual([
      ['2008-12-23', 'USA/tvpra-2008'],
      ['2015-05-29', 'USA/jvta-2015'],
    ]);
  });

  it('gives victims a civil action (s. 1595, 10 years) and, since 23 January 2026, vacatur of federal convictions (s. 3771A)', () => {
    expect(s.status('prot.civil-action')).toBe('partial');
    expect(s.coverageOf('prot.civil-action').provisions).toContain('USA/usc-18/1595');
    expect(s.instrument('USA/pl-119-73').dates.enacted).toBe('2026-01-23');
    expect(s.provision('USA/usc-18/3771a').inForce).toEqual({ from: '2026-01-23', introducedBy: 'USA/pl-119-73' });
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.coverageOf('prot.non-punishment').history[0]).toMatchObject({ until: '2026-01-23', amendedBy: 'USA/pl-119-73' });
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.status('def.consent-irrelevant')).toBe('partial'); // silent law: inferred from the means (element's partial criteria)
  });

  it("gives every federal crime victim notice and a hearing on release, plea and sentencing (18 U.S.C. 3771), short of investigation-stage information", () => {
    for (const el of ['prot.information-proceedings', 'prot.views-in-proceedings']) {
      expect(s.status(el)).toBe('partial');
      expect(s.coverageOf(el).provisions).toEqual(['USA/usc-18/3771']);
    }
    expect(s.provision('USA/usc-18/3771').attributes.elements).toEqual(
      expect.arrayContaining(['prot.information-proceedings', 'prot.views-in-proceedings']),
    );
  });

  it('assigns awareness, economic-alternative and procurement measures by statute (22 U.S.C. 7104), abroad for root causes', () => {
    expect(s.provision('USA/tvpa-2000/7104').inForce).toEqual({ from: '2000-10-28', introducedBy: 'USA/tvpa-2000' });
    for (const el of ['prev.research-campaigns', 'prev.root-causes', 'prev.demand']) {
      expect(s.status(el)).toBe('partial');
      expect(s.coverageOf(el).provisions).toContain('USA/tvpa-2000/7104');
    }
  });

  it('records sentencing-guideline increases (advisory) as partial aggravation: +2 abuse of trust, +4/+3 leader or manager of five or more, +2 vulnerable victim', () => {
    expect(s.instrument('USA/ussg').type).toBe('regulation');
    expect(s.provision('USA/ussg/3b1.3').attributes.aggravating[0]).toMatchObject({
      element: 'crim.aggravating.public-official',
      increase: '+2 offence levels',
    });
    expect(s.provision('USA/ussg/3b1.1').attributes.aggravating[0].element).toBe('crim.aggravating.organized-group');
    expect(s.provision('USA/ussg/2h4.1').attributes.aggravating.map((a) => a.element)).toEqual([
      'crim.aggravating.serious-harm',
      'crim.aggravating.other',
      'crim.aggravating.other',
    ]);
    expect(s.elementsRatedOtherThan('partial', [
      'crim.aggravating.child-victim',
      'crim.aggravating.public-official',
      'crim.aggravating.organized-group',
      'crim.aggravating.other',
      'crim.aggravating.serious-harm',
    ])).toEqual([]);
  });

  it('since the 2015 Act: wiretaps in trafficking cases (s. 2516) and forfeited proceeds toward restitution (s. 1594), both partial; limitation for labour trafficking still unverified', () => {
    expect(s.status('proc.special-investigative-techniques')).toBe('partial');
    expect(s.coverageOf('proc.special-investigative-techniques').provisions).toEqual(['USA/usc-18/2516']);
    expect(s.status('proc.assets-to-victims')).toBe('partial');
    expect(s.provision('USA/usc-18/1594').attributes.elements).toContain('proc.assets-to-victims');
    expect(s.status('crim.statute-of-limitations')).toBe('not-assessed');
    expect(s.status('crim.money-laundering-predicate')).toBe('not-assessed');
  });
});
