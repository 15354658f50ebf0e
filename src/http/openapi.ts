/**
 * The OpenAPI 3.1 description of the API, served at /openapi.json. The analysis result
 * schema is the lead's schema/result.schema.json, embedded as a component so the document
 * is self-contained; http.test.ts validates real responses against these schemas.
 */
import { readFileSync } from "node:fs";

// src/http and dist/http sit at the same depth below the package root.
const resultSchema = JSON.parse(
  readFileSync(new URL("../../schema/result.schema.json", import.meta.url), "utf8"),
) as {
  $id: string;
};
const RESULT_ID = resultSchema.$id;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, "null"] });
const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const json = (description: string, schema: object) => ({
  description,
  content: { "application/json": { schema } },
});
const query = (name: string, description: string, schema: object = { type: "string" }) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

const filterParams = [
  query("technique", "Technique label, e.g. Loaded_Language"),
  query("entity", "Entity name or mention, case-insensitive"),
  query("citation", "Citation kind: scripture, hadith, agency, document, url"),
  query("call", "Call-to-action label: act, refuse, remember, join, believe, violence, donate, share"),
  query("domain", "Outlet: publisher name or domain"),
  query("from", "Published on or after (ISO date or prefix, e.g. 2016-05)"),
  query("to", "Published on or before (ISO date or prefix, inclusive)"),
  query("concern_min", "Minimum concern score", { type: "number", minimum: 0, maximum: 1 }),
  query("cluster", "Only members of this syndication cluster"),
];
const paging = [
  query("limit", "Page size (max 500)", { type: "integer", minimum: 1 }),
  query("offset", "Results to skip", { type: "integer", minimum: 0 }),
];
const common = {
  "400": problemResponse("Invalid parameter or malformed body"),
  "500": problemResponse("Internal error"),
};
const corpus = { ...common, "503": problemResponse("The server runs without a corpus store") };
const body = {
  required: true,
  content: {
    "application/json": { schema: ref("AnalyzeRequest") },
    "text/plain": { schema: { type: "string" } },
    "text/html": { schema: { type: "string" } },
  },
};

