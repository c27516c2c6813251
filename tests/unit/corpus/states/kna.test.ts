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

  it('section 3 creates the trafficking offence and reaches its organisers, but its acts, means, purposes and penalty are not claimed', () => {
    const a = s.provision('KNA/tippa-2008/3').attributes;
    expect(a.elements).toEqual(['crim.intentional-offence', 'crim.organizing-directing']);
    expect(a.acts).toEqual([]);
    expect(a.means).toEqual([]);
    expect(a.purposes).toEqual([]);
    expect(a.meansRequired).toBeUndefined();
    expect(a.penalty).toBeUndefined();
    expect(s.status('crim.intentional-offence')).toBe('not-assessed');
    expect(s.status('crim.serious-crime-penalty')).toBe('not-assessed');
  });

  it('does not claim a means or child rule it could not read', () => {
    for (const id of ['def.means-not-required', 'def.child-no-means', 'def.child-under-18', 'def.consent-irrelevant', 'def.no-transnationality']) {
      expect(s.status(id)).toBe('not-assessed');
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
    for (const id of ['prot.non-punishment', 'prot.residence-permit', 'prot.repatriation-safe', 'prot.compensation', 'prot.witness-protection']) {
      expect(s.status(id)).toBe('not-assessed');
    }
  });

  it('claims no full or partial coverage and rests every provision on secondary sources', () => {
    expect(s.coverage.filter((c) => c.status === 'full' || c.status === 'partial')).toEqual([]);
    for (const p of s.provisions) {
      expect(p.source.kind).toBe('secondary');
    }
  });
});
