import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('PRY');

describe('PRY corpus: verified legal facts', () => {
  it('records Paraguay as a MERCOSUR state that ratified the Trafficking in Persons Protocol in 2004', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2004-/);
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual(['mercosur']);
  });

  it('rests on Ley 4788 of 2012, promulgated on 13 December 2012, with no amending law recorded', () => {
    const law = s.instrument('PRY/ley-4788');
    expect(law.number).toBe('4788');
    expect(law.dates.enacted).toBe('2012-12-13');
    expect(law.amendedBy).toEqual([]);
    expect(s.provisions.every((p) => p.history.length === 0)).toBe(true);
    expect(s.provision('PRY/ley-4788/5').inForce.introducedBy).toBe('PRY/ley-4788');
  });

  it('punishes trafficking (Art. 5) with up to 8 years, raised to 2-20 years for child victims and 2-15 years where force, fraud or coercion is used', () => {
    const a = s.provision('PRY/ley-4788/5').attributes;
    expect(a.penalty).toMatchObject({ maxYears: 8 });
    const ag = s.provision('PRY/ley-4788/agravantes').attributes.aggravating;
    expect(ag.find((g) => g.element === 'crim.aggravating.child-victim')?.increase).toBe('2-20 years');
    expect(ag.find((g) => g.element === 'crim.aggravating.other')?.increase).toBe('2-15 years');
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires no means for adults or children: force, fraud and coercion only aggravate', () => {
    const a = s.provision('PRY/ley-4788/5').attributes;
    expect(a.meansRequired).toEqual({ adults: false, children: false });
    expect(a.means).toEqual([]);
    expect(s.status('def.means-not-required')).toBe('full');
    expect(s.status('def.child-no-means')).toBe('full');
    for (const m of ['def.means.threat-force', 'def.means.coercion', 'def.means.deception', 'def.means.abuse-of-vulnerability']) {
      expect(s.status(m)).toBe('full');
    }
    expect(s.status('def.child-under-18')).toBe('not-assessed');
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('lists sexual exploitation, servitude, servile marriage, forced labour and slavery as purposes, leaving organ removal unassessed', () => {
    expect(s.provision('PRY/ley-4788/5').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.servitude',
        'def.purpose.forced-marriage',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
      ]),
    );
    expect(s.status('def.purpose.servitude')).toBe('partial');
    expect(s.status('def.purpose.organ-removal')).toBe('not-assessed');
    expect(s.status('def.act.harbouring')).toBe('not-assessed');
    expect(s.status('def.no-transnationality')).toBe('full');
  });

  it('lets foreign victims stay during recovery with deportation suspended and obtain a renewable six-month residence', () => {
    expect(s.provision('PRY/ley-4788/40').attributes.elements).toContain('prot.reflection-period');
    expect(s.provision('PRY/ley-4788/41').digest.en).toMatch(/six months/);
    expect(s.status('prot.reflection-period')).toBe('partial');
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.status('prot.asylum-non-refoulement')).toBe('partial');
  });

  it('keeps compensation orders alive after the victim leaves (Art. 19), but rates compensation partial', () => {
    expect(s.provision('PRY/ley-4788/19').attributes.elements).toContain('prot.compensation');
    expect(s.coverageOf('prot.compensation').provisions).toEqual(
      expect.arrayContaining(['PRY/ley-4788/18', 'PRY/ley-4788/19', 'PRY/ley-4788/20']),
    );
    expect(s.status('prot.compensation')).toBe('partial');
    expect(s.status('coop.dedicated-funding')).toBe('not-assessed');
  });
});
