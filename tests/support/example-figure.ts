/** A valid figure input of a fictional company, for schema and error-message tests. */
export const exampleFigure = {
  id: 'example-sales-growth',
  label: 'Example Corp sales growth',
  entity: 'example-corp',
  metric: 'sales-growth',
  value: 12.5,
  unit: 'percent',
  period: 'Next year',
  basis: 'projected',
  source: 'trade-report',
  quote: 'sales are expected to grow 12.5% next year',
};
