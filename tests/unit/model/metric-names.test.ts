import { describe, expect, test } from 'vitest';
import {
  figureName,
  headingOf,
  metricIdInWords,
  metricName,
  readsAsName,
  type NamedFigure,
} from '../../../src/lib/model/metric-names.ts';

const figure = (label: string, extra: Partial<NamedFigure> = {}): NamedFigure => ({
  label,
  metric: 'revenue',
  basis: 'reported',
  ...extra,
});
const alibaba = ['Alibaba', 'Alibaba Group'];

describe('readsAsName', () => {
  test('is false for a label that runs on into the value it leaves out', () => {
    expect(readsAsName('Bullish options volume at its highest in')).toBe(false);
    expect(readsAsName('Tsai and Wu at the helm since')).toBe(false);
    expect(readsAsName('Cloud revenue growth')).toBe(true);
    expect(readsAsName('')).toBe(false);
  });
});

describe('headingOf', () => {
  test("takes the company's own name off the start, possessive or not, the longest name first", () => {
    expect(headingOf('Alibaba share gain in the rally', 'reported', alibaba)).toBe('Share gain in the rally');
    expect(headingOf("Alibaba's forward P/E", 'reported', alibaba)).toBe('Forward P/E');
    expect(headingOf('Alibaba Group revenue', 'reported', alibaba)).toBe('Revenue');
    expect(headingOf('Cloud revenue', 'reported', alibaba)).toBe('Cloud revenue');
  });

  test('leaves out the period a label ends on', () => {
    expect(headingOf('One-off costs in the quarter', 'reported', alibaba)).toBe('One-off costs');
    expect(headingOf('Net income a year earlier', 'reported', alibaba)).toBe('Net income');
    expect(headingOf('Revenue for the fiscal year', 'reported', alibaba)).toBe('Revenue');
    expect(headingOf('Pick-up in cloud growth on the quarter before', 'reported', alibaba)).toBe(
      'Pick-up in cloud growth',
    );
  });

  test('leaves out what follows the first comma only for an estimate or projection', () => {
    expect(headingOf("Revenue, analysts' estimate", 'estimate', alibaba)).toBe('Revenue');
    expect(headingOf('Cloud earnings before interest, taxes and amortisation', 'reported', alibaba)).toBe(
      'Cloud earnings before interest, taxes and amortisation',
    );
  });
});

describe('metricName', () => {
  test('is the metric name a figure gives, the latest of them', () => {
    expect(
      metricName(
        [
          figure('Bullish options volume at its highest in', { metricName: 'Older name' }),
          figure('Bullish options volume at its highest in', { metricName: 'Time since volume was as high' }),
        ],
        alibaba,
      ),
    ).toBe('Time since volume was as high');
  });

  test("is the heading most reported figures' labels make, the latest of a tie, estimates aside", () => {
    expect(
      metricName(
        [
          figure('Alibaba cloud growth'),
          figure('Cloud revenue growth'),
          figure('Cloud revenue growth'),
          figure("Cloud growth, analysts' estimate", { basis: 'estimate' }),
        ],
        alibaba,
      ),
    ).toBe('Cloud revenue growth');
    expect(metricName([figure('Net income'), figure('Net income a year earlier')], alibaba)).toBe('Net income');
    expect(metricName([figure('Revenue growth'), figure('Sales growth')], alibaba)).toBe('Sales growth');
  });

  test('is an estimate-only metric named without its basis', () => {
    expect(metricName([figure('Revenue, consensus estimate', { basis: 'estimate' })], alibaba)).toBe('Revenue');
  });

  test("is the metric's id in words when the label runs on into its value", () => {
    expect(
      metricName(
        [figure('Bullish options volume at its highest in', { metric: 'bullish-options-volume-high' })],
        alibaba,
      ),
    ).toBe('Bullish options volume high');
  });

  test('is the label without its run-on words when the id runs on too', () => {
    expect(metricName([figure('Cloud growth the fastest in', { metric: 'fastest-growth-in' })], alibaba)).toBe(
      'Cloud growth the fastest',
    );
  });
});

describe('metricIdInWords', () => {
  test('writes an id as words, capitalised', () => {
    expect(metricIdInWords('new-york-share-move')).toBe('New york share move');
  });
});

describe('figureName', () => {
  test('is the label when it reads as a name, whatever metric name the figure gives', () => {
    expect(figureName(figure('Alibaba cloud revenue growth', { metricName: 'Cloud growth' }))).toBe(
      'Alibaba cloud revenue growth',
    );
  });

  test('is the metric name, else the metric in words, when the label runs on into its value', () => {
    expect(
      figureName(
        figure('Bullish options volume at its highest in', {
          metric: 'bullish-options-high',
          metricName: 'Time since bullish options volume was as high',
        }),
      ),
    ).toBe('Time since bullish options volume was as high');
    expect(figureName(figure('Tsai and Wu at the helm since', { metric: 'leadership-start' }))).toBe(
      'Leadership start',
    );
  });
});
