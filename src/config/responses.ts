import { z } from 'zod';
import { Platform } from '../messaging/protocol';
import { CATEGORIES } from '../tracker/model';
import { defaultResponses } from './responses-defaults';

/**
 * The reply queue's settings in the team config (`responses`): the working clock (hours, breaks,
 * Ramadan, holidays, a time zone per account), first-response targets, category words and how long
 * records are kept. Tracker functions take the parsed plain object.
 */

const Time = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:MM, 00:00 to 24:00');
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const Span = z
  .strictObject({ start: Time, end: Time })
  .refine((span) => minutesOf(span.start) < minutesOf(span.end), 'start must be before end');

const DayHours = z
  .strictObject({ start: Time, end: Time, breaks: z.array(Span).max(6).default([]) })
  .refine((day) => minutesOf(day.start) < minutesOf(day.end), 'start must be before end')
  .refine(
    (day) => day.breaks.every((b) => minutesOf(b.start) >= minutesOf(day.start) && minutesOf(b.end) <= minutesOf(day.end)),
    'breaks must lie inside the working hours',
  );

/** Working hours per weekday; `null` is a day off. */
const Week = z.strictObject({
  mon: DayHours.nullable(),
  tue: DayHours.nullable(),
  wed: DayHours.nullable(),
  thu: DayHours.nullable(),
  fri: DayHours.nullable(),
  sat: DayHours.nullable(),
  sun: DayHours.nullable(),
});

export type WorkingWeek = z.output<typeof Week>;

const IsoDate = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD');
const DateRange = z.strictObject({ from: IsoDate, to: IsoDate }).refine((r) => r.from <= r.to, 'from must not be after to');

/** The three Indonesian zones; none has daylight saving. */
export const TimeZoneSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
export type TimeZone = z.infer<typeof TimeZoneSchema>;

const Target = z.strictObject({
  amount: z.number().positive().max(10_000),
  unit: z.enum(['minutes', 'hours', 'days']),
  /** `working` counts only working hours (days = working days); `wall` suits a 24/7 piket. */
  clock: z.enum(['working', 'wall']).default('working'),
});
export type Target = z.infer<typeof Target>;

const KindTargets = z.strictObject({
  mention: Target.optional(),
  comment: Target.optional(),
  reply: Target.optional(),
  dm: Target.optional(),
});

const Words = z.array(z.string().trim().min(1).max(100)).max(500);

export const ResponsesSchema = z.strictObject({
  calendar: z
    .strictObject({
      week: Week.default(() => defaultResponses().calendar.week),
      ramadan: z
        .strictObject({
          enabled: z.boolean().default(true),
          week: Week.default(() => defaultResponses().calendar.ramadan.week),
          /** Extra or corrected Ramadan periods; built-in ones cover 2025–2027. */
          periods: z.array(DateRange).max(50).default([]),
        })
        .default(() => defaultResponses().calendar.ramadan),
      /** Whether the built-in national holidays and cuti bersama (SKB 3 Menteri) apply. */
      nationalHolidays: z.boolean().default(true),
      /** A regional holiday, an office's own day off. */
      extraHolidays: z.array(z.strictObject({ date: IsoDate, name: z.string().trim().min(1).max(200) })).max(500).default([]),
    })
    .default(() => defaultResponses().calendar),
  timeZone: z
    .strictObject({
      default: TimeZoneSchema.default('Asia/Jakarta'),
      /** Keyed by `platform:account` or by the account handle alone. */
      accounts: z.record(z.string().min(1).max(200), TimeZoneSchema).default({}),
    })
    .default(() => defaultResponses().timeZone),
  targets: z
    .strictObject({
      byKind: KindTargets.default(() => defaultResponses().targets.byKind),
      /** Overrides per platform, for all kinds (`all`) or one kind. */
      byPlatform: z.partialRecord(Platform, KindTargets.extend({ all: Target.optional() })).default({}),
      /** Overrides per category; these win over platform and kind. */
      byCategory: z.partialRecord(z.enum(CATEGORIES), Target).default({}),
    })
    .default(() => defaultResponses().targets),
  categories: z
    .strictObject({
      /** Extra evidence words per category, matched after the same folding as the built-ins. */
      words: z.partialRecord(z.enum(CATEGORIES), Words).default({}),
    })
    .default(() => defaultResponses().categories),
  /** Records older than this many days are deleted; nothing else deletes. */
  retentionDays: z.number().int().min(7).max(3650).default(365),
});

export type ResponsesConfig = z.output<typeof ResponsesSchema>;
export type ResponsesConfigInput = z.input<typeof ResponsesSchema>;
export type WorkingCalendar = ResponsesConfig['calendar'];
export type Weekday = keyof WorkingWeek;

export { defaultResponses };
