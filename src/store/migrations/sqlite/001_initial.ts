/** Documents, normalised annotations and entities, FTS5 indexes kept in sync by triggers, MinHash/LSH tables. */
export const migration = {
  version: 1,
  name: "initial",
  sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  input_id TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT,
  author TEXT,
  publisher TEXT,
  domain TEXT,
  url TEXT,
  published TEXT,
  language TEXT NOT NULL,
  concern REAL,
  cluster TEXT,
  text TEXT NOT NULL,
  result TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX documents_cluster ON documents (cluster) WHERE cluster IS NOT NULL;
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_domain ON documents (domain);
CREATE INDEX documents_publisher ON documents (lower(publisher));

CREATE TABLE annotations (
  id INTEGER PRIMARY KEY,
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  label TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  ref TEXT,
  entity TEXT
);
CREATE INDEX annotations_doc ON annotations (doc_seq);
CREATE INDEX annotations_type_label ON annotations (type, label, doc_seq);
CREATE INDEX annotations_entity_text ON annotations (lower(text)) WHERE type = 'entity';

CREATE TABLE entities (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  label TEXT NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX entities_doc ON entities (doc_seq);
CREATE INDEX entities_name ON entities (lower(name));

CREATE TABLE signatures (
  doc_seq INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
CREATE TABLE lsh_bands (
  band_key INTEGER NOT NULL,
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  PRIMARY KEY (band_key, doc_seq)
) WITHOUT ROWID;

CREATE TABLE errors (
  source TEXT NOT NULL,
  input_id TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (source, input_id)
);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Entity mentions are names already indexed with the document text; leaving them out of the
-- annotation index halves ingest cost. The two triggers must keep the same condition.
CREATE VIEW searchable_annotations AS SELECT id, text FROM annotations WHERE type <> 'entity';
CREATE VIRTUAL TABLE annotations_fts USING fts5 (
  text, content = 'searchable_annotations', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations WHEN new.type <> 'entity' BEGIN
  INSERT INTO annotations_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations WHEN old.type <> 'entity' BEGIN
  INSERT INTO annotations_fts (annotations_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
`,
};
