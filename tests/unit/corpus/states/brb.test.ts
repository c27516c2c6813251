import { describe, expect, it } from 'vitest';
import { loadState } from '../../../support/state-facts';

const s = loadState('BRB');

describe('BRB corpus: verified legal facts', () => {
  it('records ratification of the Trafficking in Persons Protocol in 2014, Caribbean and CARICOM', () => {
    expect(s.jurisdiction.protocol).toMatchObject({ status: 'party', action: 'ratification' });
    expect(s.jurisdiction.protocol.date).toBe('2014-11-11');
    expect(s.jurisdiction.subregion).toBe('caribbean');
    expect(s.jurisdiction.groups).toEqual(['caricom']);
  });

  it('the Trafficking in Persons Prevention Act is Act 2016-19, in force 9 June 2016, repealing Act 2011-3 and amending the Extradition Act', () => {
    const act = s.instrument('BRB/tippa-2016');
    expect(act.number).toBe('2016-19');
    expect(act.dates.inForce).toBe('2016-06-09');
    expect(act.amends).toEqual(expect.arrayContaining(['BRB/toc-2011', 'BRB/extradition-act']));
    expect(act.amendedBy).toEqual([]);
    expect(s.instrument('BRB/toc-2011')).toMatchObject({ status: 'repealed', amendedBy: ['BRB/tippa-2016'] });
    expect(s.instrument('BRB/extradition-act').amendedBy).toContain('BRB/tippa-2016');
  });

  it('punishes trafficking of adults with up to 25 years or a BBD 1,000,000 fine, and of children with up to life or BBD 2,000,000', () => {
    const adult = s.provision('BRB/tippa-2016/3').attributes.penalty;
    expect(adult).toMatchObject({ minYears: null, maxYears: 25 });
    expect(adult?.fine).toContain('1,000,000');
    const child = s.provision('BRB/tippa-2016/4').attributes.penalty;
    expect(child).toMatchObject({ maxYears: null, life: true });
    expect(child?.fine).toContain('2,000,000');
    expect(s.status('crim.serious-crime-penalty')).toBe('partial');
    expect(s.status('crim.aggravating.child-victim')).toBe('full');
  });

  it('requires means for adult victims but none for children under 18, and makes consent no defence', () => {
    expect(s.provision('BRB/tippa-2016/3').attributes.meansRequired).toEqual({ adults: true, children: false });
    expect(s.provision('BRB/tippa-2016/3').attributes.means).toHaveLength(8);
    expect(s.status('def.means-not-required')).toBe('absent');
    expect(s.status('def.child-no-means')).toBe('full');
    expect(s.status('def.child-under-18')).toBe('full');
    expect(s.provision('BRB/tippa-2016/2').attributes.ageThresholds.map((t) => t.age)).toEqual([18]);
    expect(s.status('def.consent-irrelevant')).toBe('full');
  });

  it('defines exploitation as an open list with the Protocol purposes plus child pornography', () => {
    expect(s.provision('BRB/tippa-2016/3').attributes.purposes).toEqual(
      expect.arrayContaining([
        'def.purpose.sexual-exploitation',
        'def.purpose.forced-labour',
        'def.purpose.slavery',
        'def.purpose.servitude',
        'def.purpose.organ-removal',
        'def.purpose.child-pornography',
      ]),
    );
    expect(s.status('def.purpose.open-list')).toBe('full');
    expect(s.status('def.purpose.forced-marriage')).toBe('absent');
    expect(s.status('def.purpose.illegal-adoption')).toBe('absent');
  });

  it('covers domestic trafficking since 2016; the repealed 2011 Act reached only transnational cases', () => {
    expect(s.status('def.no-transnationality')).toBe('full');
    expect(s.coverageOf('def.no-transnationality').history[0]).toMatchObject({
      until: '2016-06-09',
      amendedBy: 'BRB/tippa-2016',
      status: 'absent',
    });
    expect(s.status('def.no-organized-group')).toBe('full');
  });

  it('protects victim identity with in-camera hearings, but assistance is discretionary and stay permits last only for the prosecution', () => {
    expect(s.status('prot.privacy-identity')).toBe('full');
    expect(s.coverageOf('prot.privacy-identity').provisions).toContain('BRB/tippa-2016/16');
    expect(s.status('prot.housing')).toBe('partial');
    expect(s.status('prot.residence-permit')).toBe('partial');
    expect(s.status('prot.non-punishment')).toBe('partial');
    expect(s.status('prot.compensation')).toBe('partial');
    expect(s.status('prot.reflection-period')).toBe('absent');
  });
});
