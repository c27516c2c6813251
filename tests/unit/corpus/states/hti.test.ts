import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('HTI');
const LAW = 'HTI/loi-cl-2014-0010';

describe('HTI corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in 2011, for a CARICOM state in the Caribbean', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2011-/);
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.officialLanguages).toEqual(['fr', 'ht']);
  });

  it('rests on Loi CL/2014-0010, published in Le Moniteur on 2 June 2014 and never amended', () => {
    const law = s.instrument(LAW);
    expect(law.number).toBe('CL/2014-0010');
    expect(law.dates.published).toBe('2014-06-02');
    expect(law.amends).toEqual([]);
    expect(law.amendedBy).toEqual([]);
    expect(s.instruments).toHaveLength(1);
    for (const p of s.provisions) {
      expect(p.instrument).toBe(LAW);
      expect(p.history).toEqual([]);
    }
    for (const c of s.coverage) expect(c.history).toEqual([]);
  });

  it('punishes trafficking under Art. 11 with 7 to 15 years and a fine of 200,000-1,500,000 gourdes', () => {
    const a = s.provision(`${LAW}/11`).attributes;
    expect(a.penalty).toMatchObject({ minYears: 7, maxYears: 15 });
    expect(a.penalty?.fine).toContain('200,000-1,500,000 gourdes');
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
  });

  it('requires means for adults but not for children, and punishes child trafficking with up to life imprisonment', () => {
    expect(s.provision(`${LAW}/11`).attributes.meansRequired).toEqual({ adults: true, children: false });
    const child = s.provision(`${LAW}/child-trafficking`).attributes;
    expect(child.penalty).toMatchObject({ life: true, maxYears: null });
    expect(child.aggravating.find((g) => g.element === 'crim.aggravating.child-victim')?.increase).toBe('up to life imprisonment');
    expect(s.provision(`${LAW}/1.1.8`).attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('defines servitude to include domestic service, and leaves unconfirmed purposes and transfer not assessed', () => {
    expect(s.provision(`${LAW}/1.1.13`).attributes.purposes).toEqual(['def.purpose.servitude']);
    expect(s.status('def.purpose.servitude')).toBe('full');
    expect(s.elementsRatedOtherThan('not-assessed', ['def.purpose.slavery', 'def.purpose.organ-removal', 'def.purpose.open-list', 'def.act.transfer', 'def.consent-irrelevant'])).toEqual([]);
    expect(s.provision(`${LAW}/1.1.1`).attributes.acts).toEqual(['def.act.recruitment', 'def.act.transportation', 'def.act.harbouring', 'def.act.receipt']);
  });

  it('lists sexual exploitation, forced labour and pornography among the purposes, on two independent secondary accounts', () => {
    const x = s.provision(`${LAW}/exploitation`);
    expect(x.attributes.purposes).toEqual(['def.purpose.sexual-exploitation', 'def.purpose.forced-labour', 'def.purpose.child-pornography']);
    expect(x.source.kind).toBe('secondary');
    expect(x.source.corroboration?.length).toBeGreaterThanOrEqual(2);
    expect(s.elementsRatedOtherThan('full', ['def.purpose.sexual-exploitation', 'def.purpose.forced-labour', 'def.purpose.child-pornography'])).toEqual([]);
    // Reported by one source only (Free the Slaves): not recorded, not assessed.
    expect(s.elementsRatedOtherThan('not-assessed', ['def.purpose.forced-begging', 'def.purpose.forced-marriage', 'def.purpose.illegal-adoption', 'def.purpose.tissues-fluids', 'crim.accomplice'])).toEqual([]);
  });

  it('records the duty to give victims medical, legal and psychosocial services and a fund, without claiming full protection coverage', () => {
    const v = s.provision(`${LAW}/victim-assistance`);
    expect(v.attributes.elements).toEqual(expect.arrayContaining(['prot.medical-psychological', 'prot.free-legal-aid', 'coop.dedicated-funding', 'proc.assets-to-victims']));
    expect(v.source.kind).toBe('secondary');
    expect(s.elementsRatedOtherThan('not-assessed', ['prot.medical-psychological', 'prot.free-legal-aid', 'prot.non-punishment', 'prot.residence-permit', 'coop.coordinating-body', 'coop.dedicated-funding'])).toEqual([]);
  });
});
