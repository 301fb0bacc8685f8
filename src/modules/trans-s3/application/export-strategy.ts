// The strategy document for download: HTML (print it from the browser), PDF or JSON.
import type { Actor } from '../../accounts/index.ts';
import { renderStrategyDocument } from '../domain/strategy-document.ts';
import type { TransS3Deps } from './deps.ts';
import { getStrategy } from './strategy.ts';

export type StrategyExportFormat = 'html' | 'pdf' | 'json';

export type StrategyExportDeps = TransS3Deps & { renderPdf: (html: string) => Promise<Buffer> };

export type StrategyExport = {
  fileName: string;
  contentType: string;
  /** Download (pdf, json) rather than show in the browser (html). */
  isAttachment: boolean;
  body: string | Buffer;
};

/** An ASCII file name from the group's name: "Baltic Food Valley" → "baltic-food-valley-strategy.pdf". */
export function strategyFileName(groupName: string, extension: string): string {
  const slug = groupName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'trans-s3'}-strategy.${extension}`;
}

export async function exportStrategy(
  deps: StrategyExportDeps,
  actor: Actor,
  groupId: string,
  format: StrategyExportFormat,
): Promise<StrategyExport> {
  const { canEdit: _canEdit, ...strategy } = await getStrategy(deps, actor, groupId);
  const exportedAt = deps.clock().toISOString();
  const name = strategy.group.name;
  switch (format) {
    case 'json':
      return {
        fileName: strategyFileName(name, 'json'),
        contentType: 'application/json',
        isAttachment: true,
        body: JSON.stringify({ ...strategy, exportedAt }, null, 2),
      };
    case 'html':
      return {
        fileName: strategyFileName(name, 'html'),
        contentType: 'text/html; charset=utf-8',
        isAttachment: false,
        body: renderStrategyDocument(strategy, exportedAt),
      };
    case 'pdf':
      return {
        fileName: strategyFileName(name, 'pdf'),
        contentType: 'application/pdf',
        isAttachment: true,
        body: await deps.renderPdf(renderStrategyDocument(strategy, exportedAt)),
      };
  }
}
