/** Bumped whenever the built database's tables change; the app refuses a corpus of another format. */
export const CORPUS_DB_FORMAT = 1;

export const CORPUS_DB_DDL = `
CREATE TABLE corpus_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE groupings (id TEXT PRIMARY KEY, kind TEXT NOT NULL, sort INTEGER NOT NULL, name_json TEXT NOT NULL, description_json TEXT NOT NULL);
CREATE TABLE elements (
  id TEXT PRIMARY KEY, pillar TEXT NOT NULL, level TEXT NOT NULL, source TEXT NOT NULL, sort INTEGER NOT NULL,
  label_json TEXT NOT NULL, description_json TEXT NOT NULL, full_json TEXT NOT NULL, partial_json TEXT NOT NULL,
  model_clause_json TEXT NOT NULL, lexicon_json TEXT NOT NULL);
CREATE TABLE jurisdictions (
  code TEXT PRIMARY KEY, name_json TEXT NOT NULL, official_names_json TEXT NOT NULL, official_languages_json TEXT NOT NULL,
  subregion TEXT NOT NULL, protocol_json TEXT NOT NULL, untoc_json TEXT, summary_json TEXT NOT NULL);
CREATE TABLE jurisdiction_groups (code TEXT NOT NULL REFERENCES jurisdictions(code), grouping_id TEXT NOT NULL REFERENCES groupings(id), PRIMARY KEY (code, grouping_id)) WITHOUT ROWID;
CREATE TABLE instruments (
  key TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL REFERENCES jurisdictions(code), sort INTEGER NOT NULL,
  title_json TEXT NOT NULL, short_title TEXT, language TEXT NOT NULL, type TEXT NOT NULL, number TEXT,
  dates_json TEXT NOT NULL, url TEXT, status TEXT NOT NULL, amends_json TEXT NOT NULL, amended_by_json TEXT NOT NULL, source_json TEXT NOT NULL);
CREATE TABLE provisions (
  key TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL REFERENCES jurisdictions(code), instrument TEXT NOT NULL REFERENCES instruments(key),
  sort INTEGER NOT NULL, label TEXT NOT NULL, number TEXT NOT NULL, heading_json TEXT NOT NULL, digest_json TEXT NOT NULL,
  attributes_json TEXT NOT NULL, status TEXT NOT NULL, in_force_json TEXT NOT NULL, source_json TEXT NOT NULL);
CREATE TABLE provision_versions (
  provision_key TEXT NOT NULL REFERENCES provisions(key), seq INTEGER NOT NULL, valid_from TEXT, valid_to TEXT,
  introduced_by TEXT, amended_by TEXT, heading_json TEXT NOT NULL, digest_json TEXT NOT NULL, attributes_json TEXT NOT NULL,
  is_current INTEGER NOT NULL, PRIMARY KEY (provision_key, seq)) WITHOUT ROWID;
CREATE TABLE provision_elements (
  provision_key TEXT NOT NULL REFERENCES provisions(key), element_id TEXT NOT NULL REFERENCES elements(id),
  role TEXT NOT NULL CHECK (role IN ('act','means','purpose','other','aggravating')),
  PRIMARY KEY (provision_key, element_id, role)) WITHOUT ROWID;
CREATE INDEX provision_elements_by_element ON provision_elements(element_id);
CREATE TABLE coverage (
  jurisdiction TEXT NOT NULL REFERENCES jurisdictions(code), element_id TEXT NOT NULL REFERENCES elements(id),
  status TEXT NOT NULL, rationale_json TEXT NOT NULL, shortcoming_json TEXT, history_json TEXT NOT NULL,
  PRIMARY KEY (jurisdiction, element_id)) WITHOUT ROWID;
CREATE TABLE coverage_provisions (
  jurisdiction TEXT NOT NULL, element_id TEXT NOT NULL, provision_key TEXT NOT NULL REFERENCES provisions(key), sort INTEGER NOT NULL,
  PRIMARY KEY (jurisdiction, element_id, provision_key)) WITHOUT ROWID;
CREATE INDEX coverage_by_element ON coverage(element_id, status);
`;
