/**
 * The dataset's schema, written once. `npm run schema` writes data/schema.json from it for other tools;
 * validateDataset uses it record by record and sorts each problem into an error (the record is
 * rejected) or a warning (the record is kept and drawn) by the field it concerns.
 */
import * as z from 'zod/mini';
import { ACTORS, CATEGORIES, SOURCE_KINDS } from './categories';
import { parseDateSpec } from './dates';
import { isSafeLink } from './safeLink';

// zod/mini: the same schema language in a tree-shakable form (about a twentieth of the classic build's size).
const dateSpec = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((s) => parseDateSpec(s) !== null, 'is not a calendar date'),
);
const day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  z.refine((s) => parseDateSpec(s) !== null, 'is not a calendar date'),
);
const text = () => z.string().check(z.trim(), z.minLength(1, 'is empty'));

const link = z.string().check(z.refine(isSafeLink, 'must be an http, https or mailto address'));

export const SourceSchema = z.object({
  url: link,
  title: text(),
  publisher: text(),
  date: z.optional(dateSpec),
  kind: z.enum(SOURCE_KINDS),
  country: z.optional(
    z
      .string()
      .check(
        z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "CN"'),
        z.describe('ISO 3166-1 alpha-2: the state behind a state-media source; absent means Russia'),
      ),
  ),
  archived: z.optional(link),
});

export const FigureSchema = z.object({
  value: z.number(),
  what: text(),
  source: z.int().check(z.gte(0, 'must be 0 or more')),
  note: z.optional(z.string()),
});

export const EventSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a slug of letters, digits, ".", "_" and "-"')),
  date: dateSpec,
  end: z.optional(dateSpec),
  /** The day (or month) the act was made public, when later than its date (a detention disclosed months on). */
  disclosed: z.optional(dateSpec),
  title: text(),
  summary: text(),
  actors: z.array(z.enum(ACTORS)).check(z.minLength(1, 'names no actor')),
  category: z.enum(CATEGORIES.map((c) => c.id) as [string, ...string[]]),
  tone: z.int().check(z.gte(-2, 'must be -2 to 2'), z.lte(2, 'must be -2 to 2')),
  figures: z.optional(z.array(FigureSchema)),
  respondsTo: z.optional(z.array(z.string())),
  sources: z.array(SourceSchema).check(z.minLength(1, 'has no source')),
});

export const EraSchema = z.object({
  id: text(),
  title: text(),
  start: dateSpec,
  end: dateSpec,
  kind: z.enum(['presidency-us', 'presidency-ru', 'period', 'treaty']),
});

export const DatasetSchema = z.object({
  title: text(),
  version: text(),
  license: text(),
  updated: dateSpec,
  through: z.optional(
    day.check(
      z.describe('The last day up to which the dataset has been checked for completeness; `updated` is the last edit'),
    ),
  ),
  eras: z.optional(z.array(EraSchema)),
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
