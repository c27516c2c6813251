import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('GUY');

describe('GUY corpus: verified legal facts', () => {
  it('records accession to the Trafficking in Persons Protocol on 14 September 2004, as a CARICOM state in South America', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2004-09-14' });
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.officialLanguages).toEqual(['en']);
  });

  it('the 2023 Act (Act No. 7 of 2023) repeals and replaces Act No. 2 of 2005 (in force 7 April 2005), and both sides of the link agree', () => {
    const old = s.instrument('GUY/ctipa-2005');
    expect(old.number).toBe('2 of 2005');
    expect(old.dates.inForce).toBe('2005-04-07');
    expect(old.status).toBe('repealed');
    expect(old.amendedBy).toEqual(['GUY/ctipa-2023']);
    expect(old.source.kind).toBe('official');
    const act = s.instrument('GUY/ctipa-2023');
    expect(act.number).toBe('7 of 2023');
    expect(act.status).toBe('in-force');
    expect(act.amends).toEqual(['GUY/ctipa-2005']);
    expect(s.provision('GUY/ctipa-2005/3').status).toBe('repealed');
  });

  it('punishes trafficking with life imprisonment on indictment (five years summarily); in 2005: 3-5 years summarily, 5 years to life on indictment', () => {
    const p = s.provision('GUY/ctipa-2023/trafficking-offence').attributes.penalty;
    expect(p).toMatchObject({ minYears: null, maxYears: null, life: true });
    expect(p?.other?.en).toMatch(/five years/i);
    const old = s.provision('GUY/ctipa-2005/3').attributes.penalty;
    expect(old).toMatchObject({ minYears: 3, maxYears: null, life: true });
    expect(old?.other?.en).toMatch(/3 to 5 years/);
    expect(old?.other?.en).toMatch(/not less than 5 years or life/);
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
    expect(s.provision('GUY/ctipa-2023/cross-border-transport').attributes.penalty).toMatchObject({ maxYears: 5 });
  });

  it('does not claim a 2023 means rule or child rule it could not read: 2005 required means for adults only, the 2023 rule is not assessed', () => {
    const old = s.provision('GUY/ctipa-2005/3').attributes;
    expect(old.means).toHaveLength(8);
    expect(old.acts).toHaveLength(5);
    expect(old.meansRequired).toEqual({ adults: true, children: false });
    expect(old.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.provision('GUY/ctipa-2023/trafficking-offence').attributes.meansRequired).toBeUndefined();
    expect(s.status('def.means-not-required')).toBe('not-assessed');
    expect(s.status('def.child-no-means')).toBe('not-assessed');
    expect(s.status('def.child-under-18')).toBe('not-assessed');
    expect(s.status('def.means.deception')).toBe('not-assessed');
  });

  it('lists the 2005 purposes and the 2023 additions: illegal adoption, and children used in the drug trade', () => {
    expect(s.provision('GUY/ctipa-2005/3').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.child-pornography',
        'def.purpose.forced-marriage',
      ]),
    );
    expect(s.provision('GUY/ctipa-2023/definitions').attributes.purposes).toEqual([
      'def.purpose.illegal-adoption',
      'def.purpose.forced-criminality',
      'def.purpose.child-pornography',
    ]);
    expect(s.status('def.purpose.child-pornography')).toBe('not-assessed');
    expect(s.status('def.purpose.illegal-adoption')).toBe('full');
    expect(s.status('def.purpose.forced-criminality')).toBe('partial');
    expect(s.status('def.purpose.sexual-exploitation')).toBe('not-assessed');
  });

  it('makes consent irrelevant, needs no border crossing or organised group, and extends liability to corporations', () => {
    expect(s.status('def.consent-irrelevant')).toBe('full');
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.status('def.no-organized-group')).toBe('full');
    expect(s.provision('GUY/ctipa-2023/corporate-liability').attributes.elements).toContain('crim.legal-persons');
    expect(s.status('crim.legal-persons')).toBe('not-assessed');
    expect(s.provision('GUY/ctipa-2023/corporate-liability').source.url).toMatch(/normlex\.ilo\.org/);
  });

  it('orders restitution on every conviction (s. 7(1)); the victim immunity reaches offences resulting from trafficking, but only criminal liability', () => {
    expect(s.provision('GUY/ctipa-2023/7').number).toBe('7(1)');
    expect(s.provision('GUY/ctipa-2023/7').attributes.elements).toEqual(['prot.compensation']);
    expect(s.status('prot.compensation')).toBe('not-assessed');
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.provision('GUY/ctipa-2023/immunity').digest.en).toMatch(/prostitution/);
    expect(s.coverageOf('prot.non-punishment').shortcoming?.en).toMatch(/administrative penalties/);
    expect(s.provision('GUY/ctipa-2005/11').status).toBe('repealed');
    expect(s.status('coop.coordinating-body')).toBe('not-assessed');
    expect(s.coverageOf('coop.coordinating-body').provisions).toEqual(['GUY/ctipa-2023/task-force']);
  });

  it('records the 2005 sentencing increases (s. 8), including +5 years for a victim under 18, without carrying them over to 2023', () => {
    const agg = s.provision('GUY/ctipa-2005/8').attributes.aggravating;
    expect(agg.find((a) => a.element === 'crim.aggravating.child-victim')?.increase).toMatch(/\+5 years/);
    expect(agg.find((a) => a.element === 'crim.aggravating.organized-group')?.increase).toMatch(/\+3 years/);
    expect(s.status('crim.aggravating.child-victim')).toBe('not-assessed');
    expect(s.coverageOf('crim.aggravating.child-victim').provisions).toContain('GUY/ctipa-2005/8');
  });

  it('rests every 2023 provision on secondary sources (the 2023 Act itself was not read); the 2005 Act was read in the revised edition', () => {
    for (const p of s.provisions) {
      expect(p.source.kind).toBe(p.instrument === 'GUY/ctipa-2005' ? 'official' : 'secondary');
    }
  });
});
