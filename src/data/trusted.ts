/**
 * The bundled dataset, read without the schema: the build checked this very file (schema and curation policy)
 * and wrote its SHA-256 into the page, so when the downloaded bytes have that hash they are read through the
 * normalisers alone. Any other bytes, or any other dataset, take the full path (load.ts). This keeps the
 * schema library off the first page and the check off the main thread's start-up.
 */
import { parseDateSpec } from './dates';
import type { Dataset, Era, Source, TimelineEvent } from './model';
import { assembleDataset, isObject, normaliseEvent, normaliseSource, type Obj, str } from './normalise';

/** The SHA-256 of the bytes, as lower-case hex. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function join(chunks: readonly Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/** The dataset, when the downloaded bytes are exactly the ones the build checked; else null (take the full path). */
export async function readTrustedDataset(
  chunks: readonly Uint8Array<ArrayBuffer>[],
  sha256: string,
): Promise<Dataset | null> {
  const bytes = join(chunks);
  if ((await sha256Hex(bytes)) !== sha256) return null;
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as Obj;
  // The page stays responsive on a slow phone: the records are read a slice per task.
  const events: TimelineEvent[] = [];
  const all = raw.events as Obj[];
  for (let i = 0; i < all.length; i += SLICE) {
    await nextTask();
    for (const e of all.slice(i, i + SLICE)) events.push(trustedEvent(e));
  }
  await nextTask();
  return assembleTrusted(raw, events);
}

/** Records read per task by readTrustedDataset. */
const SLICE = 150;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const trustedEvent = (e: Obj): TimelineEvent =>
  normaliseEvent(
    e,
    (Array.isArray(e.sources) ? e.sources : []).map(normaliseSource).filter((s): s is Source => s !== null),
  );

function era(raw: unknown): Era | null {
  if (!isObject(raw)) return null;
  const start = parseDateSpec(str(raw.start) ?? '');
  const end = parseDateSpec(str(raw.end) ?? '');
  if (!start || !end) return null;
  return {
    id: String(raw.id),
    title: String(raw.title),
    kind: raw.kind as Era['kind'],
    start: raw.start as string,
    end: raw.end as string,
    startMs: start.startMs,
    endMs: end.endMs,
  };
}

/** Reads the checked bundled dataset (already decoded text). */
export function parseTrustedDataset(text: string): Dataset {
  const raw = JSON.parse(text) as Obj;
  return assembleTrusted(raw, (raw.events as Obj[]).map(trustedEvent));
}

function assembleTrusted(raw: Obj, events: TimelineEvent[]): Dataset {
  const eras = (Array.isArray(raw.eras) ? raw.eras : [])
    .map(era)
    .filter((e): e is Era => e !== null)
    .sort((a, b) => a.startMs - b.startMs);
  const header = {
    title: str(raw.title) ?? '',
    version: str(raw.version) ?? '',
    license: str(raw.license) ?? '',
    updated: str(raw.updated) ?? '',
    through: str(raw.through),
  };
  return assembleDataset(header, events, eras);
}
