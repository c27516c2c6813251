import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('LCA');

describe('LCA corpus: verified legal facts', () => {
  it('is a Caribbean CARICOM state that acceded to the Protocol in 2013; the day of deposit is flagged as unverified', () => {
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.officialLanguages).toEqual(['en']);
    expect(s.jurisdiction.protocol.status).toBe('party');
    expect(s.jurisdiction.protocol.action).toBe('accession');
    expect(s.jurisdiction.protocol.date?.slice(0, 4)).toBe('2013');
    expect(s.jurisdiction.protocol.source.corroboration?.length).toBeGreaterThan(0);
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

  it('the 2010 offence (s. 5) carried up to 5 years or a fine for adult victims; the fine alternative was removed in 2021; no current range is claimed', () => {
    const p = s.provision('LCA/cta-2010/offence');
    expect(p.number).toBe('5');
    expect(p.digest.en).toMatch(/5 years/);
    expect(p.digest.en).toMatch(/10 years/);
    expect(p.digest.en).toMatch(/EC\$100,000/);
    expect(p.digest.en).toMatch(/removed the option of a fine/);
    expect(p.attributes.penalty).toBeUndefined();
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
    expect(s.coverageOf('crim.serious-crime-penalty').shortcoming?.en).toMatch(/not commensurate/);
  });

  it('a child is under 18 (s. 2); forced labour or services is a purpose; sexual exploitation is framed as commercial', () => {
    const def = s.provision('LCA/cta-2010/2');
    expect(def.source.kind).toBe('secondary');
    expect(def.attributes.ageThresholds.map((a) => a.age)).toEqual([18]);
    expect(def.attributes.purposes).toEqual(
      expect.arrayContaining(['def.purpose.slavery', 'def.purpose.forced-labour', 'def.purpose.sexual-exploitation']),
    );
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('def.purpose.forced-labour')).toBe('full');
    expect(s.status('def.purpose.sexual-exploitation')).toBe('partial');
    expect(s.coverageOf('def.purpose.sexual-exploitation').shortcoming?.en).toMatch(/commercial/);
    // slavery rests on one source only; servitude and other purposes were not found in any source
    expect(s.status('def.purpose.slavery')).toBe('not-assessed');
    expect(s.status('def.purpose.servitude')).toBe('not-assessed');
  });

  it('the wording of s. 5 was not read: acts, means, consent and the child no-means rule are not claimed', () => {
    const a = s.provision('LCA/cta-2010/offence').attributes;
    expect(a.purposes).toEqual(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour']);
    expect(a.meansRequired).toBeUndefined();
    expect(a.means).toEqual([]);
    expect(a.acts).toEqual([]);
    expect(s.elementsRatedOtherThan('not-assessed', ['def.act.recruitment', 'def.means.fraud', 'def.means-not-required', 'def.child-no-means', 'def.consent-irrelevant'])).toEqual([]);
  });

  it('s. 10 (official text) lets the court add 5 years for a victim under 18, 3 for an organized group, 5 for its organizer, up to 10 for serious injury', () => {
    const p = s.provision('LCA/cta-2010/10');
    expect(p.source.kind).toBe('official');
    const add = (el: string) => p.attributes.aggravating.filter((g) => g.element === el).map((g) => g.increase);
    expect(add('crim.aggravating.child-victim')).toEqual(['+5 years']);
    expect(add('crim.aggravating.organized-group')).toEqual(['+3 years']);
    expect(add('crim.organizing-directing')).toEqual(['+5 years']);
    expect(add('crim.aggravating.serious-harm')).toEqual(['+2 years', '+5 years', '+10 years']);
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
    expect(s.status('crim.aggravating.organized-group')).toBe('full');
    for (const e of ['crim.organizing-directing', 'crim.aggravating.serious-harm', 'crim.aggravating.other', 'crim.aggravating.public-official']) {
      expect(s.status(e)).toBe('partial');
      expect(s.coverageOf(e).provisions).toEqual(['LCA/cta-2010/10']);
    }
    // the victim's death is not among the aggravating circumstances of s. 10
    expect(s.coverageOf('crim.aggravating.serious-harm').shortcoming?.en).toMatch(/death/);
  });

  it('section 33 (read in the official text) sets up an inter-agency task force with NGOs to prepare the national plan', () => {
    const p = s.provision('LCA/cta-2010/33');
    expect(p.source.kind).toBe('official');
    expect(p.number).toBe('33');
    for (const e of ['coop.coordinating-body', 'prev.policies-programmes', 'coop.data-collection', 'coop.information-exchange', 'border.controls']) {
      expect(s.status(e)).toBe('partial');
      expect(s.coverageOf(e).provisions).toEqual(['LCA/cta-2010/33']);
    }
    expect(s.status('prev.civil-society')).toBe('partial');
    expect(s.coverageOf('prev.civil-society').provisions).toEqual(['LCA/cta-2010/33', 'LCA/cta-2010/24']);
  });

  it('ss. 22, 24 and 29 (official text): information, a plan of services, no prison housing, a route home for nationals — all partial', () => {
    for (const k of ['LCA/cta-2010/22', 'LCA/cta-2010/24', 'LCA/cta-2010/29']) expect(s.provision(k).source.kind).toBe('official');
    expect(s.coverageOf('prot.information-proceedings').provisions).toEqual(['LCA/cta-2010/22']);
    expect(s.coverageOf('prot.repatriation-documents').provisions).toEqual(['LCA/cta-2010/29']);
    expect(s.elementsRatedOtherThan('partial', [
      'prot.information-proceedings', 'prot.counselling-language', 'prot.housing', 'prot.medical-psychological',
      'prot.employment-education', 'prot.free-legal-aid', 'prot.non-detention', 'prot.repatriation-documents',
    ])).toEqual([]);
    // s. 24 is a duty to plan services, not an entitlement; the exception for exigent circumstances is recorded
    expect(s.coverageOf('prot.housing').shortcoming?.en).toMatch(/plan/);
    expect(s.coverageOf('prot.non-detention').shortcoming?.en).toMatch(/exigent/);
  });

  it('privacy, witness protection, compensation, residence, safe return and child-specific care remain not assessed', () => {
    expect(s.provision('LCA/cta-2010/victim-protection').attributes.elements).toEqual(
      expect.arrayContaining(['prot.privacy-identity', 'prot.witness-protection', 'prot.compensation']),
    );
    expect(s.elementsRatedOtherThan('not-assessed', [
      'prot.privacy-identity', 'prot.witness-protection', 'prot.compensation', 'prot.residence-permit',
      'prot.repatriation-safe', 'prot.special-needs-children',
    ])).toEqual([]);
  });

  it('full coverage is claimed only where a text was read or two sources agree', () => {
    expect(s.coverage.filter((c) => c.status === 'full').map((c) => c.element).sort()).toEqual([
      'crim.aggravating.child-victim',
      'crim.aggravating.organized-group',
      'def.child-under-18',
      'def.purpose.forced-labour',
    ]);
  });
});
