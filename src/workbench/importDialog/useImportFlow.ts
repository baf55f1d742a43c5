/**
 * The import dialog's steps as state: a file is chosen and inspected (format, columns, first rows, a proposed
 * mapping), the person checks the mapping, the import runs in a worker (progress, cancel) and its preview is
 * shown, then applied. Parsing never runs on the page's thread; nothing is written before `apply`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress, RecordKind } from '../../domain/formats/formatTypes';
import type { ApplyChoices } from '../../domain/formats/import/applyImport';
import type { ImportPreview } from '../../domain/formats/import/importPreview';
import type { ImportInspection } from '../../domain/formats/import/inspectImport';
import type { ImportResult } from '../../domain/formats/import/runImport';
import type { ColumnMapping } from '../../domain/formats/mapping/importFields';
import { applyChoicesFrom } from '../../domain/formats/view/previewGroups';
import type { Dataset } from '../../domain/types';
import { startImportTask, type RunningImportTask } from '../import/importClient';

export type ImportPhase = 'choose' | 'inspecting' | 'mapping' | 'importing' | 'preview' | 'applying' | 'applied';

export interface ImportFlow {
  phase: ImportPhase;
  file: File | null;
  kind: RecordKind;
  publicImport: boolean;
  /** The text encoding the person named ('' = UTF-8, or UTF-16 after its mark). */
  encoding: string;
  inspection: ImportInspection | null;
  mapping: ColumnMapping;
  contract: boolean;
  progress: ImportProgress | null;
  result: ImportResult | null;
  preview: ImportPreview | null;
  /** Conflicting records whose held values the person chose to replace with the file's. */
  replaced: ReadonlySet<string>;
  /** What went wrong (the worker failed), or that the import was cancelled. */
  notice: { kind: 'failed' | 'cancelled'; message: string } | null;
  applied: string | null;
}

const START: ImportFlow = {
  phase: 'choose',
  file: null,
  kind: 'violations',
  publicImport: false,
  encoding: '',
  inspection: null,
  mapping: {},
  contract: false,
  progress: null,
  result: null,
  preview: null,
  replaced: new Set(),
  notice: null,
  applied: null,
};

/** `apply` stores the previewed import and resolves with what it did, in words. */
export function useImportFlow(existing: Dataset | null, apply: (result: ImportResult, preview: ImportPreview, choices: ApplyChoices) => Promise<string>) {
  const [flow, setFlow] = useState<ImportFlow>(START);
  const task = useRef<RunningImportTask | null>(null);
  const update = (changes: Partial<ImportFlow>) => setFlow((current) => ({ ...current, ...changes }));
  const stopTask = () => {
    task.current?.cancel();
    task.current = null;
  };
  useEffect(() => stopTask, []);

  const inspect = useCallback((file: File, kind: RecordKind, encoding: string) => {
    stopTask();
    setFlow((current) => ({ ...START, publicImport: current.publicImport, file, kind, encoding, phase: 'inspecting' }));
    const running = startImportTask(file, { type: 'inspect', kind, ...(encoding ? { encoding } : {}) });
    task.current = running;
    running.done.then(
      (reply) => {
        if (task.current !== running || reply.type !== 'inspected') return;
        task.current = null;
        const { inspection } = reply;
        update({ phase: 'mapping', inspection, mapping: inspection.suggestion.mapping, contract: inspection.suggestion.contract });
      },
      (error: unknown) => {
        if (task.current !== running) return;
        task.current = null;
        update({ phase: 'choose', notice: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
      },
    );
  }, []);

  const run = () => {
    const { file, kind, mapping, contract, publicImport, encoding } = flow;
    if (!file || !existing) return;
    stopTask();
    update({ phase: 'importing', progress: null, notice: null });
    const running = startImportTask(
      file,
      { type: 'import', kind, mapping, contract, existing, publicImport, importedAt: new Date().toISOString(), ...(encoding ? { encoding } : {}) },
      (progress) => {
        if (task.current === running) update({ progress });
      },
    );
    task.current = running;
    running.done.then(
      (reply) => {
        if (task.current !== running || reply.type !== 'imported') return;
        task.current = null;
        update({ phase: 'preview', result: reply.result, preview: reply.preview, replaced: new Set() });
      },
      (error: unknown) => {
        if (task.current !== running) return;
        task.current = null;
        update({ phase: 'mapping', notice: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
      },
    );
  };

  const cancel = () => {
    stopTask();
    setFlow((current) => ({ ...current, phase: current.inspection ? 'mapping' : 'choose', progress: null, notice: { kind: 'cancelled', message: '' } }));
  };

  const applyImport = async () => {
    const { result, preview, replaced } = flow;
    if (!result || !preview) return;
    update({ phase: 'applying' });
    try {
      update({ phase: 'applied', applied: await apply(result, preview, applyChoicesFrom(replaced)) });
    } catch (error) {
      update({ phase: 'preview', notice: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
    }
  };

  return {
    flow,
    choose: (file: File) => inspect(file, flow.kind, flow.encoding),
    setKind: (kind: RecordKind) => (flow.file ? inspect(flow.file, kind, flow.encoding) : update({ kind })),
    setEncoding: (encoding: string) => (flow.file ? inspect(flow.file, flow.kind, encoding) : update({ encoding })),
    setPublic: (publicImport: boolean) => update({ publicImport }),
    setMapping: (mapping: ColumnMapping) => update({ mapping }),
    setReplaced: (replaced: ReadonlySet<string>) => update({ replaced }),
    run,
    cancel,
    back: () => update({ phase: 'mapping', result: null, preview: null, notice: null }),
    apply: applyImport,
    reset: () => {
      stopTask();
      setFlow(START);
    },
  };
}
