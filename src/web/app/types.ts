/**
 * The result shapes the UI reads. They mirror the annotation contracts loosely on purpose:
 * the server may add fields, and the UI must render whatever analyzers happened to run.
 */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Annotation extends TextSpan {
  type: string;
  label?: string;
  score?: number;
  why?: string[];
  [field: string]: unknown;
}

export interface Entity {
  id: string;
  label: string;
  name: string;
  roles: string[];
  mentions: TextSpan[];
}

export interface Actor {
  name: string;
  entity?: string | null;
  stance: string;
  labels?: TextSpan[];
  techniques?: number;
  mentions?: number;
  why?: string[];
}

export interface Concern {
  score: number;
  level: string;
  reasons: string[];
}

export interface Result {
  id: string;
  source?: string;
  language?: string;
  text: string;
  meta?: Record<string, unknown>;
  annotations: Annotation[];
  entities?: Entity[];
  summary?: Record<string, unknown>;
  cluster?: unknown;
}
