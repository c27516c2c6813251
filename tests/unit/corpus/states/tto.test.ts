import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('TTO');

describe('TTO corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in November 2007, as a CARICOM member', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2007-11-/);
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
  });

  it('the Trafficking in Persons Act is Act No. 14 of 2011 (Chap. 12:10), in operation from 2 January 2013, with no amendment modelled', () => {
    const act = s.instrument('TTO/tipa-2011');
    expect(act.number).toBe('14 of 2011');
    expect(act.shortTitle).toContain('Chap. 12:10');
    expect(act.dates.inForce).toBe('2013-01-02');
    expect(act.status).toBe('in-force');
    expect(act.amendedBy).toEqual([]);
    expect(act.source.note).toContain('Act No. 12 of 2012');
    expect(s.provisions.every((p) => p.history.length === 0)).toBe(true);
  });

  it('punishes trafficking of adults with at least 15 years plus a fine of at least TT$500,000, and of children with at least 20 years plus TT$1 million', () => {
    const adult = s.provision('TTO/tipa-2011/offence-persons').attributes;
    expect(adult.penalty).toMatchObject({ minYears: 15, maxYears: null });
    expect(adult.penalty?.fine).toContain('500,000');
    const child = s.provision('TTO/tipa-2011/offence-children').attributes;
    expect(child.penalty).toMatchObject({ minYears: 20, maxYears: null });
    expect(child.penalty?.fine).toContain('1,000,000');
    expect(child.aggravating.map((g) => g.element)).toEqual(['crim.aggravating.child-victim']);
    expect(child.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires means for adults, and does not claim a child no-means rule it could not read', () => {
    const p = s.provision('TTO/tipa-2011/offence-persons');
    expect(p.attributes.means).toEqual(expect.arrayContaining(['def.means.threat-force', 'def.means.deception', 'def.means.abduction']));
    expect(p.attributes.meansRequired).toBeUndefined();
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.means.abduction')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('names all five acts and covers forced labour and services; sexual exploitation is limited to its commercial form as described', () => {
    for (const act of ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt']) {
      expect(s.status(`def.act.${act}`)).toBe('full');
    }
    expect(s.provision('TTO/tipa-2011/3').attributes.purposes).toEqual(
      expect.arrayContaining(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour', 'def.purpose.child-pornography']),
    );
    expect(s.status('def.purpose.forced-labour')).toBe('full');
    expect(s.status('def.purpose.sexual-exploitation')).toBe('partial');
    expect(s.status('def.purpose.slavery')).toBe('not-assessed');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    // harbouring within the country needs no crossing; the ILO frames the other acts as bringing a person into the country
    expect(s.status('def.no-transnationality')).toBe('partial');
  });

  it('sets up a statutory Task Force and Counter-Trafficking Unit, and leaves victim-protection rules it could not read not assessed', () => {
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('TTO/tipa-2011/5');
    expect(s.status('proc.specialized-units')).toBe('partial');
    expect(s.coverageOf('proc.specialized-units').provisions).toEqual(['TTO/tipa-2011/11']);
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('prot.compensation')).toBe('not-assessed');
  });

  it('numbers the offences from the ILO supervisory comments: s. 16 for persons, s. 18 for children', () => {
    const adult = s.provision('TTO/tipa-2011/offence-persons');
    expect(adult.number).toBe('16');
    expect(adult.label).toBe('s. 16');
    expect(adult.source.url).toContain('normlex');
    expect(adult.source.kind).toBe('secondary');
    const child = s.provision('TTO/tipa-2011/offence-children');
    expect(child.number).toBe('18');
    expect(child.source.url).toContain('normlex');
    expect(child.source.corroboration?.length).toBeGreaterThanOrEqual(2);
    // the ILO description lists no means for s. 18, but one abridged account is not enough for a no-means rule
    expect(child.attributes.meansRequired).toBeUndefined();
    expect(s.coverageOf('def.child-no-means').rationale.en).toContain('s. 18');
  });

  it('locates the Task Force (s. 5), the Counter-Trafficking Unit (ss. 11-12) and the victims Part (ss. 32-44) without upgrading them', () => {
    expect(s.provision('TTO/tipa-2011/5').source.corroboration?.map((c) => c.url).join(' ')).toContain('normlex');
    expect(s.provision('TTO/tipa-2011/11').source.corroboration?.map((c) => c.url).join(' ')).toContain('normlex');
    expect(s.provision('TTO/tipa-2011/part-vi').label).toContain('32-44');
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
    expect(s.status('crim.organizing-directing')).toBe('not-assessed');
    expect(s.status('crim.related-offences')).toBe('not-assessed');
  });
});
