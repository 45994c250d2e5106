import { z } from 'zod';
import { ReportExport } from '../../tracker/exchange/schema';

/** The background's `report/get` answer, checked before anything renders it. */
export const TeamViewSchema = z.object({
  merged: ReportExport,
  conflicts: z.array(
    z.object({
      table: z.enum(['meta', 'incoming', 'replies']),
      key: z.string(),
      field: z.string(),
      kept: z.string(),
      values: z.array(z.object({ observedBy: z.string(), value: z.string() })),
    }),
  ),
});
export type TeamViewData = z.infer<typeof TeamViewSchema>;

export const ImportReply = z.union([z.object({ ok: z.literal(true), observers: z.array(z.string()), items: z.number() }), z.object({ ok: z.literal(false), reason: z.string() })]);
