/** Documents, normalised annotations and entities with generated tsvector columns (GIN), MinHash/LSH tables. */
export const migration = {
  version: 1,
  name: "initial",
  sql: `
CREATE TABLE documents (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  hash text NOT NULL,
  input_id text NOT NULL,
  source text NOT NULL,
  title text,
  author text,
  publisher text,
  domain text,
  url text,
  published text COLLATE "C",
  language text NOT NULL,
  concern double precision,
  cluster text,
  text text NOT NULL,
  result jsonb NOT NULL,
  ingested_at text NOT NULL,
  updated_at text NOT NULL,
  -- to_tsvector refuses inputs over 1 MB; the head of a longer text is indexed.
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', left(text, 500000)), 'B')
  ) STORED
);
CREATE INDEX documents_tsv ON documents USING gin (tsv);
CREATE INDEX documents_cluster ON documents (cluster) WHERE cluster IS NOT NULL;
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_domain ON documents (domain);
CREATE INDEX documents_publisher ON documents (lower(publisher));

CREATE TABLE annotations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_seq integer NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx integer NOT NULL,
  type text NOT NULL,
  label text,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  text text NOT NULL,
  ref text,
  entity text,
  -- Entity mentions are names already indexed with the document text.
  tsv tsvector GENERATED ALWAYS AS (
    CASE WHEN type <> 'entity' THEN to_tsvector('english', left(text, 100000)) END
  ) STORED
);
CREATE INDEX annotations_doc ON annotations (doc_seq);
CREATE INDEX annotations_type_label ON annotations (type, label, doc_seq);
CREATE INDEX annotations_entity_text ON annotations (lower(text)) WHERE type = 'entity';
CREATE INDEX annotations_tsv ON annotations USING gin (tsv);

CREATE TABLE entities (
  doc_seq integer NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  entity_id text NOT NULL,
  label text NOT NULL,
  name text NOT NULL
);
CREATE INDEX entities_doc ON entities (doc_seq);
CREATE INDEX entities_name ON entities (lower(name));

CREATE TABLE signatures (
  doc_seq integer PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE,
  signature bytea NOT NULL
);
CREATE TABLE lsh_bands (
  band_key bigint NOT NULL,
  doc_seq integer NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  PRIMARY KEY (band_key, doc_seq)
);

CREATE TABLE errors (
  source text NOT NULL,
  input_id text NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  at text NOT NULL,
  PRIMARY KEY (source, input_id)
);
`,
};