const summaryProperties = {
  id: { type: "string" },
  source: { type: "string" },
  title: nullable("string"),
  publisher: nullable("string"),
  domain: nullable("string"),
  outlet: nullable("string"),
  published: nullable("string"),
  ingestedAt: { type: "string" },
  language: { type: "string" },
  concern: nullable("number"),
  cluster: nullable("string"),
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "unspun API",
    version: "1.0.0",
    description:
      "Analyse texts for persuasion techniques, attributions, entities, citations and calls to action, and search a stored corpus with its syndication clusters.",
  },
  servers: [{ url: "http://127.0.0.1:8080" }],
  components: {
    securitySchemes: { token: { type: "http", scheme: "bearer" } },
    schemas: {
      Result: resultSchema,
      Analysis: { $ref: `${RESULT_ID}#/$defs/analysis` },
      Problem: {
        type: "object",
        required: ["type", "title", "status", "detail", "code"],
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer" },
          detail: { type: "string" },
          code: { type: "string" },
        },
      },
      AnalyzeRequest: {
        type: "object",
        properties: {
          text: { type: "string", description: "Plain text to analyse" },
          html: { type: "string", description: "An HTML page; the article text and metadata are extracted" },
          url: { type: "string", description: "Where the text or page came from" },
          id: { type: "string" },
          source: { type: "string" },
          meta: {
            type: "object",
            description: "title, author, publisher, published, links; overrides what the page says",
          },
        },
        oneOf: [{ required: ["text"] }, { required: ["html"] }],
      },
      Health: {
        type: "object",
        required: ["status", "version", "store"],
        properties: {
          status: { const: "ok" },
          version: { type: "string" },
          store: { enum: ["sqlite", "postgres", null] },
        },
      },
      IngestOutcome: {
        type: "object",
        required: ["id", "created", "cluster"],
        properties: { id: { type: "string" }, created: { type: "boolean" }, cluster: nullable("string") },
      },
      StoredDocument: {
        allOf: [
          ref("Analysis"),
          {
            type: "object",
            required: ["inputId", "hash", "ingestedAt", "cluster"],
            properties: {
              inputId: { type: "string", description: "The id the input had (file name, JSONL id)" },
              hash: { type: "string", description: "SHA-256 of the text; the id is its first 16 hex digits" },
              ingestedAt: { type: "string" },
              cluster: {
                ...nullable("string"),
                description: "Syndication cluster, null when no copy is known",
              },
            },
          },
        ],
      },
      DocumentSummary: {
        type: "object",
        required: Object.keys(summaryProperties),
        properties: summaryProperties,
      },
      Snippet: {
        type: "object",
        required: ["text", "marks"],
        properties: {
          text: { type: "string" },
          marks: {
            type: "array",
            description: "[start, end) of matched terms within text",
            items: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
          },
        },
      },
      SearchHit: {
        allOf: [
          ref("DocumentSummary"),
          {
            type: "object",
            required: ["snippet", "annotations"],
            properties: {
              snippet: ref("Snippet"),
              annotations: {
                type: "array",
                items: {
                  type: "object",
                  required: ["type", "label", "start", "end", "text"],
                  properties: {
                    type: { type: "string" },
                    label: nullable("string"),
                    start: { type: "integer" },
                    end: { type: "integer" },
                    text: { type: "string" },
                  },
                },
              },
            },
          },
        ],
      },
      SearchPage: {
        type: "object",
        required: ["total", "hits"],
        properties: { total: { type: "integer" }, hits: { type: "array", items: ref("SearchHit") } },
      },
      ClusterPage: {
        type: "object",
        required: ["total", "clusters"],
        properties: {
          total: { type: "integer" },
          clusters: {
            type: "array",
            items: {
              type: "object",
              required: ["id", "size", "members"],
              properties: {
                id: { type: "string" },
                size: { type: "integer", minimum: 1 },
                members: {
                  type: "array",
                  description: "First publisher first (by published date, undated last, then ingest order)",
                  items: ref("DocumentSummary"),
                },
              },
            },
          },
        },
      },
      ErrorPage: {
        type: "object",
        required: ["total", "errors"],
        properties: {
          total: { type: "integer" },
          errors: {
            type: "array",
            items: {
              type: "object",
              required: ["source", "inputId", "code", "message", "at"],
              properties: {
                source: { type: "string" },
                inputId: { type: "string" },
                code: {
                  type: "string",
                  description: "Stable error code: E_NOT_TEXT, E_ENCODING, E_ANALYZE, ...",
                },
                message: { type: "string" },
                at: { type: "string", format: "date-time" },
              },
            },
          },
        },
      },
      Stats: {
        type: "object",
        required: [
          "documents",
          "annotations",
          "clusters",
          "errors",
          "techniques",
          "outlets",
          "bucket",
          "by",
          "timeline",
          "undated",
        ],
        properties: {
          documents: { type: "integer" },
          annotations: { type: "integer" },
          clusters: { type: "integer" },
          errors: { type: "integer" },
          techniques: {
            type: "array",
            items: {
              type: "object",
              required: ["label", "count", "documents"],
              properties: {
                label: { type: "string" },
                count: { type: "integer" },
                documents: { type: "integer" },
              },
            },
          },
          outlets: {
            type: "array",
            items: {
              type: "object",
              required: ["outlet", "documents", "techniques"],
              properties: {
                outlet: { type: "string" },
                documents: { type: "integer" },
                techniques: { type: "object", additionalProperties: { type: "integer" } },
              },
            },
          },
          bucket: { enum: ["day", "month", "year"] },
          by: { enum: ["published", "ingested"] },
          timeline: {
            type: "array",
            items: {
              type: "object",
              required: ["bucket", "documents", "techniques"],
              properties: {
                bucket: { type: "string" },
                documents: { type: "integer" },
                techniques: { type: "object", additionalProperties: { type: "integer" } },
              },
            },
          },
          undated: { type: "integer" },
        },
      },
    },
  },
  paths: {
    "/healthz": {
      get: { summary: "Liveness", responses: { "200": json("Server is up", ref("Health")) } },
    },
    "/openapi.json": {
      get: {
        summary: "This document",
        responses: { "200": json("OpenAPI 3.1 document", { type: "object" }) },
      },
    },
    "/v1/analyze": {
      post: {
        summary: "Analyse one text or HTML page (nothing is stored)",
        requestBody: body,
        responses: {
          "200": json("The analysis, in the same format as `unspun analyze --format json`", ref("Analysis")),
          "413": problemResponse("Body larger than the server's limit"),
          "415": problemResponse("Unsupported content type"),
          "422": problemResponse("Empty text"),
          ...common,
        },
      },
    },
    "/v1/documents": {
      post: {
        summary: "Analyse and store one document (same text again updates it)",
        security: [{ token: [] }, {}],
        requestBody: body,
        responses: {
          "201": json("Stored as a new document", ref("IngestOutcome")),
          "200": json("Updated an existing document with the same text", ref("IngestOutcome")),
          "401": problemResponse("Missing or wrong token (when the server has one)"),
          "413": problemResponse("Body larger than the server's limit"),
          "415": problemResponse("Unsupported content type"),
          "422": problemResponse("Empty or unstorable text"),
          ...corpus,
        },
      },
    },
    "/v1/documents/{id}": {
      get: {
        summary: "A stored analysis with its syndication cluster",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": json("The stored document", ref("StoredDocument")),
          "404": problemResponse("No such document"),
          ...corpus,
        },
      },
    },
    "/v1/search": {
      get: {
        summary: "Full-text search over documents and annotations, with filters",
        parameters: [query("q", 'Words (ANDed), "phrases", -excluded'), ...filterParams, ...paging],
        responses: { "200": json("Matching documents with snippets", ref("SearchPage")), ...corpus },
      },
    },
    "/v1/clusters": {
      get: {
        summary: "Groups of near-identical texts (syndicated copies), largest first",
        parameters: [
          ...paging,
          query("min_size", "Smallest cluster listed (default 2)", { type: "integer", minimum: 1 }),
        ],
        responses: {
          "200": json("Clusters with their members, first publisher first", ref("ClusterPage")),
          ...corpus,
        },
      },
    },
    "/v1/errors": {
      get: {
        summary: "Inputs that could not be analysed or stored, newest first, until the same input succeeds",
        parameters: [...paging, query("code", "Only this error code, e.g. E_NOT_TEXT")],
        responses: { "200": json("Recorded failures", ref("ErrorPage")), ...corpus },
      },
    },
    "/v1/stats": {
      get: {
        summary: "Counts per technique, outlet and time bucket",
        parameters: [
          query("bucket", "Time bucket", { enum: ["day", "month", "year"] }),
          query("by", "Date that places a document on the timeline (default published)", {
            enum: ["published", "ingested"],
          }),
          ...filterParams,
        ],
        responses: { "200": json("Counts", ref("Stats")), ...corpus },
      },
    },
  },
} as const;
