import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('PAN');

describe('PAN corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in August 2004', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2004-08-/);
    expect(s.jurisdiction.groups).toEqual(['rcm', 'sica']);
  });

  it('the 2024 amendment is Ley 458, in force on 3 December 2024, and both sides of the links agree', () => {
    const law = s.instrument('PAN/ley-458-2024');
    expect(law.number).toBe('458 de 2024');
    expect(law.dates.inForce).toBe('2024-12-03');
    expect(law.amends).toEqual(expect.arrayContaining(['PAN/ley-79-2011', 'PAN/cp']));
    expect(s.instrument('PAN/ley-79-2011').amendedBy).toContain('PAN/ley-458-2024');
    expect(s.instrument('PAN/cp').amendedBy).toEqual(expect.arrayContaining(['PAN/ley-79-2011', 'PAN/ley-458-2024']));
    expect(s.provision('PAN/cp/456-a').inForce).toEqual({ from: '2024-12-03', introducedBy: 'PAN/ley-458-2024' });
  });

  it('punishes trafficking with 15 to 20 years, and 20 to 30 when the victim is under 18', () => {
    const a = s.provision('PAN/cp/456-a').attributes;
    expect(a.penalty).toMatchObject({ minYears: 15, maxYears: 20 });
    const child = a.aggravating.find((g) => g.element === 'crim.aggravating.child-victim');
    expect(child?.increase).toBe('20-30 years');
    expect(a.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires means for adults since Ley 458; before, no means were required for anyone', () => {
    const p = s.provision('PAN/cp/456-a');
    expect(p.attributes.means).toEqual(
      expect.arrayContaining(['def.means.threat-force', 'def.means.coercion', 'def.means.deception', 'def.means.fraud', 'def.means.abuse-of-power', 'def.means.abuse-of-vulnerability']),
    );
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.coverageOf('def.means-not-required').history[0]).toMatchObject({ until: '2024-12-03', status: 'full' });
    expect(p.history).toHaveLength(1);
    expect(p.history[0].attributes.meansRequired).toEqual({ adults: false, children: false });
    expect(p.history[0].attributes.means).toEqual([]);
  });

  it('does not claim a child rule it could not read: no meansRequired on the current text, child-no-means not assessed', () => {
    expect(s.provision('PAN/cp/456-a').attributes.meansRequired).toBeUndefined();
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.coverageOf('def.child-no-means').history[0]).toMatchObject({ status: 'full', amendedBy: 'PAN/ley-458-2024' });
    expect(s.status('def.child-under-18')).toBe('full');
  });

  it('lists the Protocol purposes plus begging, servile marriage and irregular adoption, in a closed list', () => {
    expect(s.provision('PAN/cp/456-a').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.forced-begging',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
      ]),
    );
    expect(s.status('def.purpose.open-list')).toBe('absent');
    expect(s.status('def.purpose.tissues-fluids')).toBe('absent');
  });

  it('names recruitment, retention and receipt, but not transport or transfer', () => {
    expect(s.status('def.act.recruitment')).toBe('full');
    expect(s.status('def.act.harbouring')).toBe('full');
    expect(s.status('def.act.receipt')).toBe('full');
    expect(s.status('def.act.transportation')).toBe('partial');
    expect(s.status('def.act.transfer')).toBe('partial');
  });

  it('dropped the movement requirement in 2024; no organised group is needed', () => {
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.coverageOf('def.no-transnationality').history[0]).toMatchObject({ until: '2024-12-03', status: 'partial' });
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('leaves consent irrelevance not assessed', () => {
    expect(s.status('def.consent-irrelevant')).toBe('not-assessed');
  });

  it('covers participation, legal persons, laundering, limitation and special techniques', () => {
    expect(s.status('crim.attempt')).toBe('full');
    expect(s.status('crim.accomplice')).toBe('full');
    expect(s.status('crim.legal-persons')).toBe('full');
    expect(s.provision('PAN/cp/254').attributes.penalty).toMatchObject({ minYears: 5, maxYears: 12 });
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.status('crim.statute-of-limitations')).toBe('full');
    expect(s.status('proc.special-investigative-techniques')).toBe('full');
    expect(s.status('proc.seizure-freezing')).toBe('full');
  });

  it('records the verified victim-protection statuses', () => {
    expect(s.status('prot.compensation')).toBe('full');
    expect(s.status('prot.civil-action')).toBe('full');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('prot.non-detention')).toBe('not-assessed');
    expect(s.status('prot.views-in-proceedings')).toBe('not-assessed');
    expect(s.status('prot.assistance-unconditional')).toBe('not-assessed');
  });

  it('Art. 36 of Ley 79 lists the victims\' rights, read in a secondary transcription and counted as partial only', () => {
    const art36 = s.provision('PAN/ley-79-2011/36');
    expect(art36.instrument).toBe('PAN/ley-79-2011');
    expect(art36.source.kind).toBe('secondary');
    expect(art36.source.corroboration?.length).toBeGreaterThanOrEqual(1);
    const rights = [
      'prot.privacy-identity',
      'prot.information-proceedings',
      'prot.counselling-language',
      'prot.consular-access',
      'prot.free-legal-aid',
      'prot.housing',
      'prot.medical-psychological',
      'prot.residence-permit',
      'prot.repatriation-safe',
      'prot.special-needs-children',
      'prot.child-best-interests',
      'prot.reintegration',
    ];
    expect(art36.attributes.elements).toEqual(expect.arrayContaining(rights));
    for (const id of rights) {
      expect(s.status(id)).toBe('partial');
      expect(s.coverageOf(id).provisions).toContain('PAN/ley-79-2011/36');
    }
  });

  it('has the National Commission and a victims fund created under Ley 79', () => {
    expect(s.status('coop.coordinating-body')).toBe('full');
    expect(s.coverageOf('coop.coordinating-body').provisions).toContain('PAN/ley-79-2011/comision');
    expect(s.status('coop.dedicated-funding')).toBe('full');
  });

  it('does not claim jurisdiction, MLA or extradition rules it could not read', () => {
    expect(s.status('crim.jurisdiction-territorial')).toBe('not-assessed');
    expect(s.status('proc.mutual-legal-assistance')).toBe('not-assessed');
    expect(s.status('proc.extradition')).toBe('not-assessed');
  });
});
