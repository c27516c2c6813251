import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('LCA');

describe('LCA corpus: verified legal facts', () => {
  it('is a Caribbean CARICOM state whose Protocol status and date are flagged as unverified', () => {
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.officialLanguages).toEqual(['en']);
    expect(s.jurisdiction.protocol.status).toBe('party');
    expect(s.jurisdiction.protocol.source.note).toMatch(/UNVERIFIED/);
    expect(s.jurisdiction.untoc).toBeUndefined();
  });

  it('the Counter-Trafficking Act is No. 7 of 2010, adopted on 25 January 2010, amended by the 2021 Amendment Act', () => {
    const act = s.instrument('LCA/cta-2010');
    expect(act.number).toBe('7 of 2010');
    expect(act.dates.enacted).toBe('2010-01-25');
    expect(act.amendedBy).toEqual(['LCA/cta-amend-2021']);
    expect(s.instrument('LCA/cta-amend-2021').amends).toEqual(['LCA/cta-2010']);
  });

  it('the 2010 offence carried up to 5 years or a fine for adult victims and up to 10 years for child victims; no current range is claimed', () => {
    const p = s.provision('LCA/cta-2010/offence');
    expect(p.digest.en).toMatch(/5 years/);
    expect(p.digest.en).toMatch(/10 years/);
    expect(p.digest.en).toMatch(/EC\$100,000/);
    expect(p.attributes.penalty).toBeUndefined();
    expect(s.status('crim.serious-crime-penalty')).toBe('not-assessed');
    expect(s.status('crim.aggravating.child-victim')).toBe('not-assessed');
  });

  it('covers sex and labour trafficking, but the means rule and the child rule are not claimed', () => {
    const a = s.provision('LCA/cta-2010/offence').attributes;
    expect(a.purposes).toEqual(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour']);
    expect(a.meansRequired).toBeUndefined();
    expect(a.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('not-assessed');
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('section 33 (read in the official text) sets up an inter-agency task force with NGOs to prepare the national plan', () => {
    const p = s.provision('LCA/cta-2010/33');
    expect(p.source.kind).toBe('official');
    expect(p.number).toBe('33');
    for (const e of ['coop.coordinating-body', 'prev.policies-programmes', 'prev.civil-society', 'coop.data-collection', 'coop.information-exchange', 'border.controls']) {
      expect(s.status(e)).toBe('partial');
      expect(s.coverageOf(e).provisions).toEqual(['LCA/cta-2010/33']);
    }
  });

  it('reports privacy, closed hearings, restitution and the return of victims, without claiming their scope', () => {
    expect(s.provision('LCA/cta-2010/victim-protection').attributes.elements).toEqual(
      expect.arrayContaining(['prot.privacy-identity', 'prot.witness-protection', 'prot.compensation']),
    );
    expect(s.provision('LCA/cta-2010/immigration-return').attributes.elements).toEqual(
      expect.arrayContaining(['prot.residence-permit', 'prot.repatriation-safe', 'prot.repatriation-documents']),
    );
    for (const e of ['prot.privacy-identity', 'prot.witness-protection', 'prot.compensation', 'prot.repatriation-safe']) {
      expect(s.status(e)).toBe('not-assessed');
    }
  });

  it('claims no full coverage: only part of s. 33 was read', () => {
    expect(s.coverage.filter((c) => c.status === 'full')).toHaveLength(0);
  });
});
