import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrganisationImportResponse } from '../../../../src/modules/accounts/contract.ts';
import { uploadFile } from '../../shared/uploadFile.ts';

export type ImportFormat = 'csv' | 'xlsx';

/** The format by the file name; the server reads CSV unless told otherwise. */
export function importFormatOf(file: File): ImportFormat {
  return /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
}

/** Checks (dryRun) or imports an organisation file; nothing is written while any row has an error. */
export function useOrganisationImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadFile<TOrganisationImportResponse>('/api/organisations/import', file, {
        method: 'POST',
        query: { dryRun: String(dryRun), format: importFormatOf(file) },
        contentType: 'application/octet-stream',
      }),
    onSuccess: async (result) => {
      if (!result.dryRun && result.created > 0)
        await queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
    },
  });
}
