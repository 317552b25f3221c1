/**
 * The working-day calendar's own data.
 */
import { EntitySchema, type Opt } from '@mikro-orm/core';
import { jsonList } from '../entity-columns.js';

/** Holiday data an administrator entered for a year the calendar package does not cover yet. */
export class HolidayYear {
  year!: number;
  holidays: string[] = [];
  workdays: string[] = [];
  updatedAt: Opt<Date> = new Date();
  updatedBy?: string | null;
}

export const HolidayYearSchema = new EntitySchema<HolidayYear>({
  class: HolidayYear,
  tableName: 'holiday_year',
  properties: {
    year: { type: 'integer', primary: true, autoincrement: false },
    holidays: { ...jsonList, default: '[]' },
    workdays: { ...jsonList, default: '[]' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() },
    updatedBy: { type: 'text', nullable: true },
  },
});
