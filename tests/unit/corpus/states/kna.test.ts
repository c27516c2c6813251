import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('KNA');

describe('KNA corpus: verified legal facts', () => {
  it('records Saint Kitts and Nevis as a CARICOM party to the Protocol, with the accession date flagged as unverified', () => {
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession' });
    expect(s.jurisdiction.protocol.source.note).toMatch(/UNVERIFIED DATE AND ACTION/);
    expect(s.jurisdiction.untoc).toBeUndefined();
  });

  it('rests on the Trafficking in Persons (Prevention) Act, 2008, with no amendment and no unverified dates recorded', () => {
    const act = s.instrument('KNA/tippa-2008');
    expect(act.title.original).toBe('Trafficking in Persons (Prevention) Act, 2008');
    expect(act.status).toBe('in-force');
    expect(act.dates).toEqual({});
    expect(act.number).toBeUndefined();
    expect(act.amends).toEqual([]);
    expect(act.amendedBy).toEqual([]);
    expect(s.instruments).toHaveLength(1);
  });

  it('section 2 defines trafficking with all five acts and the Protocol means, and a child as a person under 18 (ILO 2011)', () => {
    const p = s.provision('KNA/tippa-2008/2');
    expect(p.attributes.acts).toEqual([
      'def.act.recruitment',
      'def.act.transportation',
      'def.act.transfer',
      'def.act.harbouring',
      'def.act.receipt',
    ]);
    expect(p.attributes.means).toHaveLength(8);
    expect(p.attributes.purposes).toEqual([]);
    expect(p.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(p.source.kind).toBe('secondary');
    expect(p.source.url).toMatch(/normlex.*2700687/);
    expect(p.source.note).toMatch(/SINGLE SOURCE FOR THE WORDING/);
    expect(s.elementsRatedOtherThan('full', ['def.act.recruitment', 'def.act.receipt', 'def.means.threat-force', 'def.means.coercion', 'def.means.payments-to-controller'])).toEqual([]);
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('section 3 punishes trafficking with up to 20 years, a fine or both, so the penalty is only partial', () => {
    const a = s.provision('KNA/tippa-2008/3').attributes;
    expect(a.penalty).toMatchObject({ minYears: null, maxYears: 20 });
    expect(a.penalty?.fine).toMatch(/250,000/);
    expect(a.penalty?.fine).toMatch(/instead of or in addition to imprisonment/);
    expect(a.purposes).toEqual([]);
    expect(a.meansRequired).toBeUndefined();
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
    expect(s.coverageOf('crim.serious-crime-penalty').shortcoming?.en).toMatch(/fine instead of imprisonment/);
    expect(s.status('crim.intentional-offence')).toBe('not-assessed');
    expect(s.status('crim.organizing-directing')).toBe('not-assessed');
  });

  it('requires means for adults, needs no border crossing or group, and claims no child or consent rule it could not read', () => {
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
    expect(s.elementsRatedOtherThan('not-assessed', ['def.child-no-means', 'def.consent-irrelevant', 'def.means.abuse-of-power', 'def.means.abuse-of-vulnerability'])).toEqual([]);
  });

  it('records the five-year child aggravation of Part B of the Schedule without upgrading the element', () => {
    const p = s.provision('KNA/tippa-2008/sch-b');
    expect(p.attributes.aggravating).toEqual([
      expect.objectContaining({ element: 'crim.aggravating.child-victim', increase: "+5 years' imprisonment" }),
    ]);
    expect(p.source.note).toMatch(/SINGLE SOURCE FOR THE AGGRAVATION/);
    expect(s.status('crim.aggravating.child-victim')).toBe('not-assessed');
  });

  it('leaves every purpose of exploitation unassessed, since the definition of exploitation was not read', () => {
    for (const c of s.coverage.filter((x) => x.element.startsWith('def.purpose.'))) {
      expect(c.status).toBe('not-assessed');
    }
  });

  it('section 4 makes withholding identity or travel documents an offence, recorded from a single press source', () => {
    const p = s.provision('KNA/tippa-2008/4');
    expect(p.attributes.elements).toEqual(['crim.related-offences']);
    expect(p.source.kind).toBe('secondary');
    expect(p.source.note).toMatch(/SINGLE SOURCE/);
  });

  it('the Act provides for a National Task Force, cited without upgrading the coordinating-body status', () => {
    expect(s.provision('KNA/tippa-2008/task-force').attributes.elements).toContain('coop.coordinating-body');
    expect(s.coverageOf('coop.coordinating-body').provisions).toEqual(['KNA/tippa-2008/task-force']);
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
  });

  it('claims no victim protection it could not verify', () => {
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.non-punishment', 'prot.residence-permit', 'prot.repatriation-safe', 'prot.compensation', 'prot.witness-protection'])).toEqual([]);
  });

  it('claims full or partial coverage only for definition and penalty points, all on secondary sources', () => {
    const covered = s.coverage.filter((c) => c.status === 'full' || c.status === 'partial').map((c) => c.element);
    expect(covered).toContain('def.act.recruitment');
    expect(covered.every((id) => id.startsWith('def.') || id === 'crim.serious-crime-penalty')).toBe(true);
    for (const p of s.provisions) {
      expect(p.source.kind).toBe('secondary');
    }
  });
});
