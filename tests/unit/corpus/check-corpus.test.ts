import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../main/core/corpus/check-corpus';
import { readCorpusSources } from '../../../main/core/corpus/corpus-files';
import { formatProblem } from '../../../main/core/corpus/corpus-model';
import { copyCorpus, editYaml, FIXTURE_CORPUS } from '../../support/corpus-copy';

function problemsAfter(edit: (root: string) => void): string[] {
  const root = copyCorpus();
  edit(root);
  return checkCorpus(readCorpusSources(root)).problems.map(formatProblem);
}

describe('corpus check', () => {
  it('passes the clean fixture and returns its model', () => {
    const r = checkCorpus(readCorpusSources(FIXTURE_CORPUS));
    expect(r.problems).toEqual([]);
    expect(r.model?.jurisdictions.map((j) => j.jurisdiction.code)).toEqual(['ATL']);
  });

  // Each seeded error, and the exact report line that must name it.
  const cases: Array<[string, (root: string) => void, RegExp]> = [
    ['a wrongly typed field', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].attributes.penalty.minYears = 'four')), /^jurisdictions\/ATL\/provisions\.yaml: provisions\.0\.attributes\.penalty\.minYears: /],
    ['an unknown element ID', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => d.provisions[0].attributes.acts.push('def.act.kidnapping')), /provisions\.0\.attributes\.acts\.1: unknown element ID "def\.act\.kidnapping"/],
    ['an act that is not an act element', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => d.provisions[0].attributes.acts.push('def.means.fraud')), /attributes\.acts\.1: "def\.means\.fraud" is not a act element/],
    ['a provision key that does not resolve', (r) => editYaml(r, 'jurisdictions/ATL/coverage.yaml', (d) => (d.coverage[0].provisions = ['ATL/ley-1/99'])), /coverage\.yaml: coverage\.0\.provisions\.0: provision "ATL\/ley-1\/99" is not in/],
    ['a full status without a provision', (r) => editYaml(r, 'jurisdictions/ATL/coverage.yaml', (d) => (d.coverage[0].provisions = [])), /coverage\.0\.provisions: a "full" status must cite at least one provision/],
    ['a partial status without its shortcoming', (r) => editYaml(r, 'jurisdictions/ATL/coverage.yaml', (d) => delete d.coverage[2].shortcoming), /coverage\.2\.shortcoming: a "partial" status must name its shortcoming/],
    ['an element with no status', (r) => editYaml(r, 'jurisdictions/ATL/coverage.yaml', (d) => d.coverage.pop()), /coverage\.yaml: coverage: no status for element "def\.consent-irrelevant"/],
    ['an element with two statuses', (r) => editYaml(r, 'jurisdictions/ATL/coverage.yaml', (d) => d.coverage.push({ ...d.coverage[0] })), /element "def\.act\.recruitment" has more than one status/],
    ['a duplicate element ID', (r) => editYaml(r, 'elements/definition.yaml', (d) => d.elements.push({ ...d.elements[0] })), /elements\.3\.id: duplicate element ID "def\.act\.recruitment"/],
    ['a folder that does not match the code', (r) => editYaml(r, 'jurisdictions/ATL/jurisdiction.yaml', (d) => (d.code = 'ATX')), /jurisdiction\.yaml: code: code "ATX" does not match its folder "ATL"/],
    ['an unknown grouping', (r) => editYaml(r, 'jurisdictions/ATL/jurisdiction.yaml', (d) => d.groups.push('nafta')), /groups\.1: unknown grouping "nafta"/],
    ['an unknown amending instrument', (r) => editYaml(r, 'jurisdictions/ATL/instruments.yaml', (d) => d.instruments[0].amendedBy.push('ATL/ley-9')), /instruments\.0\.amendedBy\.1: unknown instrument "ATL\/ley-9"/],
    ['a secondary source without corroboration', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].source.kind = 'secondary')), /source\.corroboration: a secondary source needs at least one independent corroborating source/],
    ['a source checked in the future', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].source.checked = '2999-01-01')), /source\.checked: a source cannot have been checked on 2999-01-01/],
    ['placeholder text', (r) => editYaml(r, 'elements/definition.yaml', (d) => (d.elements[0].modelClause.es = 'TODO')), /elements\.0\.modelClause\.es: placeholder text left in the corpus/],
    ['an unknown field (e.g. pasted official text)', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].officialText = 'Art. 2 ...')), /provisions\.0: Unrecognized key: "officialText"/],
    ['broken YAML', (r) => writeFileSync(join(r, 'jurisdictions/ATL/instruments.yaml'), 'instruments: [\n  - key: "x\n'), /^jurisdictions\/ATL\/instruments\.yaml: \(file\): YAML \w+ at line \d+, column \d+: /],
    ['an unquoted colon inside a title, pointed to by line', (r) => writeFileSync(join(r, 'jurisdictions/ATL/instruments.yaml'), 'instruments:\n  - key: ATL/x\n    title: a status table (the record: dates)\n'), /instruments\.yaml: \(file\): YAML BLOCK_AS_IMPLICIT_KEY at line 3, column \d+: /],
    ['a missing file', (r) => writeFileSync(join(r, 'jurisdictions/ATL/notes.yaml'), 'x: 1\n'), /jurisdictions\/ATL\/notes\.yaml: \(file\): unexpected file/],
    ['versions out of order', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => d.provisions[0].history.push({ ...d.provisions[0].history[0], to: '2001-01-01', from: undefined })), /history\.1\.to: versions must be listed oldest first/],
    ['penalty minimum above maximum', (r) => editYaml(r, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].attributes.penalty.minYears = 20)), /penalty\.minYears: minYears is greater than maxYears/],
  ];

  for (const [name, edit, expected] of cases) {
    it(`reports ${name}`, () => {
      const problems = problemsAfter(edit);
      expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
    });
  }

  it('reports every problem, not just the first', () => {
    const problems = problemsAfter((r) => {
      editYaml(r, 'jurisdictions/ATL/coverage.yaml', (d) => {
        d.coverage[0].provisions = [];
        delete d.coverage[2].shortcoming;
      });
      editYaml(r, 'jurisdictions/ATL/jurisdiction.yaml', (d) => d.groups.push('nafta'));
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});
