import {
  copyWorkspaceDb,
  exportWorkspaceFile,
  importIntoNewDb,
  mergeWorkspaceFile,
  type FileSource,
  type FileVerdict,
  type MergeResult,
  type WorkspaceFileProgress,
} from '../db/repositories/workspace-file-repository';
import { openWorkspaceDb } from '../db/workspace-db';

export type ExportOptions = { appVersion: string; name: string; createdAt: number; compress: boolean };

const CHUNK = 1 << 20;

/** Bytes as a stream of 1 MB pieces, readable as often as asked. */
export const sourceOf =
  (bytes: Uint8Array): FileSource =>
  () => {
    let at = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, at + CHUNK));
        at += CHUNK;
      },
    });
  };

/**
 * Exports a workspace to a file's bytes: text is encoded and (optionally) gzip-compressed as it is
 * written, and only the compressed pieces are kept, so the whole text never exists at once.
 */
export async function exportWorkspace(dbName: string, options: ExportOptions, onProgress?: (p: WorkspaceFileProgress) => void): Promise<Blob> {
  return (await exportWorkspaceCounted(dbName, options, onProgress)).blob;
}

/** The same export, with the records per table its trailer names (a backup lists them). */
export async function exportWorkspaceCounted(
  dbName: string,
  options: ExportOptions,
  onProgress?: (p: WorkspaceFileProgress) => void,
): Promise<{ blob: Blob; counts: Record<string, number> }> {
  const encode = new TextEncoderStream();
  const out = options.compress
    ? encode.readable.pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    : encode.readable;
  const parts: Uint8Array[] = [];
  const collected = (async () => {
    const reader = out.getReader();
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      parts.push(next.value);
    }
  })();
  const writer = encode.writable.getWriter();
  const db = openWorkspaceDb(dbName);
  let counts: Record<string, number> = {};
  try {
    await db.open();
    const written = await exportWorkspaceFile(
      db,
      { appVersion: options.appVersion, name: options.name, createdAt: options.createdAt },
      {
        write: async (text) => {
          await writer.ready;
          void writer.write(text);
        },
      },
      onProgress,
    );
    counts = Object.fromEntries(Object.entries(written).filter((e): e is [string, number] => e[1] !== undefined));
    await writer.close();
    await collected;
  } finally {
    db.close();
  }
  return { blob: new Blob(parts as BlobPart[], { type: 'application/octet-stream' }), counts };
}

/** A workspace file written into a database no workspace uses yet; refused files leave no database. */
export const importAsNew = (bytes: Uint8Array, dbName: string, onProgress?: (p: WorkspaceFileProgress) => void): Promise<FileVerdict> =>
  importIntoNewDb(sourceOf(bytes), dbName, onProgress);

/** A workspace file merged into an existing workspace's database. */
export async function mergeFile(bytes: Uint8Array, dbName: string, scratchName: string, onProgress?: (p: WorkspaceFileProgress) => void): Promise<MergeResult> {
  const db = openWorkspaceDb(dbName);
  try {
    await db.open();
    return await mergeWorkspaceFile(db, sourceOf(bytes), scratchName, onProgress);
  } finally {
    db.close();
  }
}

/** A copy of a workspace's database under a new name. */
export async function duplicateWorkspace(sourceDbName: string, targetDbName: string, onProgress?: (p: WorkspaceFileProgress) => void): Promise<void> {
  const source = openWorkspaceDb(sourceDbName);
  try {
    await source.open();
    await copyWorkspaceDb(source, targetDbName, onProgress);
  } finally {
    source.close();
  }
}

export type WorkspaceFileOps = {
  exportWorkspace: typeof exportWorkspace;
  exportWorkspaceCounted: typeof exportWorkspaceCounted;
  importAsNew: typeof importAsNew;
  mergeFile: typeof mergeFile;
  duplicateWorkspace: typeof duplicateWorkspace;
};
