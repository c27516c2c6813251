import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('GRD');

describe('GRD corpus: verified legal facts', () => {
  it('records accession to the Trafficking in Persons Protocol on 21 May 2004, and CARICOM membership', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'accession', date: '2004-05-21' });
    expect(s.jurisdiction.groups).toEqual(['caricom']);
    expect(s.jurisdiction.subregion).toBe('caribbean');
  });

  it('the 2014 trafficking Act has no amendment; Act No. 35 of 2014 (assent 28 June 2014) amends the Proceeds of Crime Act No. 6 of 2012', () => {
    const act = s.instrument('GRD/ptipa-2014');
    expect(act.title.original).toBe('Prevention of Trafficking in Persons Act, 2014');
    expect(act.amends).toEqual([]);
    expect(act.amendedBy).toEqual([]);
    expect(act.dates).toEqual({});
    expect(s.provision('GRD/ptipa-2014/offence').history).toEqual([]);
    const amend = s.instrument('GRD/poca-amend-2-2014');
    expect(amend.number).toBe('35 of 2014');
    expect(amend.dates.enacted).toBe('2014-06-28');
    expect(amend.amends).toEqual(['GRD/poca-2012']);
    expect(s.instrument('GRD/poca-2012')).toMatchObject({ number: '6 of 2012', amendedBy: ['GRD/poca-amend-2-2014'] });
  });

  it('requires coercive means (force, threats, abuse of power, other coercion) even for child victims', () => {
    const a = s.provision('GRD/ptipa-2014/offence').attributes;
    expect(a.meansRequired).toEqual({ adults: true, children: true });
    expect(a.means).toEqual(expect.arrayContaining(['def.means.threat-force', 'def.means.abuse-of-power', 'def.means.coercion']));
    expect(s.status('def.child-no-means')).toBe('absent');
    expect(s.status('def.means-not-required')).toBe('absent');
  });

  it('does not claim a penalty range it could not read', () => {
    expect(s.provision('GRD/ptipa-2014/offence').attributes.penalty).toBeUndefined();
    expect(s.status('crim.serious-crime-penalty')).toBe('not-assessed');
    expect(s.status('crim.intentional-offence')).toBe('not-assessed');
  });

  it('does not claim a list of purposes: every purpose element is not assessed', () => {
    expect(s.provision('GRD/ptipa-2014/offence').attributes.purposes).toEqual([]);
    for (const c of s.coverage.filter((x) => x.element.startsWith('def.purpose.'))) {
      expect(c.status).toBe('not-assessed');
    }
  });

  it('records that the Act has victim-protection measures but rates none of them without their text', () => {
    expect(s.provision('GRD/ptipa-2014/protection').attributes.elements).toEqual([]);
    for (const c of s.coverage.filter((x) => x.element.startsWith('prot.'))) {
      expect(c.status).toBe('not-assessed');
      expect(c.provisions).toContain('GRD/ptipa-2014/protection');
    }
  });

  it('finds only section 188 of the Criminal Code (procuring for prostitution) and the constitutional ban on slavery as related rules', () => {
    expect(s.provision('GRD/criminal-code/188').number).toBe('188');
    expect(s.provision('GRD/constitution/4').attributes.elements).toEqual([]);
    expect(s.coverageOf('crim.related-offences')).toMatchObject({
      status: 'not-assessed',
      provisions: ['GRD/criminal-code/188', 'GRD/constitution/4'],
    });
  });

  it('claims no full or partial coverage and rests every provision on secondary sources', () => {
    expect(s.coverage.filter((c) => c.status === 'full' || c.status === 'partial')).toHaveLength(0);
    for (const p of s.provisions) {
      expect(p.source.kind).toBe('secondary');
    }
  });
});
