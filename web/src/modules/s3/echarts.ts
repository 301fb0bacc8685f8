/**
 * ECharts, with only the charts and components the S3 screens use (tree-shaken: the full build is
 * about three times larger).
 */
import { BarChart, GraphChart, HeatmapChart, MapChart, ScatterChart } from 'echarts/charts';
import type {
  BarSeriesOption,
  GraphSeriesOption,
  HeatmapSeriesOption,
  MapSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import type {
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import { type ComposeOption, registerMap, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  GraphChart,
  HeatmapChart,
  MapChart,
  ScatterChart,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  LabelLayout,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GraphSeriesOption
  | HeatmapSeriesOption
  | MapSeriesOption
  | ScatterSeriesOption
  | GraphicComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** The data item under the pointer, as tooltip formatters receive it (one item: `trigger: 'item'`). */
export type ItemParams = { dataIndex: number; seriesIndex?: number; dataType?: string; name?: string };

export function isItemParams(params: unknown): params is ItemParams {
  return typeof params === 'object' && params !== null && !Array.isArray(params) && 'dataIndex' in params;
}

/** Tooltips are HTML: names from the data (regions, NACE titles) must not be read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export { registerMap };
