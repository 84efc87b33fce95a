import { SeriesLineController } from './series-line-controller.ts';

/** What a line chart adds to `chartRegistrables`: loaded by the browser only on pages with a line chart. */
export const lineRegistrables = [SeriesLineController] as const;
