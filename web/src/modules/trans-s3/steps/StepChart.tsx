// ECharts for the Trans-S3 steps: bar and line charts with mark lines (tree-shaken, as in modules/s3).
import { Alert, Box, Text } from '@mantine/core';
import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type StepChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** Tooltips are HTML: names from the data must not be read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

type StepChartProps = {
  /** Memoise it: each new option replaces the previous one. */
  option: StepChartOption;
  height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  caption?: ReactNode;
  /** The chart's numbers as a table, behind a "Show the data as a table" toggle. */
  table?: ReactNode;
  testId?: string;
};

/** A chart with its caption and a text alternative: the summary as its label, the data as a table. */
export function StepChart({ option, height, label, caption, table, testId }: StepChartProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    try {
      chartRef.current?.setOption(option, { notMerge: true });
      setError(null);
    } catch (caught) {
      console.error(caught);
      setError(caught);
    }
  }, [option]);

  return (
    <Box component="figure" m={0}>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {t('transS3Steps.chart.failed')}
        </Alert>
      ) : null}
      <div
        ref={ref}
        role="img"
        aria-label={label}
        data-testid={testId}
        style={{ width: '100%', height, display: error ? 'none' : undefined }}
      />
      {caption ? (
        <Text component="figcaption" size="sm" c="dimmed" mt={4}>
          {caption}
        </Text>
      ) : null}
      {table ? (
        <Box component="details" mt="xs">
          <Text component="summary" size="sm" c="var(--mantine-color-anchor)" style={{ cursor: 'pointer' }}>
            {t('transS3Steps.chart.showTable')}
          </Text>
          <Box mt="xs">{table}</Box>
        </Box>
      ) : null}
    </Box>
  );
}
