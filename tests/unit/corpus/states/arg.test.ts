import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('ARG');

describe('Argentina (ARG) corpus facts', () => {
  it('records the Protocol ratification of 19 November 2002', () => {
    expect(s.jurisdiction.protocol.status).toBe('party');
    expect(s.jurisdiction.protocol.date).toBe('2002-11-19');
  });

  it('punishes the basic offence (CP art. 145 bis) with 4 to 8 years', () => {
    const p = s.provision('ARG/cp/145-bis');
    expect(p.attributes.penalty).toMatchObject({ minYears: 4, maxYears: 8 });
  });

  it('requires no means for adults or children since Ley 26.842', () => {
    expect(s.provision('ARG/cp/145-bis').attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(s.provision('ARG/ley-26364/2').attributes.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('full');
  });

  it('required means for adults (3 to 6 years) before 27 December 2012', () => {
    const before = s.provision('ARG/cp/145-bis').history[0];
    expect(before.to).toBe('2012-12-27');
    expect(before.amendedBy).toBe('ARG/ley-26842');
    expect(before.attributes.meansRequired).toEqual({ adults: true, children: false });
    expect(before.attributes.penalty).toMatchObject({ minYears: 3, maxYears: 6 });
    expect(s.provision('ARG/ley-26364/2').history[0].attributes.means).toContain('def.means.deception');
    expect(s.coverageOf('def.means-not-required').history[0].status).toBe('absent');
  });

  it('aggravates to 5-10 years (means, official, etc.) and 10-15 years for a child under 18', () => {
    const agg = s.provision('ARG/cp/145-ter').attributes.aggravating;
    expect(agg.find((a) => a.element === 'crim.aggravating.child-victim')?.increase).toBe('10-15 years');
    expect(agg.find((a) => a.element === 'crim.aggravating.public-official')?.increase).toBe('5-10 years');
    expect(s.provision('ARG/cp/145-ter').attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('crim.aggravating.serious-harm')).toBe('absent');
  });

  it('maps the six exploitation situations of art. 2 of Ley 26.364 (a closed list) to purpose IDs', () => {
    expect([...s.provision('ARG/ley-26364/2').attributes.purposes].sort()).toEqual(
      [
        'def.purpose.child-pornography',
        'def.purpose.forced-labour',
        'def.purpose.forced-marriage',
        'def.purpose.organ-removal',
        'def.purpose.servitude',
        'def.purpose.sexual-exploitation',
        'def.purpose.slavery',
        'def.purpose.tissues-fluids',
      ].sort(),
    );
    expect(s.status('def.purpose.open-list')).toBe('absent');
    expect(s.status('def.purpose.forced-begging')).toBe('absent');
    expect(s.coverageOf('def.purpose.forced-marriage').history[0].status).toBe('absent');
  });

  it('makes consent irrelevant, needs no border crossing, and covers children without means', () => {
    expect(s.status('def.consent-irrelevant')).toBe('full');
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('keeps the non-punishment clause and the key victim guarantees', () => {
    expect(s.status('prot.non-punishment')).toBe('full');
    expect(s.status('prot.assistance-unconditional')).toBe('full');
    expect(s.status('prot.residence-permit')).toBe('full');
    expect(s.status('prot.free-legal-aid')).toBe('full');
    expect(s.status('prot.compensation')).toBe('full');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.status('prot.reflection-period')).toBe('absent');
  });

  it('repealed the separate child and exploitation articles (3 and 4) of Ley 26.364', () => {
    expect(s.provision('ARG/ley-26364/3').status).toBe('repealed');
    expect(s.provision('ARG/ley-26364/4').status).toBe('repealed');
  });

  it('keeps amends / amendedBy links consistent', () => {
    for (const i of s.instruments) {
      for (const target of i.amends) {
        const other = s.instruments.find((x) => x.key === target);
        if (other) expect(other.amendedBy, `${i.key} -> ${target}`).toContain(i.key);
      }
    }
  });
});
