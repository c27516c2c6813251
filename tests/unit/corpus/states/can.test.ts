import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('CAN');

describe('Canada (CAN): verified legal facts', () => {
  it('records ratification of the Trafficking Protocol on 13 May 2002', () => {
    expect(s.jurisdiction.protocol.status).toBe('party');
    expect(s.jurisdiction.protocol.date).toBe('2002-05-13');
  });

  it('punishes trafficking (s. 279.01) with 4 to 14 years, or life with a 5-year minimum when aggravated', () => {
    const p = s.provision('CAN/cc/279.01');
    expect(p.attributes.penalty).toMatchObject({ minYears: 4, maxYears: 14 });
    const harm = p.attributes.aggravating.find((a) => a.element === 'crim.aggravating.serious-harm');
    expect(harm?.increase).toMatch(/life/);
    expect(harm?.increase).toMatch(/minimum 5 years/);
  });

  it('had no minimum penalty before the 2014 Protection of Communities and Exploited Persons Act', () => {
    const first = s.provision('CAN/cc/279.01').history[0];
    expect(first.amendedBy).toBe('CAN/pcepa');
    expect(first.attributes.penalty).toMatchObject({ minYears: null, maxYears: 14 });
  });

  it('punishes trafficking of a person under 18 (s. 279.011) with 5 to 14 years, life with a 6-year minimum when aggravated', () => {
    const p = s.provision('CAN/cc/279.011');
    expect(p.attributes.penalty).toMatchObject({ minYears: 5, maxYears: 14 });
    expect(p.attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(p.attributes.aggravating.find((a) => a.element === 'crim.aggravating.serious-harm')?.increase).toMatch(/minimum 6 years/);
  });

  it('keeps the coercive exploitation element for adults and children alike', () => {
    expect(s.provision('CAN/cc/279.01').attributes.meansRequired).toEqual({ adults: true, children: true });
    expect(s.provision('CAN/cc/279.011').attributes.meansRequired).toEqual({ adults: true, children: true });
    expect(s.status('def.means-not-required')).toBe('partial');
  });

  it('covers children without means only for commercial sexual exploitation (procuring, s. 286.3)', () => {
    expect(s.provision('CAN/cc/286.3').attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(s.status('def.child-no-means')).toBe('partial');
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('lists sexual exploitation, forced labour and organ removal as purposes, but not slavery or servitude expressly', () => {
    const purposes = s.provision('CAN/cc/279.01').attributes.purposes;
    expect(purposes).toEqual(expect.arrayContaining(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour', 'def.purpose.organ-removal']));
    expect(purposes).not.toContain('def.purpose.slavery');
    expect(s.status('def.purpose.slavery')).toBe('partial');
    expect(s.status('def.purpose.servitude')).toBe('partial');
  });

  it('makes consent invalid and needs no border crossing or organized group', () => {
    expect(s.provision('CAN/cc/279.01').attributes.elements).toContain('def.consent-irrelevant');
    expect(s.status('def.consent-irrelevant')).toBe('full');
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('treats fraud, deception and abuse of power only as factors (partial), threat/force and coercion as full', () => {
    expect(s.status('def.means.threat-force')).toBe('full');
    expect(s.status('def.means.coercion')).toBe('full');
    expect(s.status('def.means.fraud')).toBe('partial');
    expect(s.status('def.means.deception')).toBe('partial');
    expect(s.status('def.means.abuse-of-power')).toBe('partial');
    expect(s.status('def.means.payments-to-controller')).toBe('absent');
  });

  it('punishes trafficking into Canada (IRPA s. 118) by life imprisonment and requires listed means', () => {
    const p = s.provision('CAN/irpa/118');
    expect(p.attributes.penalty).toMatchObject({ maxYears: null, life: true });
    expect(p.attributes.means).toEqual(expect.arrayContaining(['def.means.abduction', 'def.means.fraud', 'def.means.coercion']));
    expect(p.attributes.purposes).toEqual([]);
  });

  it('makes the adult material-benefit offence hybrid (max 10 years) since 2019', () => {
    const p = s.provision('CAN/cc/279.02');
    expect(p.attributes.penalty).toMatchObject({ maxYears: 10 });
    expect(p.history.map((h) => h.amendedBy)).toEqual(['CAN/pcepa', 'CAN/sc-2019-c25']);
  });

  it('gained nationality jurisdiction over trafficking abroad only in 2012', () => {
    const c = s.coverageOf('crim.jurisdiction-nationality');
    expect(c.status).toBe('partial');
    expect(c.history[0]).toMatchObject({ until: '2012-06-28', status: 'absent', amendedBy: 'CAN/sc-2012-c15' });
  });

  it('rates the key victim protections as verified', () => {
    expect(s.status('prot.privacy-identity')).toBe('full');
    expect(s.status('prot.witness-protection')).toBe('full');
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.status('prot.reflection-period')).toBe('absent');
    expect(s.status('prot.housing')).toBe('not-assessed');
  });
});
