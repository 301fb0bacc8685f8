import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { TDatasetResponse, TPreviewResponse } from '../../../../src/modules/s3/contract.ts';
import { api } from '../../shared/api.ts';
import { isAbortError, uploadFileWithProgress, type UploadProgress } from './upload.ts';

/** Every S3 query starts with this key: a re-import or a delete refreshes them all. */
export const S3_QUERY_KEY = ['s3'] as const;
const DATASETS_KEY = [...S3_QUERY_KEY, 'datasets'] as const;

export function useDatasets() {
  return useQuery({
    queryKey: DATASETS_KEY,
    queryFn: ({ signal }) => api.get<TDatasetResponse[]>('/api/s3/datasets', undefined, signal),
  });
}

export function useDataset(id: string) {
  return useQuery({
    queryKey: [...DATASETS_KEY, id],
    queryFn: ({ signal }) => api.get<TDatasetResponse>(`/api/s3/datasets/${id}`, undefined, signal),
  });
}

export function useDeleteDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/s3/datasets/${id}`),
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: [...DATASETS_KEY, id] });
      queryClient.removeQueries({ queryKey: [...S3_QUERY_KEY, 'analysis', id] });
      await queryClient.invalidateQueries({ queryKey: DATASETS_KEY, exact: true });
    },
  });
}

/** A mutation that uploads a file: its progress, and a way to cancel it. */
function useUploadMutation<TInput extends { file: File }, TResult>(
  upload: (
    input: TInput,
    onProgress: (progress: UploadProgress) => void,
    signal: AbortSignal,
  ) => Promise<TResult>,
  onSuccess?: (result: TResult) => Promise<unknown>,
) {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (input: TInput) => {
      controller.current?.abort();
      controller.current = new AbortController();
      setProgress({ loaded: 0, total: input.file.size, isSent: false });
      return upload(input, setProgress, controller.current.signal);
    },
    onSuccess,
    onSettled: () => setProgress(null),
  });
  const cancel = () => controller.current?.abort();
  // A cancelled upload is the user's choice, not an error to report.
  const error = isAbortError(mutation.error) ? null : mutation.error;
  return { ...mutation, error, progress, cancel };
}

/** Reads a file on the server without importing it: format, dimensions, years, counts, bad rows. */
export function usePreviewImport() {
  return useUploadMutation(({ file }: { file: File }, onProgress, signal) =>
    uploadFileWithProgress<TPreviewResponse>('/api/s3/imports/preview', file, { onProgress, signal }),
  );
}

export type ImportRequest = {
  file: File;
  name: string;
  description: string;
  /** One value for each dimension with several (e.g. `{ indic_sb: 'V16110' }`). */
  selection: Record<string, string>;
};

/** Imports a file as a dataset; a dataset of the same name is replaced. */
export function useImportDataset() {
  const queryClient = useQueryClient();
  return useUploadMutation(
    ({ file, name, description, selection }: ImportRequest, onProgress, signal) => {
      const select = Object.entries(selection)
        .map(([dimension, value]) => `${dimension}=${value}`)
        .join(',');
      return uploadFileWithProgress<TDatasetResponse>('/api/s3/datasets', file, {
        query: { name, description, fileName: file.name, select },
        onProgress,
        signal,
      });
    },
    // A replaced dataset keeps nothing of the old one: every cached analysis is out of date.
    () => queryClient.invalidateQueries({ queryKey: S3_QUERY_KEY }),
  );
}
