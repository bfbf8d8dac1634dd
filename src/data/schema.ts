/**
 * The dataset's schema, written once. `npm run schema` writes data/schema.json from it for other tools;
 * validateDataset uses it record by record and sorts each problem into an error (the record is
 * rejected) or a warning (the record is kept and drawn) by the field it concerns.
 */
import { z } from 'zod';
import { ACTORS, CATEGORIES, SOURCE_KINDS } from './categories';
import { parseDateSpec } from './dates';

const dateSpec = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => parseDateSpec(s) !== null, 'is not a calendar date');

/** Links we are willing to render as <a href>. Everything else is shown as text. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

export function isSafeLink(url: string): boolean {
  try {
    return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

const link = z.string().refine(isSafeLink, 'must be an http, https or mailto address');

export const SourceSchema = z.object({
  url: link,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: dateSpec.optional(),
  kind: z.enum(SOURCE_KINDS),
  archived: link.optional(),
});

export const FigureSchema = z.object({
  value: z.number(),
  what: z.string().min(1),
  source: z.number().int().min(0),
  note: z.string().optional(),
});

export const EventSchema = z.object({
  id: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a slug of letters, digits, ".", "_" and "-"'),
  date: dateSpec,
  end: dateSpec.optional(),
  title: z.string().trim().min(1),
  summary: z.string().min(1),
  actors: z.array(z.enum(ACTORS)).min(1),
  category: z.enum(CATEGORIES.map((c) => c.id) as [string, ...string[]]),
  tone: z.number().int().min(-2).max(2),
  figures: z.array(FigureSchema).optional(),
  respondsTo: z.array(z.string()).optional(),
  sources: z.array(SourceSchema).min(1, 'has no source'),
});

export const EraSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  start: dateSpec,
  end: dateSpec,
  kind: z.enum(['presidency-us', 'presidency-ru', 'period', 'treaty']),
});

export const DatasetSchema = z.object({
  title: z.string().min(1),
  version: z.string().min(1),
  license: z.string().min(1),
  updated: dateSpec,
  eras: z.array(EraSchema).optional(),
  events: z.array(EventSchema),
});

export type RawEvent = z.infer<typeof EventSchema>;
export type RawSource = z.infer<typeof SourceSchema>;
export type RawFigure = z.infer<typeof FigureSchema>;
export type RawEra = z.infer<typeof EraSchema>;
export type RawDataset = z.infer<typeof DatasetSchema>;

/**
 * Fields whose problems reject the record: without them an event cannot be placed, named or linked to
 * safely. Problems anywhere else keep the record and are reported as warnings.
 */
export function isRejectingField(path: readonly PropertyKey[]): boolean {
  const [head, , leaf] = path;
  if (head === 'id' || head === 'title' || head === 'date' || head === 'end') return true;
  return head === 'sources' && (leaf === 'url' || leaf === 'archived');
}
