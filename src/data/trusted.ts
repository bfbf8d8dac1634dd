/**
 * The bundled dataset, read without the schema: the build checked this very file (schema and curation policy)
 * and wrote its SHA-256 into the page, so when the downloaded bytes have that hash they are read through the
 * normalisers alone. Any other bytes, or any other dataset, take the full path (load.ts). This keeps the
 * schema library off the first page and the check off the main thread's start-up.
 */
import { parseDateSpec } from './dates';
import type { Dataset, Era, Source, TimelineEvent } from './model';
import { assembleDataset, isObject, normaliseEvent, normaliseSource, type Obj, str } from './normalise';
import { splitTopLevelArray } from './splitJson';

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
  // Decoded a piece per task, then the records parsed a slice per task, so that a slow phone answers between
  // them: the whole file decoded and parsed at once is one long task.
  const decoder = new TextDecoder();
  let text = '';
  for (let at = 0; at < bytes.byteLength; at += DECODE_BYTES) {
    await nextTask();
    text += decoder.decode(bytes.subarray(at, at + DECODE_BYTES), { stream: at + DECODE_BYTES < bytes.byteLength });
  }
  await nextTask();
  const split = splitTopLevelArray(text, 'events');
  if (!split) return parseTrustedDataset(text);
  await nextTask();
  const raw = JSON.parse(split.rest) as Obj;
  const events: TimelineEvent[] = [];
  for (let i = 0; i < split.items.length; i += SLICE) {
    await nextTask();
    for (const [start, end] of split.items.slice(i, i + SLICE))
      events.push(trustedEvent(JSON.parse(text.slice(start, end)) as Obj));
  }
  await nextTask();
  return assembleTrusted(raw, events);
}

/** Records read per task by readTrustedDataset, and bytes decoded per task. */
const SLICE = 40;
const DECODE_BYTES = 256 * 1024;
/**
 * Resolves in a new task: `scheduler.yield()` where the browser has it, else a message to a channel. Not
 * setTimeout: nested more than five deep, its delay is held to at least 4 ms, which a score of slices would add up.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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
