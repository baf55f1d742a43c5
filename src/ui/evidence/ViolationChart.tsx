/**
 * A facility's violations as two small bar charts drawn by Observable Plot: by category and by decade (unknown
 * dates as their own, paler bar). Loaded lazily with the card's record, so the first screen does not pay for Plot.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { FacilityEvidence } from '../../domain/evidence/facilityEvidence';

export interface ChartLabels {
  category: (category: string) => string;
  decade: (decade: number) => string;
  unknown: string;
  categoryAxis: string;
  decadeAxis: string;
}

interface Props {
  evidence: FacilityEvidence;
  labels: ChartLabels;
}

const BAR = '#8a1c1c';
const UNKNOWN = '#b9a58f';

/** Plot's own <style> element would be refused by the page's security policy: the app's CSS styles the charts. */
function withoutStyleElement(chart: SVGSVGElement | HTMLElement): SVGSVGElement | HTMLElement {
  for (const style of chart.querySelectorAll('style')) style.remove();
  return chart;
}

export default function ViolationChart({ evidence, labels }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = Math.max(240, Math.min(440, element.clientWidth || 320));
    const categories = evidence.byCategory.map((entry) => ({ label: labels.category(entry.category), count: entry.count }));
    const decades = [
      ...evidence.byDecade.map((bin) => ({ label: labels.decade(bin.decade), count: bin.count, known: true })),
      ...(evidence.unknownDate > 0 ? [{ label: labels.unknown, count: evidence.unknownDate, known: false }] : []),
    ];
    const byCategory = Plot.plot({
      width,
      height: 28 + categories.length * 22,
      marginLeft: Math.min(150, 12 + Math.max(...categories.map((entry) => entry.label.length)) * 6.2),
      marginRight: 36,
      x: { label: labels.categoryAxis, grid: true },
      y: { label: null, domain: categories.map((entry) => entry.label) },
      marks: [
        Plot.barX(categories, { x: 'count', y: 'label', fill: BAR }),
        Plot.text(categories, { x: 'count', y: 'label', text: (entry: { count: number }) => String(entry.count), dx: 4, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    });
    const byDecade = Plot.plot({
      width,
      height: 150,
      marginBottom: 32,
      x: { label: null, domain: decades.map((entry) => entry.label), tickRotate: decades.length > 6 ? -30 : 0 },
      y: { label: labels.decadeAxis, grid: true },
      marks: [
        Plot.barY(decades, { x: 'label', y: 'count', fill: (entry: { known: boolean }) => (entry.known ? BAR : UNKNOWN) }),
        Plot.text(decades, { x: 'label', y: 'count', text: (entry: { count: number }) => String(entry.count), dy: -6 }),
        Plot.ruleY([0]),
      ],
    });
    element.replaceChildren(withoutStyleElement(byCategory), withoutStyleElement(byDecade));
    return () => element.replaceChildren();
  }, [evidence, labels]);
  return <div ref={container} className="violation-chart" data-testid="violation-chart" aria-hidden="true" />;
}
