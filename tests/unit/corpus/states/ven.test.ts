import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('VEN');

describe('VEN corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in May 2002 and MERCOSUR membership', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toMatch(/^2002-05-/);
    expect(s.jurisdiction.subregion).toBe('south-america');
    expect(s.jurisdiction.groups).toEqual(['mercosur']);
  });

  it('the 2012 organised-crime law (Gaceta Oficial 39.912, 30 April 2012) replaced the 2005 law, with both links consistent', () => {
    const locdoft = s.instrument('VEN/locdoft-2012');
    expect(locdoft.number).toBe('Gaceta Oficial 39.912');
    expect(locdoft.dates.published).toBe('2012-04-30');
    expect(locdoft.amends).toEqual(['VEN/lodo-2005']);
    const old = s.instrument('VEN/lodo-2005');
    expect(old.amendedBy).toEqual(['VEN/locdoft-2012']);
    expect(old.status).toBe('repealed');
    expect(s.provision('VEN/lodo-2005/16').status).toBe('repealed');
  });

  it('punishes trafficking under Art. 41 LOCDOFT with 20 to 25 years, a serious-crime penalty', () => {
    const a = s.provision('VEN/locdoft-2012/41').attributes;
    expect(a.penalty).toMatchObject({ minYears: 20, maxYears: 25 });
    expect(s.status('crim.serious-crime-penalty')).toBe('full');
  });

  it('requires one of the listed means for adults and children alike, and makes consent irrelevant', () => {
    const a = s.provision('VEN/locdoft-2012/41').attributes;
    expect(a.meansRequired).toEqual({ adults: true, children: true });
    expect(a.means).toEqual(
      expect.arrayContaining(['def.means.threat-force', 'def.means.coercion', 'def.means.abduction', 'def.means.deception', 'def.means.abuse-of-power', 'def.means.payments-to-controller']),
    );
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('absent');
    expect(s.status('def.consent-irrelevant')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('partial');
    expect(s.provision('VEN/lopnna/2').attributes.ageThresholds.map((x) => x.age)).toContain(18);
  });

  it('names all five acts and a closed list of purposes adding begging, debt servitude, irregular adoption, pornography and servile marriage', () => {
    const a = s.provision('VEN/locdoft-2012/41').attributes;
    expect(a.acts).toHaveLength(5);
    expect(a.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.forced-begging',
        'def.purpose.forced-marriage',
        'def.purpose.illegal-adoption',
        'def.purpose.child-pornography',
      ]),
    );
    expect(s.status('def.purpose.servitude')).toBe('partial');
    expect(s.status('def.purpose.open-list')).toBe('partial');
    expect(s.status('def.purpose.forced-criminality')).toBe('absent');
    expect(s.status('def.purpose.tissues-fluids')).toBe('absent');
  });

  it('dropped the cross-border limitation in 2012; the women-only offence of 2007 (Art. 56, 15-20 years) was renumbered by the 2021 reform', () => {
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.coverageOf('def.no-transnationality').history[0]).toMatchObject({ until: '2012-04-30', amendedBy: 'VEN/locdoft-2012', status: 'partial' });
    const reform = s.instrument('VEN/lodmvlv-reforma-2021');
    expect(reform.dates.inForce).toBe('2021-12-16');
    expect(reform.amends).toEqual(['VEN/lodmvlv']);
    expect(s.instrument('VEN/lodmvlv').amendedBy).toEqual(['VEN/lodmvlv-reforma-2021']);
    const w = s.provision('VEN/lodmvlv/72');
    expect(w.history).toHaveLength(1);
    expect(w.history[0]).toMatchObject({ to: '2021-12-16', amendedBy: 'VEN/lodmvlv-reforma-2021' });
    expect(w.history[0].attributes.penalty).toMatchObject({ minYears: 15, maxYears: 20 });
    expect(w.history[0].attributes.meansRequired).toEqual({ adults: true, children: true });
  });

  it('covers laundering of the proceeds of any unlawful activity (Art. 35, 10-15 years) and protects victims, witnesses and relatives under the 2006 law', () => {
    expect(s.provision('VEN/locdoft-2012/35').attributes.penalty).toMatchObject({ minYears: 10, maxYears: 15 });
    expect(s.status('crim.money-laundering-predicate')).toBe('full');
    expect(s.instrument('VEN/lpvt-2006').dates.published).toBe('2006-10-04');
    expect(s.status('prot.witness-protection')).toBe('partial');
    expect(s.status('prot.non-punishment')).toBe('not-assessed');
    expect(s.status('prot.residence-permit')).toBe('not-assessed');
  });

  it('gives victims procedural rights under the Code of Criminal Procedure (Arts. 23 and 122), all only partial', () => {
    const rights = s.provision('VEN/copp/122');
    expect(rights.instrument).toBe('VEN/copp');
    expect(rights.attributes.elements).toEqual(
      expect.arrayContaining(['prot.information-proceedings', 'prot.views-in-proceedings', 'prot.civil-action', 'prot.compensation']),
    );
    for (const e of ['prot.information-proceedings', 'prot.views-in-proceedings', 'prot.civil-action']) {
      expect(s.status(e)).toBe('partial');
      expect(s.coverageOf(e).provisions).toEqual(['VEN/copp/122']);
    }
    expect(s.status('prot.compensation')).toBe('partial');
    expect(s.coverageOf('prot.compensation').provisions).toEqual(['VEN/copp/23', 'VEN/copp/122']);
  });

  it('never extradites nationals (Constitution Art. 69, Penal Code Art. 6) but requires their trial at home: extradition only partial', () => {
    expect(s.provision('VEN/crbv/69').instrument).toBe('VEN/crbv');
    expect(s.provision('VEN/cp/6').attributes.elements).toContain('proc.extradition');
    expect(s.status('proc.extradition')).toBe('partial');
    expect(s.coverageOf('proc.extradition').provisions).toEqual(['VEN/cp/6', 'VEN/crbv/69']);
  });

  it('punishes reduction to slavery (Penal Code Art. 173, 6-12 years) but no stand-alone forced-labour offence was found', () => {
    expect(s.provision('VEN/cp/173').attributes.penalty).toMatchObject({ minYears: 6, maxYears: 12 });
    expect(s.status('crim.related-offences')).toBe('partial');
  });

  it('protects child victims through the LOPNNA only: best interests (Art. 8) and a ban on identifying them (Art. 65)', () => {
    expect(s.status('prot.child-best-interests')).toBe('partial');
    expect(s.coverageOf('prot.child-best-interests').provisions).toEqual(['VEN/lopnna/8']);
    expect(s.status('prot.privacy-identity')).toBe('partial');
    expect(s.coverageOf('prot.privacy-identity').provisions).toEqual(['VEN/lopnna/65']);
    // no aggravation of Art. 41 LOCDOFT was read, and no shelter rule for trafficking victims as such
    expect(s.status('crim.aggravating.child-victim')).toBe('not-assessed');
    expect(s.status('prot.housing')).toBe('not-assessed');
  });
});
