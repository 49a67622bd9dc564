import "server-only";
import { once } from "node:events";
import { ZipArchive } from "archiver";
import { downloadName } from "@/lib/assets/serve";
import { readStream, stat } from "@/lib/assets/storage";
import { exportRowsForUser } from "@/lib/dal/assets";
import { linkParents, type Manifest, type ManifestItem, manifestItem, uniqueName } from "./manifest";

/** Rows are read from the database this many at a time, so a large collection never sits in memory. */
const ROWS_PER_READ = 200;

/**
 * A ZIP of the caller's results streamed as it is written: one stored file open at a time, media
 * stored uncompressed (it is compressed already), `manifest.json` last once every name is known.
 * The consumer's pace drives the reads (pull-based), and cancelling stops the archive.
 */
export function zipStream(userId: string, assetIds: readonly string[]): ReadableStream<Uint8Array> {
  const archive = new ZipArchive({ store: true });
  const fill = async () => {
    const items: ManifestItem[] = [];
    const taken = new Set<string>();
    for (let i = 0; i < assetIds.length; i += ROWS_PER_READ) {
      for (const row of await exportRowsForUser(userId, assetIds.slice(i, i + ROWS_PER_READ))) {
        const present = row.storageKey ? await stat(row.storageKey) : null;
        const file = present && row.storageKey ? uniqueName(downloadName(row), taken) : null;
        items.push(manifestItem(row, file));
        if (!file || !row.storageKey) continue;
        const entered = once(archive, "entry");
        archive.append(await readStream(row.storageKey), { name: file, date: row.createdAt });
        await entered;
      }
    }
    const manifest: Manifest = {
      generator: "Kie Studio",
      exportedAt: new Date().toISOString(),
      count: items.length,
      items: linkParents(items),
    };
    archive.append(`${JSON.stringify(manifest, null, 2)}\n`, { name: "manifest.json" });
    await archive.finalize();
  };
  fill().catch((err: unknown) => archive.destroy(err instanceof Error ? err : new Error(String(err))));

  const chunks = archive[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    cancel() {
      archive.destroy();
    },
  });
}
