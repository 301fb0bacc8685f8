// ECharts for the Trans-S3 steps: bar and line charts with mark lines (tree-shaken, as in modules/s3).
import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { ChartFigure } from '../../s3/EChart.tsx';

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
export { escapeHtml } from '../../s3/echarts.ts';

/** A chart with its caption and a text alternative (the S3 pages' figure, with line charts registered). */
export const StepChart = ChartFigure;
