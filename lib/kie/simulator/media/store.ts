import { promises as fs } from "node:fs";
import path from "node:path";

export type StoredMedia = { mime: string; size: number } & ({ bytes: Buffer } | { filePath: string });

const MIME_BY_EXT: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  flac: "audio/flac",
  mp4: "video/mp4",
  webm: "video/webm",
  mov: "video/quicktime",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
  pdf: "application/pdf",
};

export function mimeForExt(ext: string): string {
  return MIME_BY_EXT[ext.toLowerCase()] ?? "application/octet-stream";
}

export function extForMime(mime: string): string | undefined {
  const base = mime.split(";")[0].trim().toLowerCase();
  if (base === "image/jpeg") return "jpg";
  return Object.entries(MIME_BY_EXT).find(([, m]) => m.split(";")[0] === base)?.[0];
}

/** `<id>.<ext>` with a conservative alphabet, so a key can never escape the media directory. */
export function isSafeMediaKey(key: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}\.[a-z0-9]{1,8}$/.test(key);
}

/**
 * Media bytes: generated files are regenerable, so in memory they sit in an LRU; uploads are not,
 * so they get a separate, larger budget. With a directory, both are written through to disk.
 */
export class MediaStore {
  private readonly generated = new Map<string, Buffer>();
  private generatedBytes = 0;
  private readonly uploads = new Map<string, Buffer>();
  private uploadBytes = 0;
  private readonly inflight = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly dir: string | undefined,
    private readonly generatedBudget = 128 * 1024 * 1024,
    private readonly uploadBudget = 256 * 1024 * 1024,
  ) {}

  get mediaDir(): string | undefined {
    return this.dir ? path.join(this.dir, "media") : undefined;
  }

  async getOrCreate(key: string, make: () => Promise<Buffer>): Promise<StoredMedia> {
    const mime = mimeForExt(key.split(".").pop() ?? "");
    const cached = this.generated.get(key);
    if (cached) {
      this.generated.delete(key);
      this.generated.set(key, cached);
      return { mime, size: cached.length, bytes: cached };
    }
    const onDisk = await this.fromDisk(key, mime);
    if (onDisk) return onDisk;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = make().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const bytes = await pending;
    this.remember(key, bytes);
    void this.writeThrough(key, bytes);
    return { mime, size: bytes.length, bytes };
  }

  async putUpload(key: string, bytes: Buffer): Promise<void> {
    if (this.dir && (await this.writeThrough(key, bytes))) return;
    this.uploads.set(key, bytes);
    this.uploadBytes += bytes.length;
    for (const [oldKey, old] of this.uploads) {
      if (this.uploadBytes <= this.uploadBudget || oldKey === key) break;
      this.uploads.delete(oldKey);
      this.uploadBytes -= old.length;
    }
  }

  async getUpload(key: string): Promise<StoredMedia | null> {
    const mime = mimeForExt(key.split(".").pop() ?? "");
    const bytes = this.uploads.get(key);
    if (bytes) return { mime, size: bytes.length, bytes };
    return this.fromDisk(key, mime);
  }

  clearMemory(): void {
    this.generated.clear();
    this.uploads.clear();
    this.generatedBytes = 0;
    this.uploadBytes = 0;
  }

  private remember(key: string, bytes: Buffer): void {
    this.generated.set(key, bytes);
    this.generatedBytes += bytes.length;
    for (const [oldKey, old] of this.generated) {
      if (this.generatedBytes <= this.generatedBudget || oldKey === key) break;
      this.generated.delete(oldKey);
      this.generatedBytes -= old.length;
    }
  }

  private async fromDisk(key: string, mime: string): Promise<StoredMedia | null> {
    const dir = this.mediaDir;
    if (!dir) return null;
    const filePath = path.join(dir, key);
    try {
      const stat = await fs.stat(filePath);
      return stat.isFile() ? { mime, size: stat.size, filePath } : null;
    } catch {
      return null;
    }
  }

  private async writeThrough(key: string, bytes: Buffer): Promise<boolean> {
    const dir = this.mediaDir;
    if (!dir) return false;
    try {
      await fs.mkdir(dir, { recursive: true });
      const tmp = path.join(dir, `.${key}.${process.pid}.${Date.now()}.tmp`);
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, path.join(dir, key));
      return true;
    } catch (error) {
      console.warn(`[kie-sim] could not persist media ${key}:`, error);
      return false;
    }
  }
}
