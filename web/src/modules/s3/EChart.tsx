import { Alert, Box, Text } from '@mantine/core';
import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An ECharts instance on a div: created on mount, resized with its container, disposed on unmount.
 * Pass a memoised option; each new option replaces the previous one.
 */
export function useEChart(option: EChartsCoreOption | null) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  // A chart that cannot be drawn is reported where it would be, not by failing the whole page.
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
    if (!option) return;
    try {
      chartRef.current?.setOption(option, { notMerge: true });
      setError(null);
    } catch (caught) {
      console.error(caught);
      setError(caught);
    }
  }, [option]);

  return { ref, error };
}

type EChartProps = {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  testId?: string;
};

export function EChart({ option, height, label, testId }: EChartProps) {
  const { t } = useTranslation();
  const { ref, error } = useEChart(option);
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {t('s3.chart.failed')}
        </Alert>
      ) : null}
      <div
        ref={ref}
        role="img"
        aria-label={label}
        data-testid={testId}
        style={{ width: '100%', height, display: error ? 'none' : undefined }}
      />
    </>
  );
}

type ChartFigureProps = EChartProps & {
  caption?: ReactNode;
  /** The chart's numbers as a table, behind a "Show the data as a table" toggle. */
  table?: ReactNode;
};

/** A chart with its caption and a text alternative: the summary as its label, the data as a table. */
export function ChartFigure({ caption, table, ...chart }: ChartFigureProps) {
  const { t } = useTranslation();
  return (
    <Box component="figure" m={0}>
      <EChart {...chart} />
      {caption ? (
        <Text component="figcaption" size="sm" c="dimmed" mt={4}>
          {caption}
        </Text>
      ) : null}
      {table ? (
        <Box component="details" mt="xs">
          <Text component="summary" size="sm" c="var(--mantine-color-anchor)" style={{ cursor: 'pointer' }}>
            {t('s3.chart.showTable')}
          </Text>
          <Box mt="xs">{table}</Box>
        </Box>
      ) : null}
    </Box>
  );
}
